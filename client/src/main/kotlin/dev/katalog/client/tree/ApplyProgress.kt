package dev.katalog.client.tree

import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.batch.BatchProgress

/**
 * An apply's progress as one count over the whole plan: it runs one batch per level (parents first), and
 * each batch counts from zero; the listener of [options] hears the running total of [total] instead.
 */
internal class ApplyProgress(private val options: BatchOptions, private val total: Long) {
    private val started = System.nanoTime()
    private var doneBefore = 0L
    private var failedBefore = 0L

    fun optionsForNextLevel(): BatchOptions {
        val listener = options.listener ?: return options
        val done = doneBefore
        val failed = failedBefore
        return options.toBuilder().listener { level ->
            val seconds = (System.nanoTime() - started) / 1e9
            val sum = done + level.done
            listener.onProgress(BatchProgress(sum, failed + level.failed, total, if (seconds > 0) sum / seconds else 0.0))
        }.build()
    }

    fun levelDone(assets: Long, failed: Long) {
        doneBefore += assets
        failedBefore += failed
    }
}
