package dev.katalog.client.batch

/** Hears of a batch's progress after each call completes. */
public fun interface BatchListener {
    public fun onProgress(progress: BatchProgress)
}
