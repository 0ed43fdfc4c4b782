package dev.katalog.apicheck

/**
 * The differences between two API dumps, class by class: `-` for what the checked-in dump has and the classes
 * no longer have, `+` for what is new; a changed class is named once above its changed members.
 */
object ApiDiff {
    fun lines(expected: String, actual: String): List<String> {
        val before = blocks(expected)
        val after = blocks(actual)
        val out = mutableListOf<String>()
        for (header in (before.keys + after.keys).sortedBy { it.substringBefore(" : ").substringAfterLast(' ') }) {
            val old = before[header]
            val new = after[header]
            when {
                old == null -> out += "+ $header {  (new, ${new!!.size} members)"
                new == null -> out += "- $header {  (gone, ${old.size} members)"
                old != new -> {
                    out += "  $header {"
                    (old - new.toSet()).forEach { out += "-\t$it" }
                    (new - old.toSet()).forEach { out += "+\t$it" }
                }
            }
        }
        return out
    }

    /** Each class header (without its ` {`) and its member lines. */
    private fun blocks(dump: String): Map<String, List<String>> {
        val result = linkedMapOf<String, List<String>>()
        var header: String? = null
        val members = mutableListOf<String>()
        for (line in dump.lines()) {
            when {
                line.endsWith(" {") && !line.startsWith("\t") -> { header = line.removeSuffix(" {"); members.clear() }
                line == "}" && header != null -> { result[header] = members.toList(); header = null }
                header != null && line.isNotBlank() -> members += line.trim()
            }
        }
        return result
    }
}
