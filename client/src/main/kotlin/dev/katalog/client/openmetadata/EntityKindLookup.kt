package dev.katalog.client.openmetadata

import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.EntityKind
import dev.katalog.model.openmetadata.EntityKinds
import dev.katalog.model.openmetadata.OpenMetadataEntity
import kotlin.reflect.KClass

/** The kind of entities of [entityClass]; [OpenMetadataException.Usage] when the SDK has no API for it. */
public fun <E : OpenMetadataEntity> EntityKinds.of(entityClass: KClass<E>): EntityKind<E> = ofEntityOrNull(entityClass)
    ?: throw OpenMetadataException.Usage("${entityClass.simpleName} has no OpenMetadata API in this SDK", "Use one of ${all.joinToString { it.entityClass.simpleName!! }}")

/** The kind [request] creates; [OpenMetadataException.Usage] when the SDK cannot send it. */
public fun <E : OpenMetadataEntity> EntityKinds.of(request: CreateRequest<E>): EntityKind<E> = ofRequestOrNull(request)
    ?: throw OpenMetadataException.Usage("${request::class.simpleName} is not a create request this SDK can send", "Use one of ${all.joinToString { it.requestClass.simpleName!! }}")
