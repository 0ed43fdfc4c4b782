package dev.katalog.local.openmetadata

import dev.katalog.local.CatalogException
import dev.katalog.local.store.OpenSearchAnswer
import dev.katalog.local.store.OpenSearchClient
import dev.katalog.local.store.arr
import dev.katalog.local.store.obj
import dev.katalog.local.store.orEmpty
import dev.katalog.local.store.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject
import java.net.URLEncoder

/**
 * The OpenMetadata side's OpenSearch indices, named [prefix] + OpenMetadata's index names: entities (one document
 * per entity, its id as document id, the entity plus `entityType` as source), their earlier versions, and lineage.
 * Writes refresh before they return, so they are visible to the next read and search.
 */
internal class EntityIndex(private val client: OpenSearchClient, private val prefix: String) {
    val versionsIndex: String = "${prefix}om_entity_versions"
    val lineageIndex: String = "${prefix}om_lineage"

    fun indexOf(kind: EntityKind): String = prefix + kind.searchIndex

    fun prefixed(searchIndex: String): String = prefix + searchIndex

    /** OpenMetadata's index name for one of ours, for search answers. */
    fun publicName(index: String): String = index.removePrefix(prefix)

    suspend fun ensure() {
        for (index in EntityKinds.searchIndices) create(prefix + index, EntityIndexMapping.settingsAndMappings())
        create(versionsIndex, EntityIndexMapping.versions())
        create(lineageIndex, EntityIndexMapping.lineage())
    }

    private suspend fun create(name: String, body: JsonObject) {
        if (client.call("HEAD", "/$name").ok) return
        val answer = client.call("PUT", "/$name", body)
        if (!answer.ok && !answer.reason.contains("resource_already_exists")) {
            throw CatalogException.Backend("Cannot create index $name: ${answer.reason}")
        }
    }

    suspend fun get(kind: EntityKind, id: String): JsonObject? {
        val answer = client.call("GET", "/${indexOf(kind)}/_doc/${enc(id)}")
        if (answer.status == 404) return null
        if (!answer.ok) throw CatalogException.Backend("Search backend failure reading ${kind.type} $id: ${answer.reason}")
        val source = answer.json.obj("_source") ?: return null
        return if (source.str("entityType") == kind.type) entityOf(source) else null
    }

