package dev.katalog.client.custommetadata

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.atlan.SaveOptions
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Custom metadata on assets by the human names of sets and attributes (`client.customMetadata`), translated to
 * Atlan's hashed names through a cache of the set definitions. Java uses [CustomMetadataApiFutures].
 */
public class CustomMetadataApi internal constructor(private val assets: AssetsApi, private val sets: CustomMetadataCache) {

    /** Sets attributes (by human name) of the custom metadata set [set] on the asset; its other sets are left alone. */
    public suspend fun <T : Asset> set(type: AssetType<T>, qualifiedName: String, set: String, values: Map<String, Any?>): MutationResult {
        val ids = sets.set(set)
        val attributes = values.entries.associate { (attribute, value) -> sets.attributeId(ids, attribute) to toJson(attribute, value) }
        val existing = assets.get(type, qualifiedName)
        val update = Asset.trimToRequired(existing).field("businessAttributes", JsonObject(mapOf(ids.id to JsonObject(attributes)))).build()
        return assets.save(update, SaveOptions.builder().replaceCustomMetadata(true).build())
    }

    /** [asset]'s values of the custom metadata set [set], by human attribute name. */
    public suspend fun read(asset: Asset, set: String): Map<String, JsonElement> {
        val ids = sets.set(set)
        val values = asset.businessAttributes?.get(ids.id) as? JsonObject ?: return emptyMap()
        val names = ids.attributes.entries.associate { (name, id) -> id to name }
        return values.entries.associate { (id, value) -> (names[id] ?: id) to value }
    }

    override fun toString(): String = "CustomMetadataApi"

    private fun toJson(attribute: String, value: Any?): JsonElement = when (value) {
        null -> JsonNull
        is JsonElement -> value
        is String -> JsonPrimitive(value)
        is Number -> JsonPrimitive(value)
        is Boolean -> JsonPrimitive(value)
        is Iterable<*> -> JsonArray(value.map { toJson(attribute, it) })
        else -> throw UsageException(
            "The value of custom metadata attribute \"$attribute\" is a ${value::class.simpleName}",
            "Pass a String, Number, Boolean, a list of those, or a JsonElement",
        )
    }
}
