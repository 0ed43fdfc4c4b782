package dev.katalog.local.store

import kotlinx.serialization.json.JsonObject
import java.util.concurrent.ConcurrentHashMap

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
    private class Entry(val write: Long, val document: WrittenDocument?)

    private val entries = ConcurrentHashMap<String, Entry>()

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
        // Removes an entry only if it is still the one tested, so a newer write of the same GUID stays.
        entries.entries.removeIf { it.value.write <= covered }
    }

    /**
     * The documents waiting, as of now. A look-up takes this before it searches: a document missing from it was
     * refreshed before the search started, so the search finds it.
     */
    fun snapshot(): Map<String, WrittenDocument?> =
        if (entries.isEmpty()) emptyMap() else HashMap<String, WrittenDocument?>(entries.size).also { out -> for ((guid, entry) in entries) out[guid] = entry.document }
}
