package dev.katalog.local.openmetadata

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import dev.katalog.local.opensearch.OpenSearchAnswer
import dev.katalog.local.opensearch.OpenSearchClient
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject
import java.net.URLEncoder
import java.security.MessageDigest
import java.util.concurrent.atomic.AtomicLong

/**
 * The OpenMetadata side's OpenSearch indices, named [prefix] + OpenMetadata's index names: entities (one document
 * per entity, its id as document id, the entity plus `entityType` as source), a key per (type, FQN), every version,
 * and lineage. Reads by id and FQN are realtime document gets; writes do not refresh, searches do first when
 * anything was written since the last refresh: a write is visible to every read and search once it returns, and
 * one-by-one creates do not pay a refresh each.
 */
internal class EntityIndex(private val client: OpenSearchClient, private val prefix: String) {
    val versionsIndex: String = "${prefix}om_entity_versions"
    val lineageIndex: String = "${prefix}om_lineage"
    val extensionsIndex: String = "${prefix}om_entity_extensions"
    private val keysIndex = "${prefix}om_entity_keys"
    private val searchable = (EntityKinds.searchIndices.map { prefix + it } + versionsIndex).joinToString(",")

    // Writes completed, and writes known to be searchable; a search refreshes when they differ.
    private val written = AtomicLong()
    @Volatile private var refreshed = 0L
    private val refreshLock = Mutex()

    fun indexOf(kind: EntityKind): String = prefix + kind.searchIndex

    fun prefixed(searchIndex: String): String = prefix + searchIndex

    /** OpenMetadata's index name for one of ours, for search answers. */
    fun publicName(index: String): String = index.removePrefix(prefix)

    suspend fun ensure() {
        for (index in EntityKinds.searchIndices) create(prefix + index, EntityIndexMapping.settingsAndMappings())
        create(versionsIndex, EntityIndexMapping.versions())
        create(lineageIndex, EntityIndexMapping.lineage())
        create(keysIndex, EntityIndexMapping.keys())
        create(extensionsIndex, EntityIndexMapping.extensions())
    }

