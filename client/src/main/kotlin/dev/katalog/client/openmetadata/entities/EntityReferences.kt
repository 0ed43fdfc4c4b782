package dev.katalog.client.openmetadata.entities

import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.type.EntityReference

/** A reference to [entity] (its id, kind and FQN), as lineage edges and owners take it. */
internal fun referenceOf(entity: OpenMetadataEntity): EntityReference =
    EntityReference(id = entity.id, type = kindOf(entity).type, fullyQualifiedName = entity.fullyQualifiedName)
