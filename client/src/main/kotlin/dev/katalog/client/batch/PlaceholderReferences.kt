package dev.katalog.client.batch

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Rewrites references to placeholder GUIDs (`"-123"`) that earlier saves turned into real GUIDs. */
internal object PlaceholderReferences {
    /** [asset] with every reference to a placeholder that [guidOf] knows rewritten to its GUID. */
    fun resolve(asset: Asset, guidOf: (String) -> String?): Asset {
        var changed = false
        fun rewrite(element: JsonElement, depth: Int): JsonElement {
            val placeholder = if (element is JsonObject && depth > 0) placeholderOf(element) else null
            val guid = placeholder?.let(guidOf)
            return when {
                guid != null -> {
                    changed = true
                    JsonObject((element as JsonObject) + ("guid" to JsonPrimitive(guid)))
                }
                element is JsonArray -> JsonArray(element.map { rewrite(it, depth + 1) })
                element is JsonObject && depth <= 1 -> JsonObject(element.mapValues { rewrite(it.value, depth + 1) })
                else -> element
            }
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

    /** The placeholders [asset] refers to in its attributes and relationships. */
    fun referencedBy(asset: Asset): Set<String> {
        val found = HashSet<String>()
        fun visit(element: JsonElement, depth: Int) {
            when {
                element is JsonObject && depth > 0 && placeholderOf(element) != null -> found += placeholderOf(element)!!
                element is JsonArray -> element.forEach { visit(it, depth + 1) }
                element is JsonObject && depth <= 1 -> element.values.forEach { visit(it, depth + 1) }
            }
        }
        asset.json["attributes"]?.let { visit(it, 0) }
        asset.json["relationshipAttributes"]?.let { visit(it, 0) }
        return found
    }

    private fun placeholderOf(reference: JsonObject): String? =
        (reference["guid"] as? JsonPrimitive)?.content?.takeIf { it.startsWith("-") }
}
