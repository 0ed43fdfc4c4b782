package dev.katalog.client.conformance

/**
 * The operation vectors whose operation Katalog does not have yet, each with the issue that will add it. This is
 * the only list of them: a vector that gets an operation in [VectorOperations] must leave it (a test checks that the
 * two never overlap and that together they cover every vector file).
 */
object PendingVectors {
    private const val TAGS_AND_CUSTOM_METADATA = "#16 tags & custom metadata"
    private const val CURATION = "#18 curation"
    private const val DIRECTORY_AND_AUDIT = "#19 directory/audit"

    /** Vector id → the issue that will add its operation. */
    val reasons: Map<String, String> = sortedMapOf(
        // Updating a tag's propagation options, custom metadata by set, searches by tag / custom metadata, tag definitions.
        "tags-update" to TAGS_AND_CUSTOM_METADATA,
        "cm-update" to TAGS_AND_CUSTOM_METADATA,
        "cm-remove" to TAGS_AND_CUSTOM_METADATA,
        "search-tagged" to TAGS_AND_CUSTOM_METADATA,
        "search-cm" to TAGS_AND_CUSTOM_METADATA,
        "typedef-tag" to TAGS_AND_CUSTOM_METADATA,
        "certificate-set" to CURATION,
        "certificate-remove" to CURATION,
        "announcement-set" to CURATION,
        "terms-append" to CURATION,
        "terms-remove" to CURATION,
        "search-term" to CURATION,
        "find-connection" to CURATION,
        "find-glossary" to CURATION,
        "get-by-qn-attrs" to CURATION,
        "get-by-qn-min" to CURATION,
        "users-list" to DIRECTORY_AND_AUDIT,
        "group-create" to DIRECTORY_AND_AUDIT,
        "token-create" to DIRECTORY_AND_AUDIT,
        "audit-by-guid" to DIRECTORY_AND_AUDIT,
    )
}
