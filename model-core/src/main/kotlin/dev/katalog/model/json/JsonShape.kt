package dev.katalog.model.json

/**
 * The names of a JSON object read by [JsonTreeParser], in the order read, and how a name is found among them: by
 * scanning (small objects) or through a hash index (larger ones). Objects with the same names in the same order (the
 * entities of a search answer, their attributes) share one shape, so the index is built once per text, not per object.
 */
internal class JsonShape private constructor(
    val names: Array<String>,
    /** Per slot, the index + 1 of the name hashing there; null when small enough to scan. */
    private val index: IntArray?,
) {
    val size: Int get() = names.size

    /** The position of [key] among the names, or -1. */
    fun indexOf(key: String): Int {
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

    /** Whether these are the names [candidates] holds from [from], [count] of them. */
    fun hasNames(candidates: Array<String?>, from: Int, count: Int): Boolean {
        if (count != names.size) return false
        // Names of one text are mostly the same instances, so `==` mostly ends at its identity check.
        for (i in 0 until count) if (names[i] != candidates[from + i]) return false
        return true
    }

    companion object {
        /** Objects up to this many fields are looked up by scanning: as fast as hashing, and nothing more to allocate. */
        private const val SCAN_LIMIT = 8

        private fun spread(hash: Int): Int = hash xor (hash ushr 16)

        /**
         * The shape of [names] (owned from now on), or null when a name repeats: the caller then reads the object
         * another way, which decides what a repeated name means.
         */
        fun of(names: Array<String>): JsonShape? {
            if (names.size <= SCAN_LIMIT) {
                // Names of one text are mostly the same instances, their hashes cached: comparing hashes first is cheap.
                for (i in 1 until names.size) for (j in 0 until i) if (names[i].hashCode() == names[j].hashCode() && names[i] == names[j]) return null
                return JsonShape(names, null)
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
            return JsonShape(names, slots)
        }
    }
}
