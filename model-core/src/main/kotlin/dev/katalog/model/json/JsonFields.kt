package dev.katalog.model.json

import kotlinx.serialization.json.JsonElement

/**
 * The fields of a JSON object read by [JsonTreeParser]: keys and values in two arrays, in the order they were
 * read, looked up by scanning (small objects) or through a hash index (larger ones). A `LinkedHashMap` costs an
 * entry object per field and a table that grows while filling; an entity of 40 fields costs here two exact arrays.
 * Read-only, and equal to (and hashing like) any other map with the same entries.
 */
internal class JsonFields private constructor(
    private val names: Array<String>,
    private val elements: Array<JsonElement>,
    /** Per slot, the index + 1 of the field whose name hashes there; null when small enough to scan. */
    private val index: IntArray?,
) : AbstractMap<String, JsonElement>() {

    override val size: Int get() = names.size

    override fun isEmpty(): Boolean = names.isEmpty()

    override fun containsKey(key: String): Boolean = indexOf(key) >= 0

    override fun get(key: String): JsonElement? = indexOf(key).let { if (it >= 0) elements[it] else null }

    override fun containsValue(value: JsonElement): Boolean = elements.contains(value)

    override val keys: Set<String> by lazy(LazyThreadSafetyMode.PUBLICATION) { ReadOnlySet(names.asList()) }

    override val values: Collection<JsonElement> get() = elements.asList()

    override val entries: Set<Map.Entry<String, JsonElement>> by lazy(LazyThreadSafetyMode.PUBLICATION) {
        ReadOnlySet(names.indices.map { java.util.AbstractMap.SimpleImmutableEntry(names[it], elements[it]) })
    }

    private fun indexOf(key: String): Int {
        val slots = index ?: run {
            for (i in names.indices) if (names[i] == key) return i
            return -1
        }
        val mask = slots.size - 1
        var slot = spread(key.hashCode()) and mask
        while (true) {
            val at = slots[slot] - 1
            if (at < 0) return -1
            if (names[at] == key) return at
            slot = (slot + 1) and mask
        }
    }

    /** A set over a list whose elements are distinct (the names of one object are). */
    private class ReadOnlySet<E>(private val list: List<E>) : AbstractSet<E>() {
        override val size: Int get() = list.size
        override fun iterator(): Iterator<E> = list.iterator()
    }

    companion object {
        /** Objects up to this many fields are looked up by scanning: as fast as hashing, and nothing more to allocate. */
        private const val SCAN_LIMIT = 8

        private fun spread(hash: Int): Int = hash xor (hash ushr 16)

        /**
         * The fields [names] → [elements] (arrays of the same size, owned from now on), or null when a name repeats:
         * the caller then reads the object another way, which decides what a repeated name means.
         */
        fun of(names: Array<String>, elements: Array<JsonElement>): JsonFields? {
            if (names.size <= SCAN_LIMIT) {
                // Names of one text are mostly the same instances, their hashes cached: comparing hashes first is cheap.
                for (i in 1 until names.size) for (j in 0 until i) if (names[i].hashCode() == names[j].hashCode() && names[i] == names[j]) return null
                return JsonFields(names, elements, null)
            }
            val slots = IntArray(Integer.highestOneBit(names.size * 2 - 1) shl 1)
            val mask = slots.size - 1
            for (i in names.indices) {
                var slot = spread(names[i].hashCode()) and mask
                while (slots[slot] != 0) {
                    if (names[slots[slot] - 1] == names[i]) return null
                    slot = (slot + 1) and mask
                }
                slots[slot] = i + 1
            }
            return JsonFields(names, elements, slots)
        }
    }
}
