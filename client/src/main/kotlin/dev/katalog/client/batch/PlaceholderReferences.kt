package dev.katalog.client.batch

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Rewrites references to placeholder GUIDs (`"-123"`) that earlier saves turned into real GUIDs. */
internal object PlaceholderReferences {
    fun resolve(asset: Asset, assigned: Map<String, String>): Asset {
        if (assigned.isEmpty()) return asset
        var changed = false
        fun rewrite(element: JsonElement, depth: Int): JsonElement = when {
            element is JsonObject && depth > 0 && (element["guid"] as? JsonPrimitive)?.content?.let { it.startsWith("-") && it in assigned } == true -> {
                changed = true
                JsonObject(element + ("guid" to JsonPrimitive(assigned.getValue((element["guid"] as JsonPrimitive).content))))
            }
            element is JsonArray -> JsonArray(element.map { rewrite(it, depth + 1) })
            element is JsonObject && depth <= 1 -> JsonObject(element.mapValues { rewrite(it.value, depth + 1) })
            else -> element
        }
        val json = asset.json
        val attributes = json["attributes"]?.let { rewrite(it, 0) }
        val relationships = json["relationshipAttributes"]?.let { rewrite(it, 0) }
        if (!changed) return asset
        val out = LinkedHashMap(json)
        attributes?.let { out["attributes"] = it }
        relationships?.let { out["relationshipAttributes"] = it }
        return AtlanTypes.wrap(JsonObject(out)) as? Asset ?: asset
    }
}
