package dev.katalog.client.export

/**
 * A glossary as a tree declares it, whichever catalog it was read from: its own lines, then its categories (each
 * with what it holds) before its terms, each by name ([Member.sortKey] breaking ties).
 */
internal class GlossaryText(val name: String, private val lines: List<String>, private val members: List<Member>) {
    /** A category (with its [children]) or a term of the glossary, with its lines. */
    class Member(val isCategory: Boolean, val name: String, val lines: List<String>, val children: List<Member> = emptyList(), val sortKey: String = "")

    /** How many assets the glossary declares: itself and every member. */
    val assets: Long get() = 1L + count(members)

    fun writeTo(text: DefinitionText) {
        text.block("glossary(${KotlinLiterals.string(name)})") {
            lines.forEach { line(it) }
            inside(members)
        }
    }

    private fun DefinitionText.inside(members: List<Member>) {
        for (category in members.filter { it.isCategory }.sortedWith(byName)) {
            block("category(${KotlinLiterals.string(category.name)})") {
                category.lines.forEach { line(it) }
                inside(category.children)
            }
        }
        for (term in members.filter { !it.isCategory }.sortedWith(byName)) {
            block("term(${KotlinLiterals.string(term.name)})") { term.lines.forEach { line(it) } }
        }
    }

    private fun count(members: List<Member>): Long = members.sumOf { 1L + count(it.children) }

    private companion object {
        val byName: Comparator<Member> = compareBy({ it.name }, { it.sortKey })
    }
}
