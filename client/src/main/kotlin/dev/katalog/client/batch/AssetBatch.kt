package dev.katalog.client.batch

import dev.katalog.client.core.JavaTwin
import dev.katalog.model.atlan.asset.Asset
import kotlinx.coroutines.channels.SendChannel
import kotlinx.coroutines.flow.StateFlow

/**
 * Saves many assets in calls of [BatchOptions.size], [BatchOptions.concurrency] at a time. [add]
 * suspends while every worker is busy, so memory stays bounded however many assets pass through.
 * Placeholder GUIDs that earlier calls assigned are resolved in later calls' references, so parents
 * added (and flushed) before their children can be referred to by placeholder.
 * Obtain one with `client.assets.batch { … }`; the summary comes back when the block returns.
 */
@JavaTwin(
    "dev.katalog.client.assets.AssetsApiFutures.saveAll",
    "An AssetBatch only exists inside a suspending block; Java hands saveAll an Iterable, read as the batch makes room",
)
public class AssetBatch internal constructor(
    private val options: BatchOptions,
    private val calls: SendChannel<List<Asset>>,
    private val state: BatchState,
) {
    private var buffer = ArrayList<Asset>(options.size)

    /** Progress so far: assets done and failed, the total when known, and the rate. */
    public val progress: StateFlow<BatchProgress> get() = state.progress

    /** Queues [asset]; a full batch is handed to a worker (waiting for one when all are busy). */
    public suspend fun add(asset: Asset) {
        buffer += asset
        if (buffer.size >= options.size) flush()
    }

    /** Queues every asset of [assets]. */
    public suspend fun addAll(assets: Iterable<Asset>) {
        for (asset in assets) add(asset)
    }

    /** Hands the assets queued so far to a worker now, even if fewer than a batch. */
    public suspend fun flush() {
        if (buffer.isEmpty()) return
        val full = buffer
        buffer = ArrayList(options.size)
        calls.send(full)
    }
}