    /** Makes every completed write searchable (one refresh for all the writes since the last one). */
    private suspend fun fresh() {
        if (refreshed >= written.get()) return
        refreshLock.withLock {
            val target = written.get()
            if (refreshed >= target) return
            client.require("POST", "/$searchable/_refresh")
            refreshed = target
        }
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

    /** The entity of [kind] whose FQN is exactly [fqn], through its key document (a realtime get, no search). */
    suspend fun byFqn(kind: EntityKind, fqn: String): JsonObject? {
        val answer = client.call("GET", "/$keysIndex/_doc/${key(kind, fqn)}")
        if (answer.status == 404) return null
        if (!answer.ok) throw CatalogException.Backend("Search backend failure reading ${kind.type} by name: ${answer.reason}")
        val id = answer.json.obj("_source")?.str("id") ?: return null
        return get(kind, id)?.takeIf { it.str("fullyQualifiedName") == fqn }
    }

    // Document ids are limited to 512 bytes and FQNs are not: the key is a digest of (type, FQN).
    private fun key(kind: EntityKind, fqn: String): String = digest("${kind.type}|$fqn")

    /** Stores entities as they now are, with their keys and each as a version of its history, in one bulk request. */
    suspend fun putAll(entities: List<Pair<EntityKind, JsonObject>>) {
        if (entities.isEmpty()) return
        val lines = StringBuilder()
        for ((kind, entity) in entities) {
            val id = entity.str("id")!!
            action(lines, "index", indexOf(kind), id)
            // Every document has `deleted` for the lists' filters, also of kinds whose schema has none (domains).
            lines.append(JsonObject(entity + ("entityType" to JsonPrimitive(kind.type)) + ("deleted" to (entity["deleted"] ?: JsonPrimitive(false))))).append('\n')
            action(lines, "index", keysIndex, key(kind, entity.str("fullyQualifiedName")!!))
            lines.append(buildJsonObject { put("id", id) }).append('\n')
            action(lines, "index", versionsIndex, "$id:${entity["version"]}")
            lines.append(buildJsonObject {
                put("entityId", id)
                put("entityType", kind.type)
                put("version", entity["version"]!!)
                put("entity", entity)
            }).append('\n')
        }
        bulk(lines.toString())
    }

    /** Removes entities, their keys, their versions and the lineage edges that touch them. */
    suspend fun removeAll(entities: List<Pair<EntityKind, JsonObject>>) {
        if (entities.isEmpty()) return
        val lines = StringBuilder()
        for ((kind, entity) in entities) {
            action(lines, "delete", indexOf(kind), entity.str("id")!!)
            action(lines, "delete", keysIndex, key(kind, entity.str("fullyQualifiedName")!!))
        }
        bulk(lines.toString())
        // Deletes by query see only what a refresh has made searchable.
        fresh()
        for (chunk in entities.map { it.second.str("id")!! }.chunked(CHUNK)) {
            deleteByQuery(versionsIndex, terms("entityId", chunk))
            deleteByQuery(extensionsIndex, terms("entityId", chunk))
            deleteByQuery(lineageIndex, buildJsonObject {
                putJsonObject("bool") {
                    putJsonArray("should") { add(terms("fromId", chunk)); add(terms("toId", chunk)) }
                    put("minimum_should_match", 1)
                }
            })
        }
    }

    private fun action(lines: StringBuilder, action: String, index: String, id: String) {
        lines.append(buildJsonObject { putJsonObject(action) { put("_index", index); put("_id", id) } }).append('\n')
    }

    private suspend fun bulk(ndjson: String) {
        val answer = client.call("POST", "/_bulk", ndjson, "application/x-ndjson")
        written.incrementAndGet()
        if (!answer.ok) throw CatalogException.Backend("Search backend refused the write: ${answer.reason}")
        if ((answer.json["errors"] as? JsonPrimitive)?.content == "true") {
            val failure = answer.json.arr("items").orEmpty()
                .mapNotNull { item -> item.obj()?.values?.firstOrNull()?.obj() }
                .firstOrNull { it["error"] != null && it["status"].toString() != "404" }
            if (failure != null) throw CatalogException.Backend("Search backend refused ${failure.str("_id")}: ${failure["error"]}")
        }
    }

    /** The entities of [indices] matching the search [body] (query, sort, size…), as stored. */
    suspend fun search(indices: List<String>, body: JsonObject): List<JsonObject> =
        hits(indices, body).mapNotNull { it.obj("_source")?.let(::entityOf) }

    /** Raw hits of a search. */
    suspend fun hits(indices: List<String>, body: JsonObject): List<JsonObject> =
        raw(indices, body).obj("hits")?.arr("hits").orEmpty().mapNotNull { it.obj() }

    suspend fun raw(indices: List<String>, body: JsonObject): JsonObject {
        fresh()
        return client.require("POST", "/${indices.joinToString(",")}/_search", body)
    }

    /** A search whose failure is the caller's to report (a query OpenSearch refuses is the client's mistake). */
    suspend fun attempt(indices: List<String>, body: JsonObject): OpenSearchAnswer {
        fresh()
        return client.call("POST", "/${indices.joinToString(",")}/_search", body)
    }

    /** Entities (of any kind) whose parent references point at one of [ids]: `(kind, entity)` pairs, every one of them. */
    suspend fun referencing(ids: Collection<String>): List<Pair<EntityKind, JsonObject>> {
        val found = ArrayList<Pair<EntityKind, JsonObject>>()
        for (chunk in ids.distinct().chunked(CHUNK)) {
            val query = buildJsonObject {
                putJsonObject("bool") {
                    putJsonArray("should") { for (field in EntityKinds.childReferences) add(terms("$field.id", chunk)) }
                    put("minimum_should_match", 1)
                }
            }
            var after: JsonElement? = null
            do {
                val body = buildJsonObject {
                    put("query", query)
                    put("size", PAGE)
                    putJsonArray("sort") { add(buildJsonObject { put("id", "asc") }) }
                    after?.let { put("search_after", it) }
                }
                val hits = hits(EntityKinds.searchIndices.map { prefix + it }, body)
                for (hit in hits) {
                    val source = hit.obj("_source") ?: continue
                    val kind = source.str("entityType")?.let(EntityKinds::ofType) ?: continue
                    found += kind to entityOf(source)
                }
                after = hits.lastOrNull()?.get("sort")
            } while (hits.size == PAGE)
        }
        return found
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

    /** Stores (or replaces) the extension document [id] (see [EntityIndexMapping.extensions]), searchable when this returns. */
    suspend fun putExtension(id: String, document: JsonObject) {
        client.require("PUT", "/$extensionsIndex/_doc/${enc(id)}?refresh=true", document)
    }

    /** The extension document [id], or null. */
    suspend fun extension(id: String): JsonObject? {
        val answer = client.call("GET", "/$extensionsIndex/_doc/${enc(id)}")
        if (answer.status == 404) return null
        if (!answer.ok) throw CatalogException.Backend("Search backend failure reading extension $id: ${answer.reason}")
        return answer.json.obj("_source")
    }

    /** Removes the extension document [id]; whether there was one. */
    suspend fun removeExtension(id: String): Boolean {
        val answer = client.call("DELETE", "/$extensionsIndex/_doc/${enc(id)}?refresh=true")
        if (!answer.ok && answer.status != 404) throw CatalogException.Backend("Search backend failure deleting extension $id: ${answer.reason}")
        return answer.ok
    }

    /** Extension documents matching [query], sorted by [sortField] in [order] (`asc`, `desc`), at most 10,000. */
    suspend fun extensions(query: JsonObject, sortField: String, order: String): List<JsonObject> {
        val body = buildJsonObject {
            put("query", query)
            put("size", 10_000)
            putJsonArray("sort") { add(buildJsonObject { put(sortField, order) }) }
        }
        return hits(listOf(extensionsIndex), body).mapNotNull { it.obj("_source") }
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

    /** The entity a stored document holds: without the index's `entityType`, and without `deleted` for a kind whose schema has none. */
    fun entityOf(source: JsonObject): JsonObject {
        val kind = source.str("entityType")?.let(EntityKinds::ofType)
        val internal = if (kind == null || kind.softDeletable) setOf("entityType") else setOf("entityType", "deleted")
        return JsonObject(source - internal)
    }

    companion object {
        private const val CHUNK = 1000
        private const val PAGE = 5000

        /** A fixed-length document id part for [text] of any length (document ids are limited to 512 bytes). */
        fun digest(text: String): String = MessageDigest.getInstance("SHA-256").digest(text.toByteArray()).joinToString("") { "%02x".format(it) }

        fun term(field: String, value: String): JsonObject = buildJsonObject { putJsonObject("term") { put(field, value) } }

        /** Entities not soft-deleted, including kinds with no `deleted` field at all (1.4's queries). */
        fun notDeleted(): JsonObject = buildJsonObject {
            putJsonObject("bool") { putJsonArray("must_not") { add(buildJsonObject { putJsonObject("term") { put("deleted", true) } }) } }
        }

        fun terms(field: String, values: Collection<String>): JsonObject =
            buildJsonObject { putJsonObject("terms") { put(field, JsonArray(values.map { JsonPrimitive(it) })) } }

        private fun enc(id: String): String = URLEncoder.encode(id, Charsets.UTF_8)
    }
}

internal fun JsonElement?.refId(): String? = this.obj()?.str("id")
