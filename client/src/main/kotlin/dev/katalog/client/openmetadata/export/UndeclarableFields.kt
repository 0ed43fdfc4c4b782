package dev.katalog.client.openmetadata.export

import dev.katalog.client.openmetadata.entities.ownReference
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject

/**
 * What an entity of a service holds that a tree has no setter for, named so that the export lists it instead of
 * dropping it: its domain and data products, its custom properties (`extension`), its retention period, and a table's
 * constraints and partitioning.
 *
 * Only what is the entity's own counts. OpenMetadata 1.4 shows a database, schema or table without a domain its
 * parent's, marked `"inherited": true`, and one without a retention period its parent's, unmarked (jdbi3/
 * TableRepository.java and DatabaseSchemaRepository.java, setInheritedFields). So a domain marked inherited is the
 * parent's, listed there, and a retention period equal to the parent's is taken for the parent's: one a table sets to
 * its schema's own value is not listed, and applying the export leaves it as it was.
 */
internal object UndeclarableFields {
    /** The names of [entity]'s own fields a tree cannot declare; [parentRetention] is what its parent shows, if it has a parent. */
    fun of(entity: JsonObject, parentRetention: JsonElement? = null): List<String> = FIELDS.filter { field ->
        when (field) {
            DOMAIN -> ownReference(entity, DOMAIN) != null
            RETENTION -> holds(entity[RETENTION]) && entity[RETENTION] != parentRetention
            else -> holds(entity[field])
        }
    }

    private fun holds(value: JsonElement?): Boolean =
        value != null && value !is JsonNull && !(value is JsonArray && value.isEmpty()) && !(value is JsonObject && value.isEmpty())

    private const val DOMAIN = "domain"
    private const val DATA_PRODUCTS = "dataProducts"
    private const val EXTENSION = "extension"
    private const val RETENTION = "retentionPeriod"
    private const val TABLE_CONSTRAINTS = "tableConstraints"
    private const val TABLE_PARTITION = "tablePartition"

    private val FIELDS = listOf(TABLE_CONSTRAINTS, TABLE_PARTITION, EXTENSION, DOMAIN, DATA_PRODUCTS, RETENTION)
}
