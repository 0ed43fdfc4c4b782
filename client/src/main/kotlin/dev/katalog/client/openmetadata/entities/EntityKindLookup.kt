package dev.katalog.client.openmetadata.entities

import dev.katalog.client.core.UsageException
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.OpenMetadataEntity
import kotlin.reflect.KClass

/** The kind of entities of [entityClass]; a [UsageException] when the SDK has no API for it. */
public fun <E : OpenMetadataEntity> EntityKinds.of(entityClass: KClass<E>): EntityKind<E> = ofEntityOrNull(entityClass)
    ?: throw UsageException("${entityClass.simpleName} has no OpenMetadata API in this SDK", "Use one of ${all.joinToString { it.entityClass.simpleName!! }}")

/** The kind [request] creates; a [UsageException] when the SDK cannot send it. */
public fun <E : OpenMetadataEntity> EntityKinds.of(request: CreateRequest<E>): EntityKind<E> = ofRequestOrNull(request)
    ?: throw UsageException("${request::class.simpleName} is not a create request this SDK can send", "Use one of ${all.joinToString { it.requestClass.simpleName!! }}")

/** The kind of [entity], typed as the entity is. */
internal fun <E : OpenMetadataEntity> kindOf(entity: E): EntityKind<E> {
    @Suppress("UNCHECKED_CAST")
    return EntityKinds.of(entity::class) as EntityKind<E>
}
