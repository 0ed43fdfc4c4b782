package dev.katalog.client.openmetadata.entities

/**
 * Fields OpenMetadata 1.4 returns only when a read asks for them (`fields=`): an entity read without one holds null
 * there whatever the server has, so a change computed from it must read the field first.
 */
internal object OnRequestFields {
    val names: Set<String> = setOf(
        "owner", "tags", "followers", "votes", "extension", "domain", "dataProducts", "lifeCycle", "usageSummary",
        "columns", "tableConstraints", "tablePartition", "dataModel", "customMetrics", "joins", "sampleData",
        "reviewers", "relatedTerms", "children", "databaseSchemas", "tables", "users", "teams", "roles", "sourceHash",
    )
}
