package dev.katalog.client.batch

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.model.atlan.asset.Asset
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.joinAll
import kotlinx.coroutines.launch

/**
 * Runs [block] with a new [AssetBatch] saving through [calls], and returns what it saved once every call has
 * completed; [assigned] are placeholder GUIDs already known to stand for existing assets (a tree's parents).
 */
internal suspend fun runBatch(calls: AtlanCalls, options: BatchOptions, assigned: Map<String, String>, block: suspend AssetBatch.() -> Unit): BatchSummary =
    coroutineScope {
        val chunks = Channel<List<Asset>>(capacity = options.concurrency)
        val state = BatchState(calls, options, assigned)
        val workers = List(options.concurrency) { launch { for (chunk in chunks) state.save(chunk) } }
        try {
            AssetBatch(options, chunks, state).apply { block() }.flush()
        } finally {
            chunks.close()
        }
        workers.joinAll()
        state.summary()
    }
