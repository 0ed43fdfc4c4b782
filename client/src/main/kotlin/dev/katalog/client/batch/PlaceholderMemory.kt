package dev.katalog.client.batch

/**
 * The placeholder → GUID assignments a batch keeps to resolve later references. With [keepAll] (the batch reports
 * every assignment in its summary) nothing is forgotten; otherwise only the latest [capacity] are kept, so a batch of
 * any size holds at most that many (about 200 bytes each). [mayHaveForgotten] lets a later reference to a dropped
 * placeholder fail by name instead of reaching the server as a placeholder it never saw.
 */
internal class PlaceholderMemory(seed: Map<String, String>, private val keepAll: Boolean, private val capacity: Int) {
    /** Placeholders known before the batch (a tree's parents): always kept, never reported. */
    private val seeded = HashMap(seed)
    private var evicted = 0L
    private val assigned = object : LinkedHashMap<String, String>() {
        override fun removeEldestEntry(eldest: MutableMap.MutableEntry<String, String>): Boolean {
            val drop = !keepAll && size > capacity
            if (drop) evicted++
            return drop
        }
    }

    @get:Synchronized
    val isEmpty: Boolean get() = seeded.isEmpty() && assigned.isEmpty()

    /** True once an assignment has been dropped. */
    @get:Synchronized
    val hasForgotten: Boolean get() = evicted > 0

    @Synchronized
    fun guidOf(placeholder: String): String? = assigned[placeholder] ?: seeded[placeholder]

    @Synchronized
    fun remember(assignments: Map<String, String>) {
        assigned.putAll(assignments)
    }

    /** True when [placeholder] is not known now but this memory has dropped assignments that might have held it. */
    @Synchronized
    fun mayHaveForgotten(placeholder: String): Boolean = evicted > 0 && placeholder !in assigned && placeholder !in seeded

    /** The assignments of placeholders sent in this batch (not the seed), for the summary: all of them, or none when not kept. */
    @Synchronized
    fun sent(): Map<String, String> = if (keepAll) HashMap(assigned).apply { keys.removeAll(seeded.keys) } else emptyMap()
}
