package dev.katalog.client.typedefs

/** The colours Atlan shows tags in (the `color` option of a tag definition). */
public enum class AtlanTagColor(public val wireName: String) {
    GREEN("Green"),
    YELLOW("Yellow"),
    RED("Red"),
    GRAY("Gray"),
}
