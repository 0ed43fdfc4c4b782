package dev.katalog.client.export

/** Kotlin source built block by block, four spaces a level: `head {`, its lines, `}`; a block with nothing inside is one line. */
internal class DefinitionText(private val depth: Int = 0) {
    private val out = StringBuilder()

    fun line(text: String): DefinitionText = apply {
        repeat(depth) { out.append(INDENT) }
        out.append(text).append('\n')
    }

    /** `head { … }` with [body]'s lines inside, or just `head` when [body] writes nothing. */
    fun block(head: String, body: DefinitionText.() -> Unit): DefinitionText = apply {
        val inner = DefinitionText(depth + 1).apply(body)
        if (inner.isEmpty()) line(head)
        else {
            line("$head {")
            out.append(inner.out)
            line("}")
        }
    }

    fun isEmpty(): Boolean = out.isEmpty()

    override fun toString(): String = out.toString()

    private companion object {
        const val INDENT = "    "
    }
}
