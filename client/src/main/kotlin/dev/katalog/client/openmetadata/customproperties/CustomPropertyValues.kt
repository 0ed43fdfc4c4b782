package dev.katalog.client.openmetadata.customproperties

import dev.katalog.client.core.UsageException
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.type.EntityReference
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The custom property values of one entity (its `extension`), by property name. [get] gives the raw JSON; the typed
 * getters read it as the property's type stores it and fail with a [UsageException] naming the property when it holds
 * something else. A property without a value is null (absent), never a failure.
 */
public class CustomPropertyValues internal constructor(public val entityType: String, public val entityFqn: String?, public val values: Map<String, JsonElement>) {
    /** The names of the properties that have a value. */
    public val names: Set<String> get() = values.keys

    /** The raw value of [name], or null when it has none. */
    public operator fun get(name: String): JsonElement? = values[name]

    /** A string, markdown, e-mail, date, time, duration or SQL query value. */
    public fun string(name: String): String? = values[name]?.let { value ->
        (value as? JsonPrimitive)?.takeIf { it.isString }?.content ?: wrong(name, value, "a string")
    }

    /** An integer, number or timestamp value. */
    public fun long(name: String): Long? = values[name]?.let { value ->
        (value as? JsonPrimitive)?.takeIf { !it.isString }?.content?.toLongOrNull() ?: wrong(name, value, "a whole number")
    }

    /** The chosen values of an enum property; empty when it has none. */
    public fun enumValues(name: String): List<String> = values[name]?.let { value ->
        (value as? JsonArray)?.map { (it as? JsonPrimitive)?.takeIf { p -> p.isString }?.content ?: wrong(name, value, "a list of enum values") }
            ?: wrong(name, value, "a list of enum values")
    }.orEmpty()

    /** An entity reference value. */
    public fun reference(name: String): EntityReference? = values[name]?.let { value ->
        (value as? JsonObject)?.let { KatalogJson.decode(EntityReference.serializer(), it) } ?: wrong(name, value, "an entity reference")
    }

    /** An entity reference list value; empty when it has none. */
    public fun references(name: String): List<EntityReference> = values[name]?.let { value ->
        (value as? JsonArray)?.map { KatalogJson.decode(EntityReference.serializer(), it as? JsonObject ?: wrong(name, value, "a list of entity references")) }
            ?: wrong(name, value, "a list of entity references")
    }.orEmpty()

    override fun toString(): String = "CustomPropertyValues($entityType ${entityFqn.orEmpty()}: ${values.keys.sorted().joinToString()})"

    private fun wrong(name: String, value: JsonElement, expected: String): Nothing = throw UsageException(
        "Custom property $name of $entityType ${entityFqn.orEmpty()} holds ${value.toString().take(60)}, not $expected",
        "Read it with the getter of its property type, or as raw JSON with get(\"$name\")",
    )
}
