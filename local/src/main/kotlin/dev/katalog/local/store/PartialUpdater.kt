package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * `PUT /api/meta/entity/uniqueAttribute/type/{type}?attr:qualifiedName=…`: a partial update of the asset found by
 * type and qualifiedName. Only what is sent changes (a `null` clears an attribute); the answer lists the asset under
 * `PARTIAL_UPDATE`. As atlanhq/atlas-metastore answers it (webapp EntityREST.partialUpdateEntityByUniqueAttrs,
 * AtlasEntityStoreV2.updateByUniqueAttributes): an unknown type or asset is a 404, and the update never creates.
 */
internal class PartialUpdater(private val store: CatalogStore, private val writer: AssetWriter) {

    suspend fun update(typeName: String, qualifiedName: String?, body: JsonElement, user: String): JsonObject {
        if (store.types.entity(typeName) == null) {
            throw CatalogException.NotFound("Type ENTITY with name $typeName does not exist", "ATLAS-404-00-001")
        }
        if (qualifiedName.isNullOrEmpty()) throw CatalogException.BadRequest("Query parameter attr:qualifiedName is required")
        val entity = body.obj()?.obj("entity")
            ?: throw CatalogException.BadRequest("The request body needs an \"entity\" object (AtlasEntityWithExtInfo)")
        val sentType = entity.str("typeName")
        if (sentType != null && sentType != typeName) {
            throw CatalogException.BadRequest("The entity is a $sentType but the path names type $typeName")
        }
        val existing = store.index.byKeys(listOf("$typeName|$qualifiedName"))["$typeName|$qualifiedName"]
            ?: store.index.byQualifiedName(typeName, qualifiedName)
            ?: throw CatalogException.NotFound(
                "Instance $typeName with unique attribute {qualifiedName:$qualifiedName} does not exist",
                "ATLAS-404-00-009",
            )
        // The asset is the one the path names, whatever GUID or qualifiedName the body carries.
        val attributes = entity.obj("attributes").orEmpty() + ("qualifiedName" to JsonPrimitive(qualifiedName))
        val rebuilt = JsonObject(entity + mapOf("typeName" to JsonPrimitive(typeName), "guid" to JsonPrimitive(existing.guid), "attributes" to JsonObject(attributes)))
        val saved = writer.save(JsonObject(mapOf("entities" to JsonArray(listOf(rebuilt)))), SaveFlags(), user)
        val mutated = saved.obj("mutatedEntities").orEmpty()
        val headers = (mutated["UPDATE"] as? JsonArray).orEmpty() + (mutated["CREATE"] as? JsonArray).orEmpty()
        return JsonObject(mapOf("mutatedEntities" to JsonObject(mapOf("PARTIAL_UPDATE" to JsonArray(headers)))))
    }
}
