package dev.katalog.client.names

import dev.katalog.client.atlan.NameCheck
import dev.katalog.client.atlan.SaveOptions
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.search.Query
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The names of one client, checked and translated before anything is sent: types and attributes ([known]),
 * Atlan tags ([tags]) and custom metadata ([metadata]), so users write display names everywhere and Atlan
 * receives hashed ones.
 */
internal class CatalogNames(
    private val known: KnownNames,
    private val tags: AtlanTagCache,
    private val metadata: CustomMetadataCache,
) : NameCheck {

    override suspend fun resolveSaved(assets: List<Asset>, options: SaveOptions): List<Asset> {
        known.checkSaved(assets)
        return assets.map { asset -> resolved(asset, options) }
    }

    override suspend fun resolveSearch(request: IndexSearchRequest): IndexSearchRequest {
        known.checkSearch(request) { name -> metadata.attributeById(name.substringAfter('.')) != null }
        val query = request.dsl.query ?: return request
        val translated = tagNamesIn(query)
        return if (translated === query) request else request.with { dsl(request.dsl.with { query(translated) }) }
    }

    override suspend fun tagNameOf(id: String): String = tags.displayOrNull(id) ?: id

    private suspend fun resolved(asset: Asset, options: SaveOptions): Asset {
        val json = asset.json
        if (TAG_LISTS.none { it in json } && "businessAttributes" !in json) return asset
        val changing = listOf("addOrUpdateClassifications", "removeClassifications").filter { it in json }
        if (changing.isNotEmpty() && !options.appendAtlanTags) throw UsageException(
            "${asset.typeName} ${asset.qualifiedName} carries ${changing.joinToString(" and ")}, which Atlan reads only when tags are appended",
            "Save it with SaveOptions.builder().appendAtlanTags(true), or use client.tags",
        )
        if ("businessAttributes" in json && json["businessAttributes"] !is JsonNull && !options.replaceCustomMetadata) throw UsageException(
            "${asset.typeName} ${asset.qualifiedName} carries custom metadata, which Atlan reads only when a save replaces custom metadata",
            "Save it with SaveOptions.builder().replaceCustomMetadata(true) (the sets sent are replaced, the others kept), or use client.customMetadata.update",
        )
        val out = LinkedHashMap<String, JsonElement>(json)
        for (key in TAG_LISTS) {
            val list = json[key] as? JsonArray ?: continue
            out[key] = JsonArray(list.map { tag -> tagWithId(tag) })
        }
        (json["businessAttributes"] as? JsonObject)?.let { out["businessAttributes"] = customMetadataWithIds(it) }
        return AtlanTypes.wrap(JsonObject(out)) as Asset
    }

    private suspend fun tagWithId(tag: JsonElement): JsonElement {
        val obj = tag as? JsonObject ?: return tag
        val name = (obj["typeName"] as? JsonPrimitive)?.content ?: return tag
        return JsonObject(obj + ("typeName" to JsonPrimitive(tags.idFor(name))))
    }

    private suspend fun customMetadataWithIds(sets: JsonObject): JsonObject {
        val out = LinkedHashMap<String, JsonElement>()
        for ((setName, values) in sets) {
            val set = metadata.set(setName)
            val attributes = values as? JsonObject ?: throw UsageException(
                "Custom metadata \"$setName\" is not an object of attributes", "Set it with customMetadata(set, mapOf(attribute to value))",
            )
            val byId = LinkedHashMap<String, JsonElement>((out[set.id] as? JsonObject).orEmpty())
            for ((name, value) in attributes) {
                val attribute = metadata.attribute(set.id, name)
                byId[attribute.id] = attribute.toJson(attribute.fromJson(value))
            }
            out[set.id] = JsonObject(byId)
        }
        return JsonObject(out)
    }

    /** [query] with the tag names it filters on translated to hashed names; the same instance when it has none. */
    private suspend fun tagNamesIn(query: Query): Query = when (query) {
        is Query.Term -> if (query.field in TAG_FIELDS) query.copy(value = tagId(query.value)) else query
        is Query.Terms -> if (query.field in TAG_FIELDS) query.copy(values = query.values.map { tagId(it) }) else query
        is Query.Nested -> tagNamesIn(query.query).let { if (it === query.query) query else query.copy(query = it) }
        is Query.Bool -> {
            suspend fun each(list: List<Query>?) = list?.map { tagNamesIn(it) }
            val changed = query.copy(must = each(query.must), should = each(query.should), mustNot = each(query.mustNot), filter = each(query.filter))
            if (changed == query) query else changed
        }
        else -> query
    }

    private suspend fun tagId(value: JsonPrimitive): JsonPrimitive = if (value.isString) JsonPrimitive(tags.idFor(value.content)) else value

    private companion object {
        val TAG_LISTS = listOf("classifications", "addOrUpdateClassifications", "removeClassifications")

        /** The index fields holding tags' hashed names: where a display name would find nothing. */
        val TAG_FIELDS = setOf("__traitNames", "__propagatedTraitNames", "__classificationNames")
    }
}
