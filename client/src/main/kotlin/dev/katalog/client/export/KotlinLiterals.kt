package dev.katalog.client.export

import dev.katalog.model.atlan.asset.Connector

/**
 * Names and values as Kotlin source: a catalog's names may hold quotes, `$`, backslashes and newlines, and each must
 * come back from the compiled definition exactly as it went in, never break the file.
 */
internal object KotlinLiterals {
    /** [value] as a Kotlin string literal, quotes included. */
    fun string(value: String): String = buildString(value.length + 2) {
        append('"')
        for (c in value) when (c) {
            '"' -> append("\\\"")
            '\\' -> append("\\\\")
            '$' -> append("\\$")
            '\n' -> append("\\n")
            '\r' -> append("\\r")
            '\t' -> append("\\t")
            '\b' -> append("\\b")
            else -> if (c.code < 0x20 || c in '\u007f'..'\u009f' || c == '\u2028' || c == '\u2029') append("\\u%04x".format(c.code)) else append(c)
        }
        append('"')
    }

    /** [values] as the arguments of a vararg call: `"a", "b"`. */
    fun strings(values: Collection<String>): String = values.joinToString(", ") { string(it) }

    /** The connector named [value] as Kotlin: the known connectors' constants are their names in capitals (Connector.SNOWFLAKE for "snowflake"). */
    fun connector(value: String): String =
        if (Connector.of(value).isKnown) "Connector.${value.uppercase()}" else "Connector.of(${string(value)})"

    /** [text] safe inside a `//` comment: one line, whatever it holds. */
    fun comment(text: String): String = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u2028", " ").replace("\u2029", " ")

    /** [name] as a file name of its own: only letters, digits, `.`, `-` and `_` (others become `_`), never empty or hidden. */
    fun fileName(name: String): String {
        val cleaned = name.map { if (it.isLetterOrDigit() && it.code < 0x80 || it == '-' || it == '_' || it == '.') it else '_' }.joinToString("")
        return cleaned.trimStart('.').ifEmpty { "_" }
    }
}
