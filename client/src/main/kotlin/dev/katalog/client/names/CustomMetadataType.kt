package dev.katalog.client.names

/** What kind of value a custom metadata attribute holds, read from its definition's type and `customType` option. */
public enum class CustomMetadataType(internal val described: String) {
    TEXT("text (a String)"),
    URL("a URL (a String)"),
    INTEGER("a whole number (Int or Long)"),
    DECIMAL("a number (Int, Long, Float or Double)"),
    BOOLEAN("a Boolean"),
    DATE("a date (an Instant, a LocalDate or epoch milliseconds)"),
    ENUM("one value of an enumeration (a String)"),
    USER("a user name (a String)"),
    GROUP("a group alias (a String)"),
    ;

    internal companion object {
        /** The kind of an attribute whose element type is [typeName] and whose `customType` option is [customType]. */
        fun of(typeName: String, customType: String?, enumNames: Set<String>): CustomMetadataType = when {
            customType.equals("users", ignoreCase = true) -> USER
            customType.equals("groups", ignoreCase = true) -> GROUP
            customType.equals("url", ignoreCase = true) -> URL
            typeName in enumNames -> ENUM
            else -> when (typeName.lowercase()) {
                "int", "long", "short", "byte", "biginteger" -> INTEGER
                "float", "double", "bigdecimal" -> DECIMAL
                "boolean" -> BOOLEAN
                "date" -> DATE
                else -> TEXT
            }
        }
    }
}
