package dev.katalog.model.openmetadata

/**
 * Builds and splits OpenMetadata fully qualified names: parts joined with `.`, a part that contains a `.`
 * wrapped in double quotes, e.g. `Fqn.build("svc", "db", "schema.x", "orders") == "svc.db.\"schema.x\".orders"`.
 *
 * Names may not be empty, contain `"` or `::`, or be longer than [MAX_NAME_LENGTH]; an FQN may not be longer
 * than [MAX_FQN_LENGTH]. Anything else (slashes, spaces, unicode) is kept as it is.
 */
public object Fqn {
    /** The longest name OpenMetadata 1.4 accepts for one entity. */
    public const val MAX_NAME_LENGTH: Int = 256

    /** The longest fully qualified name OpenMetadata 1.4 accepts. */
    public const val MAX_FQN_LENGTH: Int = 3072

    private const val QUOTE = '"'
    private const val SEPARATOR = '.'

    /** The FQN of the entity named by [parts], outermost first: `build("svc", "db")` is `svc.db`. */
    @JvmStatic
    public fun build(vararg parts: String): String = build(parts.asList())

    /** The FQN of the entity named by [parts], outermost first; each part is a plain name, never pre-quoted. */
    @JvmStatic
    public fun build(parts: List<String>): String {
        if (parts.isEmpty()) {
            throw InvalidFqnException("", "no names were given", "Pass at least one name, outermost first, e.g. build(\"service\", \"database\").")
        }
        val fqn = parts.joinToString(SEPARATOR.toString(), transform = ::quoteName)
        checkFqnLength(fqn)
        return fqn
    }

    /**
     * The plain names in [fqn], outermost first, with quotes removed: `split("svc.\"a.b\".t") == ["svc", "a.b", "t"]`.
     * A quoted part without a dot is accepted and unquoted, as OpenMetadata does.
     */
    @JvmStatic
    public fun split(fqn: String): List<String> {
        if (fqn.isEmpty()) throw InvalidFqnException(fqn, "it is empty", "Give at least one name, e.g. \"service.database\".")
        checkFqnLength(fqn)
        val names = ArrayList<String>()
        var index = 0
        while (true) {
            val end: Int
            val name: String
            if (fqn[index] == QUOTE) {
                val close = fqn.indexOf(QUOTE, index + 1)
                if (close < 0) {
                    throw InvalidFqnException(fqn, "the quote at position $index is never closed", "Close the quoted name with a matching \" before the next '.'.")
                }
                name = fqn.substring(index + 1, close)
                end = close + 1
                if (end < fqn.length && fqn[end] != SEPARATOR) {
                    throw InvalidFqnException(fqn, "the quoted name ending at position $close is followed by '${fqn[end]}' instead of '.'", "Put a '.' after each closing quote, or build the FQN with Fqn.build.")
                }
            } else {
                val dot = fqn.indexOf(SEPARATOR, index).let { if (it < 0) fqn.length else it }
                name = fqn.substring(index, dot)
                if (QUOTE in name) {
                    throw InvalidFqnException(fqn, "the name \"$name\" has a quote inside it", "Quotes may only wrap a whole name that contains a '.'; names themselves cannot contain \".")
                }
                end = dot
            }
            checkName(name, fqn)
            names += name
            if (end == fqn.length) return names
            index = end + 1
            if (index == fqn.length) {
                throw InvalidFqnException(fqn, "it ends with '.'", "Remove the trailing '.', or add the missing name after it.")
            }
        }
    }

    /** [name] as it appears inside an FQN: quoted when it contains a `.`, unchanged otherwise. */
    @JvmStatic
    public fun quoteName(name: String): String {
        checkName(name, name)
        return if (SEPARATOR in name) "$QUOTE$name$QUOTE" else name
    }

    private fun checkName(name: String, input: String) {
        when {
            name.isEmpty() -> throw InvalidFqnException(input, "a name is empty", "Give every level a non-empty name; an FQN has no '..' or leading '.'.")
            QUOTE in name -> throw InvalidFqnException(input, "the name \"$name\" contains a double quote", "Remove the \" from the name: OpenMetadata names cannot contain it.")
            "::" in name -> throw InvalidFqnException(input, "the name \"$name\" contains '::'", "Remove or replace the '::': OpenMetadata 1.4 rejects names containing it.")
            name.length > MAX_NAME_LENGTH -> throw InvalidFqnException(input, "a name is ${name.length} characters long", "Shorten it to at most $MAX_NAME_LENGTH characters.")
        }
    }

    private fun checkFqnLength(fqn: String) {
        if (fqn.length > MAX_FQN_LENGTH) {
            throw InvalidFqnException(fqn, "it is ${fqn.length} characters long", "Use shorter names: an FQN may have at most $MAX_FQN_LENGTH characters.")
        }
    }
}
