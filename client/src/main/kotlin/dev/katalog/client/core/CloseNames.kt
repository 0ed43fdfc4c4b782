package dev.katalog.client.core

/** The names among [candidates] a typo of [name] most likely meant: same letters in another case, or a few edits away. */
internal object CloseNames {
    fun of(name: String, candidates: Collection<String>, limit: Int = 5): List<String> {
        val lower = name.lowercase()
        val allowed = maxOf(2, name.length / 4)
        return candidates.asSequence()
            .map { it to if (it.lowercase() == lower) 0 else distance(lower, it.lowercase()) }
            .filter { (candidate, d) -> d <= allowed || (lower.length >= 4 && candidate.lowercase().startsWith(lower)) }
            .sortedWith(compareBy({ it.second }, { it.first }))
            .map { it.first }.distinct().take(limit).toList()
    }

    /** The Levenshtein distance between [a] and [b]. */
    private fun distance(a: String, b: String): Int {
        var previous = IntArray(b.length + 1) { it }
        for (i in 1..a.length) {
            val current = IntArray(b.length + 1)
            current[0] = i
            for (j in 1..b.length) {
                current[j] = minOf(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + if (a[i - 1] == b[j - 1]) 0 else 1)
            }
            previous = current
        }
        return previous[b.length]
    }
}
