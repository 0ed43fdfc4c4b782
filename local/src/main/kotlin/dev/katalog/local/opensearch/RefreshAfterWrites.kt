package dev.katalog.local.opensearch

import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import java.util.concurrent.atomic.AtomicLong

/**
 * Makes writes to [indices] searchable when a search asks for them ([beforeSearch]), with one refresh for all the
 * writes since the last one rather than one per write: writes with no search between them share a refresh, and a
 * write is still visible to every search made after it returns, as a `POST /api/meta/entity/bulk` of Atlan's is.
 * [refreshed] hears how many writes each refresh covered.
 */
internal class RefreshAfterWrites(
    private val client: OpenSearchClient,
    private val indices: String,
    private val refreshed: (covered: Long) -> Unit = {},
) {
    // Writes returned, and how many of them a finished refresh is known to cover.
    private val written = AtomicLong()
    @Volatile private var covered = 0L
    private val refreshing = Mutex()

    /** Count of the writes returned so far: it changes with each write. */
    val writes: Long get() = written.get()

    /** Called once a write to the indices has returned; answers its number, which a refresh covering it reports. */
    fun written(): Long = written.incrementAndGet()

    /** Makes every write returned so far searchable, refreshing only when one is not yet. */
    suspend fun beforeSearch() {
        val upTo = written.get()
        if (covered >= upTo) return
        refreshing.withLock {
            if (covered >= upTo) return
            // Every write counted by now has returned, so the refresh about to start covers them all.
            val now = written.get()
            client.require("POST", "/$indices/_refresh")
            covered = now
            refreshed(now)
        }
    }
}
