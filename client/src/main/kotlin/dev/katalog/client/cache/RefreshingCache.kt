package dev.katalog.client.cache

import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock

/**
 * A lookup table loaded from the catalog and reloaded when a key is missing, so names created since
 * the last load are found. Concurrent misses share one reload; readers never block on a hit.
 */
internal class RefreshingCache<K, V>(private val load: suspend () -> Map<K, V>) {
    @Volatile
    private var entries: Map<K, V> = emptyMap()
    @Volatile
    private var generation = 0
    private val lock = Mutex()

    /** Set when the catalog's definitions changed through this client: the next read loads them again. */
    @Volatile
    private var stale = false

    /** The value for [key], reloading once if it is missing; null when the catalog does not have it either. */
    suspend fun get(key: K): V? {
        if (stale) reload()
        entries[key]?.let { return it }
        val seen = generation
        lock.withLock {
            // Another caller may have reloaded while this one waited.
            if (generation == seen) {
                entries = load()
                generation++
            }
        }
        return entries[key]
    }

    /** Every entry, loading them when nothing was loaded yet. */
    suspend fun all(): Map<K, V> {
        if (stale) return reload()
        if (generation == 0) lock.withLock { if (generation == 0) { entries = load(); generation++ } }
        return entries
    }

    /** Loads everything again now (readers keep the previous entries until the new ones are in). */
    suspend fun reload(): Map<K, V> {
        lock.withLock {
            stale = false
            entries = load()
            generation++
        }
        return entries
    }

    /** Marks the entries out of date: the next read loads them again. */
    fun invalidate() {
        stale = true
    }
}
