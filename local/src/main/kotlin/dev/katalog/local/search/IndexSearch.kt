package dev.katalog.local.search

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.bool
import dev.katalog.local.json.long
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import dev.katalog.local.store.AssetDocument
import dev.katalog.local.store.EntityHeader.putHeaderFields
import dev.katalog.local.store.AssetIndex
import dev.katalog.local.store.AssetReader
import dev.katalog.local.store.CatalogStore
import dev.katalog.local.store.IndexMapping
import dev.katalog.local.store.StoredAsset
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/** `POST /api/meta/search/indexsearch`: runs the DSL on the asset index and answers as Atlan does. */
internal class IndexSearch(private val store: CatalogStore, private val reader: AssetReader) {

    suspend fun search(body: JsonElement): JsonObject {
        val request = body.obj() ?: throw CatalogException.BadRequest("The search request must be a JSON object")
        val dsl = request["dsl"]?.let { it.obj() ?: throw CatalogException.BadRequest("dsl must be a JSON object") }
            ?: JsonObject(emptyMap())
        val from = dsl["from"]?.let { it.long() ?: throw CatalogException.BadRequest("dsl.from must be a number") } ?: 0L
        val size = dsl["size"]?.let { it.long() ?: throw CatalogException.BadRequest("dsl.size must be a number") } ?: DEFAULT_SIZE
        if (from < 0 || size < 0) throw CatalogException.BadRequest("dsl.from and dsl.size may not be negative")
        if (from + size > IndexMapping.MAX_RESULT_WINDOW) {
            throw CatalogException.BadRequest(
                "Result window is too large: from + size must be less than or equal to ${IndexMapping.MAX_RESULT_WINDOW} but was ${from + size}; " +
                    "page with search_after on [__timestamp, __guid] instead",
                "ATLAS-400-00-08A",
            )
        }
        val attributes = request.arr("attributes").stringsOrEmpty()
        val relationAttributes = request.arr("relationAttributes").stringsOrEmpty()
        val excludeClassifications = request["excludeClassifications"].bool() == true
        val showMetadata = request["showSearchMetadata"].bool() == true
        val showScore = request["showSearchScore"].bool() == true

        val query = LinkedHashMap<String, JsonElement>(dsl)
        // The catalog decides what a hit carries; a caller cannot reach the internal document.
        query.remove("_source")
        query["_source"] = JsonArray(listOf(JsonPrimitive(IndexMapping.ENTITY)))
        query["from"] = JsonPrimitive(from)
        query["size"] = JsonPrimitive(size)
        if ("track_total_hits" !in query) query["track_total_hits"] = JsonPrimitive(true)
        val answer = store.index.search(JsonObject(query))

        val hits = AssetIndex.hits(answer)
        val assets = hits.mapNotNull { hit -> hit.obj("_source")?.obj(IndexMapping.ENTITY)?.let { StoredAsset(it, hit.arr("sort")) } }
        val types = store.types
        val relationNames = attributes.filter { a -> assets.any { types.relationshipAttribute(it.typeName, a) != null || a in it.relationships } }.toSet()
        val relations = if (relationNames.isEmpty()) emptyMap() else reader.relationships(assets, relationNames)
        val related = if (relationAttributes.isEmpty()) emptyMap() else {
            val guids = relations.values.flatMap { it.values }.flatMap(AssetDocument::refs).mapNotNull { it.str("guid") }
            store.index.mget(guids)
        }
        val total = answer.obj("hits")?.obj("total")?.get("value").long() ?: assets.size.toLong()
        return buildJsonObject {
            put("queryType", "INDEX")
            put("approximateCount", total)
            if (assets.isNotEmpty()) {
                put("entities", JsonArray(assets.mapIndexed { i, asset ->
                    entity(asset, attributes, relations[asset.guid].orEmpty(), related, relationAttributes, excludeClassifications,
                        if (showScore) hits[i]["_score"] else null)
                }))
            }
            answer.obj("aggregations")?.let { put("aggregations", it) }
            if (showMetadata && assets.isNotEmpty()) putJsonObject("searchMetadata") {
                for (asset in assets) putJsonObject(asset.guid) { asset.sort?.let { put("sort", it) } }
            }
        }
    }

    private fun entity(
        asset: StoredAsset,
        attributes: List<String>,
        relations: Map<String, JsonElement>,
        related: Map<String, StoredAsset>,
        relationAttributes: List<String>,
        excludeClassifications: Boolean,
        score: JsonElement?,
    ): JsonObject = buildJsonObject {
        val source = asset.entity
        put("typeName", asset.typeName)
        putJsonObject("attributes") {
            for (name in attributes) {
                val value = relations[name]?.let { withRelated(it, related, relationAttributes) } ?: asset.attributes[name]
                    ?: customMetadataValue(source, name) ?: continue
                put(name, value)
            }
            asset.qualifiedName?.let { put("qualifiedName", it) }
            asset.name?.let { put("name", it) }
        }
        putHeaderFields(asset, excludeClassifications, excludeMeanings = false)
        score?.let { put("searchScore", it) }
    }

    /**
     * A custom metadata value asked for as an attribute: `<set>.<attribute>` by hashed names, as atlas-metastore
     * resolves it (`AtlasStructType.getAttribute` falling back to `getBusinesAAttribute`), or the attribute's hashed
     * name alone, as Atlan's SDKs ask (pyatlan 9.10.3, operation vector `search-cm`).
     */
    private fun customMetadataValue(source: JsonObject, name: String): JsonElement? {
        val sets = source.obj("businessAttributes") ?: return null
        val set = name.substringBefore('.', "")
        if (set.isNotEmpty()) return sets.obj(set)?.get(name.substringAfter('.'))?.takeIf { it !is JsonNull }
        return sets.values.firstNotNullOfOrNull { it.obj()?.get(name)?.takeIf { v -> v !is JsonNull } }
    }

    // Related assets in a hit carry the attributes asked for with relationAttributes.
    private fun withRelated(value: JsonElement, related: Map<String, StoredAsset>, names: List<String>): JsonElement {
        if (names.isEmpty()) return value
        fun one(ref: JsonObject): JsonObject {
            val target = related[ref.str("guid")] ?: return ref
            val attrs = LinkedHashMap<String, JsonElement>(ref.obj("attributes") ?: JsonObject(emptyMap()))
            for (name in names) target.attributes[name]?.let { attrs[name] = it }
            return JsonObject(ref + ("attributes" to JsonObject(attrs)))
        }
        return when (value) {
            is JsonObject -> one(value)
            is JsonArray -> JsonArray(value.map { (it as? JsonObject)?.let(::one) ?: it })
            else -> value
        }
    }

    private fun JsonArray?.stringsOrEmpty(): List<String> = this?.mapNotNull { it.str() } ?: emptyList()

    private companion object {
        const val DEFAULT_SIZE = 10L
    }
}
