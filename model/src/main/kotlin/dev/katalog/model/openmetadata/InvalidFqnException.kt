package dev.katalog.model.openmetadata

/**
 * A name that cannot be part of an OpenMetadata fully qualified name, or text that is not a well-formed one:
 * [input] is what was given, [problem] what is wrong with it and [fix] what to do instead.
 */
public class InvalidFqnException(
    public val input: String,
    public val problem: String,
    public val fix: String,
) : IllegalArgumentException("Invalid OpenMetadata name or FQN ${preview(input)}: $problem. $fix")

// Long inputs would bury the message; the start is enough to recognise them.
private fun preview(input: String): String =
    if (input.length <= 80) "\"$input\"" else "\"${input.take(77)}...\" (${input.length} chars)"
