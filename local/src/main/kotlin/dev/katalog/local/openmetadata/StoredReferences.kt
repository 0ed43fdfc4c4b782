package dev.katalog.local.openmetadata

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * References a write gives as `{id, type}`, checked against what the catalog holds and stored in full, as OpenMetadata
 * 1.4 does (openmetadata-service/src/main/java/org/openmetadata/service/jdbi3/EntityRepository.java: `validateDomain`
 * for an entity's domain; `EntityUtil.populateEntityReferences` for a data product's assets): each must name a live
 * entity (404 otherwise); a domain must be a domain.
 */
internal class StoredReferences(private val index: EntityIndex) {
    suspend fun domain(reference: JsonObject): JsonObject {
        if (reference.str("type") != EntityKinds.DOMAIN.type) {
            throw OpenMetadataErrors.badRequest("A domain reference has type domain, not ${reference.str("type")?.take(60)}")
        }
        return one(reference)
    }

    suspend fun list(references: JsonArray): JsonArray =
        JsonArray(references.map { one(it.obj() ?: throw OpenMetadataErrors.badRequest("An entity reference is an object with id and type")) }.distinctBy { it.str("id") })

    suspend fun one(reference: JsonObject): JsonObject {
        val type = reference.str("type").orEmpty()
        val id = reference.str("id").orEmpty()
        // Entity.getEntityRepository: a type without a repository is "Entity type X not found".
        val kind = EntityKinds.ofType(type) ?: throw CatalogException.NotFound("Entity type ${type.take(60)} not found")
        val found = index.get(kind, id)?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound(type, id)
        return EntityReference.of(type, found)
    }
}
