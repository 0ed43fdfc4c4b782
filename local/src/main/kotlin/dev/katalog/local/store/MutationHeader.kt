package dev.katalog.local.store

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/** The short form of an entity that save and delete answers list under `mutatedEntities`. */
internal object MutationHeader {
    fun of(entity: JsonObject): JsonObject {
        val asset = StoredAsset(entity)
        return buildJsonObject {
            put("typeName", asset.typeName)
            putJsonObject("attributes") {
                asset.qualifiedName?.let { put("qualifiedName", it) }
                asset.name?.let { put("name", it) }
            }
            put("guid", asset.guid)
            put("status", asset.status)
            asset.name?.let { put("displayText", it) }
            put("classificationNames", entity["classificationNames"] ?: JsonArray(emptyList()))
            put("classifications", entity["classifications"] ?: JsonArray(emptyList()))
            put("meaningNames", AssetDocument.meaningNames(entity))
            put("meanings", AssetDocument.meanings(entity))
            put("isIncomplete", false)
            put("labels", entity["labels"] ?: JsonArray(emptyList()))
            entity["createdBy"]?.let { put("createdBy", it) }
            entity["updatedBy"]?.let { put("updatedBy", it) }
            entity["createTime"]?.let { put("createTime", it) }
            entity["updateTime"]?.let { put("updateTime", it) }
        }
    }
}
