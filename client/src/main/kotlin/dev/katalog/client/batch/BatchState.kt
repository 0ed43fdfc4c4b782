package dev.katalog.client.batch

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanException
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import java.util.concurrent.atomic.AtomicLong

/** What a batch has done so far, shared by its workers. */
internal class BatchState(private val calls: AtlanCalls, private val options: BatchOptions, seed: Map<String, String>) {
    private val started = System.nanoTime()
    private val created = AtomicLong()
    private val updated = AtomicLong()
    private val restored = AtomicLong()
    private val failed = AtomicLong()
    private val createdGuids = java.util.Collections.synchronizedList(ArrayList<String>())
    private val updatedGuids = java.util.Collections.synchronizedList(ArrayList<String>())
    private val restoredGuids = java.util.Collections.synchronizedList(ArrayList<String>())
    private val failures = java.util.Collections.synchronizedList(ArrayList<BatchFailure>())
    private val placeholders = PlaceholderMemory(seed, keepAll = options.collectGuids, capacity = options.placeholderMemory)
    private val state = MutableStateFlow(BatchProgress(0, 0, options.expectedTotal, 0.0))
    val progress: StateFlow<BatchProgress> = state.asStateFlow()

    suspend fun save(chunk: List<Asset>) {
        var toSave = if (placeholders.isEmpty) chunk else chunk.map { PlaceholderReferences.resolve(it, placeholders::guidOf) }
        if (placeholders.hasForgotten) toSave = withoutForgottenReferences(toSave)
        if (options.updateOnly) toSave = onlyExisting(toSave)
        val archived = if (options.trackRestores) archivedAmong(toSave) else emptySet()
        if (toSave.isEmpty()) return report(0)
        try {
            val result = calls.save(toSave, options.saveOptions)
            placeholders.remember(result.guidAssignments)
            created.addAndGet(result.created.size.toLong())
            updated.addAndGet(result.updated.size.toLong())
            val restoredNow = result.updated.filter { it.qualifiedName in archived }
            restored.addAndGet(restoredNow.size.toLong())
            if (options.collectGuids) {
                createdGuids += result.created.mapNotNull { it.guid }
                updatedGuids += result.updated.mapNotNull { it.guid }
                restoredGuids += restoredNow.mapNotNull { it.guid }
            }
            report(toSave.size.toLong())
        } catch (e: AtlanException) {
            if (!options.captureFailures) throw e
            failures += BatchFailure(toSave, e)
            failed.addAndGet(toSave.size.toLong())
            report(toSave.size.toLong())
        }
    }

    private suspend fun onlyExisting(assets: List<Asset>): List<Asset> {
        val existing = existingQualifiedNames(assets, archived = false)
        val (present, missing) = assets.partition { it.qualifiedName in existing }
        if (missing.isNotEmpty()) {
            failures += BatchFailure(missing, AtlanException.NotFound(
                "${missing.size} assets do not exist and this batch only updates", null, null,
                "Create them first, or turn off updateOnly",
            ))
            failed.addAndGet(missing.size.toLong())
        }
        return present
    }

    /** Fails, by name, the assets that refer to placeholders saved so long ago that their GUIDs are no longer kept. */
    private fun withoutForgottenReferences(assets: List<Asset>): List<Asset> {
        val ownPlaceholders = assets.mapNotNull { asset -> asset.guid?.takeIf { it.startsWith("-") } }.toSet()
        // Each asset with the forgotten placeholders it refers to, found once and used both to fail it and to name them.
        val (lostWithNames, keptWithNames) = assets.map { asset ->
            asset to PlaceholderReferences.referencedBy(asset).filter { it !in ownPlaceholders && placeholders.mayHaveForgotten(it) }
        }.partition { (_, forgotten) -> forgotten.isNotEmpty() }
        if (lostWithNames.isEmpty()) return assets
        val lost = lostWithNames.map { it.first }
        val kept = keptWithNames.map { it.first }
        val named = lostWithNames.flatMap { it.second }.distinct()
        val error = AtlanException.NotFound(
            "${lost.size} assets refer to placeholders this batch no longer remembers (${named.take(5).joinToString()}): " +
                "without collectGuids it keeps the latest ${options.placeholderMemory} placeholder GUIDs",
            null, null,
            "Add a parent shortly before its children, raise BatchOptions.placeholderMemory, or turn collectGuids on",
        )
        if (!options.captureFailures) throw error
        failures += BatchFailure(lost, error)
        failed.addAndGet(lost.size.toLong())
        report(lost.size.toLong())
        return kept
    }

    private suspend fun archivedAmong(assets: List<Asset>): Set<String?> = existingQualifiedNames(assets, archived = true)

    private suspend fun existingQualifiedNames(assets: List<Asset>, archived: Boolean): Set<String?> {
        val names = assets.mapNotNull { it.qualifiedName }.distinct()
        if (names.isEmpty()) return emptySet()
        val search = FluentSearch.select().where(Asset.QUALIFIED_NAME within names).include(Asset.QUALIFIED_NAME).pageSize(names.size)
        val request = (if (archived) search.archived() else search).toRequest()
        return calls.searchPage(request).entities.orEmpty().map { it.qualifiedName }.toSet()
    }

    private fun report(done: Long) {
        val seconds = (System.nanoTime() - started) / 1e9
        val progress = state.updateAndGetProgress(done, seconds)
        options.listener?.onProgress(progress)
    }

    private fun MutableStateFlow<BatchProgress>.updateAndGetProgress(done: Long, seconds: Double): BatchProgress {
        while (true) {
            val current = value
            val total = current.done + done
            val next = BatchProgress(total, failed.get(), options.expectedTotal, if (seconds > 0) total / seconds else 0.0)
            if (compareAndSet(current, next)) return next
        }
    }

    fun summary(): BatchSummary = BatchSummary(
        created.get(), updated.get(), restored.get(), failed.get(),
        createdGuids.toList(), updatedGuids.toList(), restoredGuids.toList(), failures.toList(), placeholders.sent(),
    )
}
