package dev.katalog.local.lineage

import dev.katalog.local.store.ProcessEdges
import dev.katalog.local.store.StoredAsset
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement

/**
 * One breadth-first lineage walk over [edges] in one direction ([downstream] or up), following atlas-metastore's
 * EntityLineageService.traverseEdgesUsingBFS step by step: the same visiting order, levels, offset, page end and
 * `hasMore`. With [immediateNeighbours] it also records, per vertex, the edges it was reached by and left by.
 */
internal class LineageWalk(
    private val edges: ProcessEdges,
    private val downstream: Boolean,
    private val immediateNeighbours: Boolean,
) {
    private val parents = HashMap<String, MutableList<String>>()
    private val children = HashMap<String, MutableList<String>>()

    class Result(val listed: List<Pair<StoredAsset, Int>>, val hasMore: Boolean, private val walk: LineageWalk) {
        /** `immediateUpstream` and `immediateDownstream` of [guid]: the assets one hop away through a process. */
        suspend fun neighbours(guid: String, vertices: VertexLookup): Map<String, JsonElement> = walk.neighbours(guid, vertices)
    }

    fun needsAll(listed: LineageCriteria?, walked: LineageCriteria?): Boolean = listed != null || walked != null

    suspend fun run(
        base: StoredAsset,
        steps: Int,
        from: Int,
        size: Int,
        vertices: VertexLookup,
        listed: LineageCriteria?,
        walked: LineageCriteria?,
        edgesWalked: LineageCriteria?,
    ): Result {
        val visited = HashSet<String>().apply { add(base.guid) }
        val skipped = HashSet<String>()
        val queue = ArrayDeque<String>()
        val baseIsProcess = edges.isProcess(base.guid)
        suspend fun enqueueNeighbours(guid: String) {
            val isProcess = edges.isProcess(guid)
            for (next in edges.next(guid, downstream)) {
                if (edgesWalked != null && !edgesWalked.matches(edgeProperties(isProcess))) continue
                if (walked != null && !walked.matches(vertices.properties(next))) continue
                if (next !in skipped && next !in visited) {
                    visited += next
                    queue.addLast(next)
                }
                if (immediateNeighbours) {
                    parents.getOrPut(next) { ArrayList() } += guid
                    children.getOrPut(guid) { ArrayList() } += next
                }
            }
        }
        suspend fun prepare(level: Collection<String>) {
            if (!vertices.eager) return
            vertices.load(level + level.flatMap { edges.next(it, downstream) })
        }

        prepare(listOf(base.guid))
        enqueueNeighbours(base.guid)
        val out = ArrayList<Pair<String, Int>>()
        if (immediateNeighbours) out += base.guid to (if (baseIsProcess) 1 else 0)
        var depth = 0
        var level = if (baseIsProcess) 1 else 0
        var skippedSoFar = 0
        var counted = 0
        var hasMore: Boolean? = null
        while (queue.isNotEmpty() && counted != size && depth < steps) {
            depth++
            if ((!baseIsProcess && depth % 2 != 0) || (baseIsProcess && depth % 2 == 0)) level++
            val inLevel = queue.size
            prepare(queue.toList())
            for (i in 0 until inLevel) {
                if (counted == size) break
                val current = queue.removeFirst()
                if (listed != null && !listed.matches(vertices.properties(current))) {
                    enqueueNeighbours(current)
                    continue
                }
                if (from != 0 && skippedSoFar < from) {
                    skippedSoFar++
                    skipped += current
                    enqueueNeighbours(current)
                    continue
                }
                counted++
                enqueueNeighbours(current)
                out += current to level
                if (i == inLevel - 1 && depth == steps) hasMore = false
            }
        }
        vertices.load(out.map { it.first })
        val listedAssets = out.mapNotNull { (guid, lvl) -> (if (guid == base.guid) base else vertices.get(guid))?.let { it to lvl } }
        return Result(listedAssets, hasMore ?: queue.isNotEmpty(), this)
    }

    private fun edgeProperties(fromProcess: Boolean): Map<String, List<String>> {
        // Walking down, an asset reaches a process by its inputs edge and a process reaches an asset by its outputs edge.
        val inputsEdge = downstream != fromProcess
        return mapOf("__state" to listOf("ACTIVE"), "__typeName" to listOf(if (inputsEdge) "dataset_process_inputs" else "process_dataset_outputs"))
    }

    internal suspend fun neighbours(guid: String, vertices: VertexLookup): Map<String, JsonElement> {
        val before = parents[guid].orEmpty().flatMap { parents[it].orEmpty() }.distinct()
        val after = children[guid].orEmpty().flatMap { children[it].orEmpty() }.distinct()
        vertices.load(before + after)
        val reachedBy = JsonArray(before.mapNotNull { vertices.get(it)?.let(LineageVertex::neighbour) })
        val leftBy = JsonArray(after.mapNotNull { vertices.get(it)?.let(LineageVertex::neighbour) })
        return if (downstream) mapOf("immediateUpstream" to reachedBy, "immediateDownstream" to leftBy)
        else mapOf("immediateDownstream" to reachedBy, "immediateUpstream" to leftBy)
    }
}
