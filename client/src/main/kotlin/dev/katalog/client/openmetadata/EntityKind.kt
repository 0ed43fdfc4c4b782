package dev.katalog.client.openmetadata

import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.OpenMetadataEntity
import kotlinx.serialization.KSerializer
import kotlin.reflect.KClass

/**
 * One kind of OpenMetadata entity and where the API keeps it: [type] as references name it (`table`), its
 * collection [path] under `/api/v1` (`/tables`), the [createSchema] its create request validates against,
 * and its [searchIndex]. All kinds are in [EntityKinds].
 */
public class EntityKind<E : OpenMetadataEntity> internal constructor(
    public val type: String,
    public val path: String,
    public val createSchema: String,
    public val searchIndex: String,
    public val entityClass: KClass<E>,
    internal val serializer: KSerializer<E>,
    internal val requestClass: KClass<out CreateRequest<E>>,
    internal val requestSerializer: KSerializer<out CreateRequest<E>>,
) {
    override fun toString(): String = "EntityKind($type)"
}
