package dev.katalog.client.openmetadata.entities

import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.type.EntityReference
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** A reference to [entity] (its id, kind and FQN), as lineage edges and owners take it. */
internal fun referenceOf(entity: OpenMetadataEntity): EntityReference =
    EntityReference(id = entity.id, type = kindOf(entity).type, fullyQualifiedName = entity.fullyQualifiedName)

/**
 * The reference [field] of [entity] when it is the entity's own: OpenMetadata 1.4 shows a table without an owner or a
 * domain its schema's, marked `"inherited": true` (jdbi3/TableRepository.java, setInheritedFields), which is not the
 * table's to set, remove or declare.
 */
internal fun ownReference(entity: JsonObject, field: String): JsonObject? =
    (entity[field] as? JsonObject)?.takeUnless { it["inherited"] == JsonPrimitive(true) }
