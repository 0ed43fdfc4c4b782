package dev.katalog.local.opensearch

import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import java.util.concurrent.atomic.AtomicLong

/**
 * Makes writes to [indices] searchable before they are answered, with one refresh for all the writes that
 * completed while the previous refresh ran, rather than one per write (`refresh=true` on each bulk): writes in
 * parallel share refreshes, and a write is still visible to every search made after it returns, as a
 * `POST /api/meta/entity/bulk` of Atlan's is.
 */
internal class RefreshAfterWrites(private val client: OpenSearchClient, private val indices: String) {
    // Writes completed, and how many of them a finished refresh is known to cover.
    private val written = AtomicLong()
    @Volatile private var refreshed = 0L
    private val refreshing = Mutex()

    /** Count of the writes made visible so far; it changes after each write becomes searchable. */
    val visibleWrites: Long get() = refreshed

    /** Called once a write to the indices has returned: returns once it (and any write before it) is searchable. */
    suspend fun written() = visible(written.incrementAndGet())

    /**
     * Called once a write to the indices has returned, for indices only searched through [beforeSearch]: the
     * write becomes searchable when the next search asks, and writes with no search between them share a refresh.
     */
    fun writtenForLater() {
        written.incrementAndGet()
    }

    /** Makes every write counted so far searchable, refreshing only when one is not yet. */
    suspend fun beforeSearch() = visible(written.get())

    private suspend fun visible(upTo: Long) {
        if (refreshed >= upTo) return
        refreshing.withLock {
            if (refreshed >= upTo) return
            // Every write counted by now has returned, so the refresh about to start covers them all.
            val covered = written.get()
            client.require("POST", "/$indices/_refresh")
            refreshed = covered
        }
    }
}
