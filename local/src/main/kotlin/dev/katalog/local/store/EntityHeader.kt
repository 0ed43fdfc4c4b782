package dev.katalog.local.store

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObjectBuilder
import kotlinx.serialization.json.put

/** The fields of an entity header that follow its attributes, as Atlan's search and lineage answers both list them. */
internal object EntityHeader {
    /** Puts guid, status, display text, tags and terms (unless excluded), labels and the audit times of [asset]. */
    fun JsonObjectBuilder.putHeaderFields(asset: StoredAsset, excludeClassifications: Boolean, excludeMeanings: Boolean) {
        val source = asset.entity
        put("guid", asset.guid)
        put("status", asset.status)
        asset.name?.let { put("displayText", it) }
        if (!excludeClassifications) {
            put("classificationNames", source["classificationNames"] ?: JsonArray(emptyList()))
            put("classifications", source["classifications"] ?: JsonArray(emptyList()))
        }
        if (!excludeMeanings) {
            put("meaningNames", AssetDocument.meaningNames(source))
            put("meanings", AssetDocument.meanings(source))
        }
        put("isIncomplete", false)
        put("labels", source["labels"] ?: JsonArray(emptyList()))
        for (key in listOf("createdBy", "updatedBy", "createTime", "updateTime")) source[key]?.let { put(key, it) }
    }
}
