package dev.katalog.model.openmetadata.kinds

import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.OpenMetadataEntity
import kotlinx.serialization.KSerializer
import kotlin.reflect.KClass

/**
 * One kind of OpenMetadata entity and where the API keeps it: [type] as references name it (`table`), its
 * collection [path] under `/api/v1` (`/tables`), the [createSchema] its create request validates against, the
 * [entitySchema] of the entity itself, and its [searchIndex]. All kinds are in [EntityKinds]; clients and
 * servers read the same facts from there.
 */
public class EntityKind<E : OpenMetadataEntity> internal constructor(
    public val type: String,
    public val path: String,
    public val createSchema: String,
    public val entitySchema: String,
    public val searchIndex: String,
    public val entityClass: KClass<E>,
    /** Reads and writes the entity. */
    public val serializer: KSerializer<E>,
    public val requestClass: KClass<out CreateRequest<E>>,
    /** Reads and writes the create request. */
    public val requestSerializer: KSerializer<out CreateRequest<E>>,
) {
    override fun toString(): String = "EntityKind($type)"
}
