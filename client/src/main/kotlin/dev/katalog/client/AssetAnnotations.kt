package dev.katalog.client

import dev.katalog.client.cache.AtlanTagCache
import dev.katalog.client.cache.CustomMetadataCache
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.util.concurrent.ThreadLocalRandom

/**
 * Atlan tags and custom metadata set by their human names: translated to Atlan's hashed names through
 * the client's caches, then saved with the flags that touch only what is asked.
 */
internal class AssetAnnotations(private val client: AtlanClient, private val tags: AtlanTagCache, private val customMetadata: CustomMetadataCache) {

    /**
     * Adds tags as Atlan's own SDK does (pyatlan 9.10.3 `add_atlan_tags`, recorded in the operation vector
     * `tags-add`): an update by qualifiedName under a placeholder GUID, the tags in `addOrUpdateClassifications`,
     * saved with `appendTags=true` so that the asset's other tags stay.
     */
    suspend fun <T : Asset> addTags(type: AssetType<T>, qualifiedName: String, names: List<String>, propagate: Boolean): MutationResult {
        require(names.isNotEmpty()) { "Name at least one Atlan tag to add" }
        val existing = client.get(type, qualifiedName)
        val tagJson = names.map { tagJson(tags.idOf(it), propagate) }
        return client.save(updateOf(existing).field("addOrUpdateClassifications", JsonArray(tagJson)).build(), APPEND_TAGS)
    }

    /** Removes one tag as pyatlan's `remove_atlan_tag` does (vector `tags-remove`): `removeClassifications` with `appendTags=true`. */
    suspend fun <T : Asset> removeTag(type: AssetType<T>, qualifiedName: String, name: String): MutationResult {
        val existing = client.get(type, qualifiedName)
        val id = tags.idOf(name)
        // Only tags attached to the asset itself can be removed from it; propagated ones come from elsewhere.
        val own = existing.atlanTags.orEmpty().filter { it.entityGuid == null || it.entityGuid == existing.guid }
        if (own.none { it.typeName == id }) throw AtlanException.NotFound(
            "${type.typeName} $qualifiedName has no Atlan tag \"$name\" of its own", null, null,
            "It has: ${own.map { tags.nameOf(it.typeName) }}; a propagated tag is removed from the asset it comes from",
        )
        return client.save(updateOf(existing).field("removeClassifications", JsonArray(listOf(tagJson(id, false)))).build(), APPEND_TAGS)
    }

    /** The asset's type, qualifiedName and name under a placeholder GUID: the server matches it by qualifiedName. */
    private fun updateOf(existing: Asset) = Asset.trimToRequired(existing).guid("-" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE))

    /** A tag as Atlan's SDK writes one, every propagation option spelled out (Atlan's defaults). */
    private fun tagJson(id: String, propagate: Boolean) = JsonObject(
        mapOf(
            "typeName" to JsonPrimitive(id),
            "propagate" to JsonPrimitive(propagate),
            "removePropagationsOnEntityDelete" to JsonPrimitive(true),
            "restrictPropagationThroughLineage" to JsonPrimitive(false),
            "restrictPropagationThroughHierarchy" to JsonPrimitive(false),
        ),
    )

    suspend fun tagNames(asset: Asset): List<String> = asset.atlanTags.orEmpty().map { tags.nameOf(it.typeName) }

    suspend fun <T : Asset> setCustomMetadata(type: AssetType<T>, qualifiedName: String, set: String, values: Map<String, Any?>): MutationResult {
        val ids = customMetadata.set(set)
        val attributes = values.entries.associate { (attribute, value) -> customMetadata.attributeId(ids, attribute) to toJson(value) }
        val existing = client.get(type, qualifiedName)
        val update = Asset.trimToRequired(existing).field("businessAttributes", JsonObject(mapOf(ids.id to JsonObject(attributes)))).build()
        return client.save(update, SaveOptions.builder().replaceCustomMetadata(true).build())
    }

    suspend fun customMetadataOf(asset: Asset, set: String): Map<String, JsonElement> {
        val ids = customMetadata.set(set)
        val values = asset.businessAttributes?.get(ids.id) as? JsonObject ?: return emptyMap()
        val names = ids.attributes.entries.associate { (name, id) -> id to name }
        return values.entries.associate { (id, value) -> (names[id] ?: id) to value }
    }

    private companion object {
        val APPEND_TAGS: SaveOptions = SaveOptions.builder().appendAtlanTags(true).build()
    }

    private fun toJson(value: Any?): JsonElement = when (value) {
        null -> kotlinx.serialization.json.JsonNull
        is JsonElement -> value
        is String -> JsonPrimitive(value)
        is Number -> JsonPrimitive(value)
        is Boolean -> JsonPrimitive(value)
        is Iterable<*> -> JsonArray(value.map(::toJson))
        else -> throw IllegalArgumentException("A custom metadata value is a String, Number, Boolean, list of those or JSON, not ${value::class.simpleName}")
    }
}