    suspend fun byFqn(kind: EntityKind, fqn: String): JsonObject? {
        val query = buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("filter") {
                    add(term("entityType", kind.type))
                    add(term(EntityIndexMapping.FQN_EXACT, fqn))
                }
            }
        }
        return search(listOf(indexOf(kind)), buildJsonObject { put("query", query); put("size", 1) }).firstOrNull()
    }

    suspend fun put(kind: EntityKind, entity: JsonObject) {
        val id = entity.str("id")!!
        val document = JsonObject(entity + ("entityType" to JsonPrimitive(kind.type)))
        client.require("PUT", "/${indexOf(kind)}/_doc/${enc(id)}?refresh=true", document)
    }

    suspend fun remove(kind: EntityKind, id: String) {
        val answer = client.call("DELETE", "/${indexOf(kind)}/_doc/${enc(id)}?refresh=true")
        if (!answer.ok && answer.status != 404) throw CatalogException.Backend("Search backend failure deleting ${kind.type} $id: ${answer.reason}")
        deleteByQuery(versionsIndex, term("entityId", id))
        deleteByQuery(lineageIndex, buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("should") { add(term("fromId", id)); add(term("toId", id)) }
                put("minimum_should_match", 1)
            }
        })
    }

    /** The entities of [indices] matching the search [body] (query, sort, size…), as stored. */
    suspend fun search(indices: List<String>, body: JsonObject): List<JsonObject> =
        hits(indices, body).mapNotNull { it.obj("_source")?.let(::entityOf) }

    /** Raw hits of a search. */
    suspend fun hits(indices: List<String>, body: JsonObject): List<JsonObject> =
        raw(indices, body).obj("hits")?.arr("hits").orEmpty().mapNotNull { it.obj() }

    suspend fun raw(indices: List<String>, body: JsonObject): JsonObject =
        client.require("POST", "/${indices.joinToString(",")}/_search", body)

    /** A search whose failure is the caller's to report (a query OpenSearch refuses is the client's mistake). */
    suspend fun attempt(indices: List<String>, body: JsonObject): OpenSearchAnswer =
        client.call("POST", "/${indices.joinToString(",")}/_search", body)

    /** Entities (of any kind) whose parent references point at one of [ids]: `(type, entity)` pairs. */
    suspend fun referencing(ids: Collection<String>): List<Pair<EntityKind, JsonObject>> {
        if (ids.isEmpty()) return emptyList()
        val query = buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("should") { for (field in EntityKinds.childReferences) add(terms("$field.id", ids)) }
                put("minimum_should_match", 1)
            }
        }
        val body = buildJsonObject { put("query", query); put("size", 10_000) }
        return hits(EntityKinds.searchIndices.map { prefix + it }, body).mapNotNull { hit ->
            val source = hit.obj("_source") ?: return@mapNotNull null
            val kind = source.str("entityType")?.let(EntityKinds::ofType) ?: return@mapNotNull null
            kind to entityOf(source)
        }
    }

    suspend fun putVersion(kind: EntityKind, entity: JsonObject) {
        val id = entity.str("id")!!
        val version = entity["version"].toString()
        val document = buildJsonObject {
            put("entityId", id)
            put("entityType", kind.type)
            put("version", entity["version"]!!)
            put("entity", entity)
        }
        client.require("PUT", "/$versionsIndex/_doc/${enc("$id:$version")}?refresh=true", document)
    }

    /** Every stored version of an entity, latest first. */
    suspend fun versions(id: String): List<JsonObject> {
        val body = buildJsonObject {
            put("query", term("entityId", id))
            put("size", 10_000)
            putJsonArray("sort") { add(buildJsonObject { put("version", "desc") }) }
        }
        return hits(listOf(versionsIndex), body).mapNotNull { it.obj("_source")?.obj("entity") }
    }

    suspend fun putEdge(fromId: String, fromType: String, toId: String, toType: String, edge: JsonObject) {
        val document = buildJsonObject {
            put("fromId", fromId)
            put("toId", toId)
            put("fromType", fromType)
            put("toType", toType)
            put("edge", edge)
        }
        client.require("PUT", "/$lineageIndex/_doc/${enc("$fromId:$toId")}?refresh=true", document)
    }

    suspend fun removeEdge(fromId: String, toId: String): Boolean {
        val answer = client.call("DELETE", "/$lineageIndex/_doc/${enc("$fromId:$toId")}?refresh=true")
        if (!answer.ok && answer.status != 404) throw CatalogException.Backend("Search backend failure deleting a lineage edge: ${answer.reason}")
        return answer.ok
    }

    /** Lineage edge documents whose [field] (`fromId` or `toId`) is one of [ids]. */
    suspend fun edges(field: String, ids: Collection<String>): List<JsonObject> {
        if (ids.isEmpty()) return emptyList()
        val body = buildJsonObject { put("query", terms(field, ids)); put("size", 10_000) }
        return hits(listOf(lineageIndex), body).mapNotNull { it.obj("_source") }
    }

    private suspend fun deleteByQuery(index: String, query: JsonObject) {
        val answer = client.call("POST", "/$index/_delete_by_query?refresh=true&conflicts=proceed", buildJsonObject { put("query", query) })
        if (!answer.ok) throw CatalogException.Backend("Search backend failure cleaning $index: ${answer.reason}")
    }

    private fun entityOf(source: JsonObject): JsonObject = JsonObject(source - "entityType")

    companion object {
        fun term(field: String, value: String): JsonObject = buildJsonObject { putJsonObject("term") { put(field, value) } }

        fun terms(field: String, values: Collection<String>): JsonObject =
            buildJsonObject { putJsonObject("terms") { put(field, JsonArray(values.map { JsonPrimitive(it) })) } }

        private fun enc(id: String): String = URLEncoder.encode(id, Charsets.UTF_8)
    }
}

internal fun JsonElement?.refId(): String? = this.obj()?.str("id")
