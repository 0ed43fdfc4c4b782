package dev.katalog.local.lineage

import dev.katalog.local.json.str
import dev.katalog.local.store.EntityHeader.putHeaderFields
import dev.katalog.local.store.StoredAsset
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/** An asset met on a lineage walk: its properties for filters, and its header as a lineage answer lists it. */
internal object LineageVertex {
    /** What filters compare: the asset's primitive attributes and Atlan's `__` properties. */
    fun properties(asset: StoredAsset, superTypes: List<String>): Map<String, List<String>> {
        val out = HashMap<String, List<String>>()
        for ((name, value) in asset.attributes) strings(value)?.let { out[name] = it }
        out["__typeName"] = listOf(asset.typeName)
        out["__superTypeNames"] = superTypes
        out["__state"] = listOf(asset.status)
        out["__guid"] = listOf(asset.guid)
        asset.entity["createdBy"]?.let(::strings)?.let { out["__createdBy"] = it }
        asset.entity["updatedBy"]?.let(::strings)?.let { out["__modifiedBy"] = it }
        asset.entity["createTime"]?.let(::strings)?.let { out["__timestamp"] = it }
        asset.entity["updateTime"]?.let(::strings)?.let { out["__modificationTimestamp"] = it }
        return out
    }

    private fun strings(value: JsonElement): List<String>? = when (value) {
        is JsonNull -> null
        is JsonPrimitive -> listOf(value.content)
        is JsonArray -> value.mapNotNull { (it as? JsonPrimitive)?.takeIf { p -> p !is JsonNull }?.content }
        else -> null
    }

    /** The entity header of a lineage answer: requested [attributes], and tags and terms unless excluded; [depth] is its level. */
    fun header(asset: StoredAsset, attributes: List<String>, excludeMeanings: Boolean, excludeClassifications: Boolean, depth: Int): JsonObject = buildJsonObject {
        put("typeName", asset.typeName)
        putJsonObject("attributes") {
            for (name in attributes) asset.attributes[name]?.let { put(name, it) } ?: asset.relationships[name]?.let { put(name, it) }
            asset.qualifiedName?.let { put("qualifiedName", it) }
            asset.name?.let { put("name", it) }
        }
        putHeaderFields(asset, excludeClassifications, excludeMeanings)
        put("depth", depth)
    }

    /** A neighbour as `immediateUpstream` / `immediateDownstream` name it. */
    fun neighbour(asset: StoredAsset): JsonObject = buildJsonObject {
        put("guid", asset.guid)
        put("typeName", asset.typeName)
        asset.qualifiedName?.let { put("qualifiedName", it) }
        asset.name?.let { put("name", it) }
        asset.attributes.str("connectorName")?.let { put("connectorName", it) }
    }
}
