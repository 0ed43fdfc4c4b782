package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The value [name] has on this builder so far, as an entity holding only that attribute: the generated setter
 * properties read it with the same typed readers as the entity's own properties, so a value that does not fit
 * fails the same way.
 */
internal fun EntitySetters<*>.attributeView(name: String): Entity {
    val value = attributeValue(name)
    val attributes = if (value == null) JsonObject(emptyMap()) else JsonObject(mapOf(name to value))
    return GenericAssetImpl(JsonObject(mapOf("typeName" to JsonPrimitive("Referenceable"), "attributes" to attributes)))
}
