package dev.katalog.client.openmetadata.customproperties

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.entity.Type
import dev.katalog.model.openmetadata.kinds.EntityKind
import kotlinx.serialization.json.JsonElement
import java.util.concurrent.CompletableFuture

/**
 * [CustomPropertiesApi] for Java: each call returns a [CompletableFuture] that fails with an [OpenMetadataException], or
 * with a `UsageException` for a value its property does not take (before anything is sent). Values come from [CustomValue].
 */
public class CustomPropertiesApiFutures internal constructor(private val api: CustomPropertiesApi, private val bridge: JavaBridge) {
    /** The property types a custom property may have. */
    public fun propertyTypes(): CompletableFuture<List<Type>> = bridge.future { api.propertyTypes() }

    /** The entity type of [kind] with its custom properties. */
    public fun entityType(kind: EntityKind<*>): CompletableFuture<Type> = bridge.future { api.entityType(kind) }

    /** Adds [definition] to the entity type of [kind], or replaces the property of that name. */
    public fun addProperty(kind: EntityKind<*>, definition: CustomPropertyDefinition): CompletableFuture<Type> = bridge.future { api.addProperty(kind, definition) }

    /** The custom property values of [entity]. */
    public fun <E : OpenMetadataEntity> values(entity: E): CompletableFuture<CustomPropertyValues> = bridge.future { api.values(entity) }

    /** Sets the custom property [name] of [entity] to [value]. */
    public fun <E : OpenMetadataEntity> setValue(entity: E, name: String, value: JsonElement): CompletableFuture<E> = bridge.future { api.setValue(entity, name, value) }

    /** Sets several custom property values of [entity] in one patch. */
    public fun <E : OpenMetadataEntity> setValues(entity: E, values: Map<String, JsonElement>): CompletableFuture<E> = bridge.future { api.setValues(entity, values) }

    /** Removes the value of the custom property [name] from [entity]. */
    public fun <E : OpenMetadataEntity> removeValue(entity: E, name: String): CompletableFuture<E> = bridge.future { api.removeValue(entity, name) }
}
