package dev.katalog.client.batch

/** How far a batch is: assets [done] (saved or failed), of which [failed], of [total] when known, at [assetsPerSecond]. */
public data class BatchProgress(val done: Long, val failed: Long, val total: Long?, val assetsPerSecond: Double) {
    /** Seconds left at the current rate, when the total is known. */
    public val etaSeconds: Double? get() = total?.let { t -> if (assetsPerSecond > 0) (t - done).coerceAtLeast(0) / assetsPerSecond else null }
}
