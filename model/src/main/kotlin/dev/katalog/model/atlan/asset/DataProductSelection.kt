package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.atlan.search.QuerySerializer
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * A data product's asset selection as Atlan stores it in `dataProductAssetsDSL` (atlan-python
 * `pyatlan/model/data_mesh.py`, `DataProductsAssetsDSL.to_string`): only the search's query, its bool `filter` list
 * wrapped in a nested `bool`, the attributes Atlan's UI reads, and `filterScrubbed`.
 */
public object DataProductSelection {
    /** The attribute of a DataProduct that holds the selection. */
    public const val ATTRIBUTE: String = "dataProductAssetsDSL"

    /** [assets] as Atlan stores a product's selection; the search must filter (have at least one where clause). */
    @JvmStatic
    public fun toDsl(assets: IndexSearchRequest): String {
        val bool = assets.dsl.query?.let { QuerySerializer.toJson(it)["bool"] } as? JsonObject
        val filter = bool?.get("filter")
        require(bool != null && filter != null && filter !is JsonNull) {
            "A product's asset selection must filter assets: give a search with at least one where clause, e.g. search { where(Table.CONNECTION_QUALIFIED_NAME eq \"default/snowflake/1\") }"
        }
        val wrapped = JsonObject(bool + ("filter" to JsonObject(mapOf("bool" to JsonObject(mapOf("filter" to filter))))))
        val dsl = JsonObject(mapOf("from" to JsonPrimitive(0), "query" to JsonObject(mapOf("bool" to wrapped))))
        val request = JsonObject(mapOf("dsl" to dsl, "attributes" to JsonArray(UI_ATTRIBUTES.map(::JsonPrimitive)), "suppressLogs" to JsonPrimitive(true)))
        return JsonObject(mapOf("query" to request, "filterScrubbed" to JsonPrimitive(true))).toString()
    }

    /** The query a stored selection runs; an [IllegalArgumentException] naming the problem when [dsl] is not one. */
    @JvmStatic
    public fun queryOf(dsl: String): Query {
        val query = runCatching { ((Json.parseToJsonElement(dsl) as JsonObject)["query"] as JsonObject)["dsl"].let { (it as JsonObject)["query"] } }.getOrNull()
        require(query is JsonObject) { "The selection is not a search as Atlan stores one (a JSON object with query.dsl.query): ${dsl.take(80)}" }
        return runCatching { QuerySerializer.fromJson(query, "query.dsl.query") }
            .getOrElse { throw IllegalArgumentException("The selection's query cannot be read: ${it.message}", it) }
    }

    // The attributes pyatlan's DataProductsAssetsDSL asks for, in its order.
    private val UI_ATTRIBUTES = listOf(
        "__traitNames", "connectorName", "__customAttributes", "certificateStatus", "tenantId", "anchor", "parentQualifiedName",
        "Query.parentQualifiedName", "AtlasGlossaryTerm.anchor", "databaseName", "schemaName", "parent", "connectionQualifiedName",
        "collectionQualifiedName", "announcementMessage", "announcementTitle", "announcementType", "announcementUpdatedAt",
        "announcementUpdatedBy", "allowQuery", "allowQueryPreview", "adminGroups", "adminRoles", "adminUsers", "category",
        "credentialStrategy", "connectionSSOCredentialGuid", "certificateStatus", "certificateUpdatedAt", "certificateUpdatedBy",
        "classifications", "connectionId", "connectionQualifiedName", "connectorName", "dataType", "defaultDatabaseQualifiedName",
        "defaultSchemaQualifiedName", "description", "displayName", "links", "link", "meanings", "name", "ownerGroups", "ownerUsers",
        "qualifiedName", "typeName", "userDescription", "displayDescription", "subDataType", "rowLimit", "queryTimeout",
        "previewCredentialStrategy", "policyStrategy", "policyStrategyForSamplePreview", "useObjectStorage",
        "objectStorageUploadThreshold", "outputPortDataProducts",
    )
}
