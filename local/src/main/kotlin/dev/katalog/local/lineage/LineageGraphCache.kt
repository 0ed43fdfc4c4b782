package dev.katalog.local.lineage

import dev.katalog.local.store.ProcessEdges
import dev.katalog.local.store.AssetIndex
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock

/** The [ProcessEdges] of the index as of its last write, loaded again only after the index changed. */
internal class LineageGraphCache(private val index: AssetIndex) {
    private val lock = Mutex()

    @Volatile
    private var cached: Pair<Long, ProcessEdges>? = null

    suspend fun current(): ProcessEdges {
        val generation = index.generation
        cached?.let { (at, edges) -> if (at == generation) return edges }
        return lock.withLock {
            cached?.takeIf { it.first == index.generation }?.second ?: run {
                val at = index.generation
                ProcessEdges.load(index).also { cached = at to it }
            }
        }
    }
}
