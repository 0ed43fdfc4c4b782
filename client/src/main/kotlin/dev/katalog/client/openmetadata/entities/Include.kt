package dev.katalog.client.openmetadata.entities

/**
 * Which entities a read sees, OpenMetadata's `include=` parameter: soft-deleted entities stay on the server until
 * hard deleted or restored, and reads skip them unless asked ([DELETED] or [ALL]).
 */
public enum class Include(public val wire: String) {
    /** Only entities that are not deleted: the server's default. */
    NON_DELETED("non-deleted"),

    /** Only soft-deleted entities. */
    DELETED("deleted"),

    /** Both. */
    ALL("all");

    internal fun query(): List<Pair<String, String>> = if (this == NON_DELETED) emptyList() else listOf("include" to wire)
}
