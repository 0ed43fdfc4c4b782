package dev.katalog.local.store

import kotlinx.serialization.json.JsonObject
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicLong

/**
 * The asset index documents written since the index was last refreshed, by GUID (a deleted one as null), so the
 * look-ups of the write path see every write before them without a refresh per save.
 *
 * Refreshing after each bulk made tiny segments: on two cores, refreshes and the merges of what they left cost more
 * than indexing the documents (a 5,000-asset apply: 4.3 s of OpenSearch CPU with a refresh per bulk of 100,
 * 1.7 s without). Searches from users still see every write before them: they refresh first.
 */
internal class UnrefreshedWrites {
    /** A document as written by write number [write] (null: deleted). */
    class Entry(val write: Long, val document: WrittenDocument?)

    private val entries = ConcurrentHashMap<String, Entry>()

    // Counts the refreshes that made documents leave; a look-up that saw it move while it searched starts again.
    private val forgetting = AtomicLong()

    /** How many documents wait for a refresh. */
    val size: Int get() = entries.size

    /** Records [documents] (GUID → document, null when deleted) of write number [write]; a later write of a GUID wins. */
    fun record(write: Long, documents: Map<String, JsonObject?>) {
        for ((guid, document) in documents) {
            entries.merge(guid, Entry(write, document?.let(::WrittenDocument))) { old, new -> if (new.write >= old.write) new else old }
        }
    }

    /** Forgets the documents of writes up to [covered], which a refresh has made searchable. */
    fun refreshed(covered: Long) {
        // Counted before any document leaves: a look-up that misses one also sees the count move.
        forgetting.incrementAndGet()
        // Removes an entry only if it is still the one tested, so a newer write of the same GUID stays.
        entries.entries.removeIf { it.value.write <= covered }
    }

    /** Whether [guid] was written since the last refresh; [documentOf] then says what it is now (null: deleted). */
    operator fun contains(guid: String): Boolean = entries.containsKey(guid)

    fun documentOf(guid: String): WrittenDocument? = entryOf(guid)?.document

    /** What waits for [guid], in one read: null when nothing does, else its entry (whose document is null when deleted). */
    fun entryOf(guid: String): Entry? = entries[guid]

    /** The documents waiting that [matches]. */
    fun matching(matches: (WrittenDocument) -> Boolean): List<WrittenDocument> =
        if (entries.isEmpty()) emptyList() else entries.values.mapNotNull { entry -> entry.document?.takeIf(matches) }

    /**
     * Runs [read] (a search of the refreshed index joined with the documents waiting) again until no refresh made
     * documents leave while it ran: a document that left after the search started may be in neither.
     */
    suspend fun <T> steady(read: suspend () -> T): T {
        while (true) {
            val before = forgetting.get()
            val result = read()
            if (forgetting.get() == before) return result
        }
    }
}
