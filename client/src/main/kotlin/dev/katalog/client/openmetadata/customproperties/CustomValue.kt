package dev.katalog.client.openmetadata.customproperties

import dev.katalog.model.openmetadata.type.EntityReference
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/**
 * Custom property values in the shape OpenMetadata 1.4 stores them, for Kotlin and Java alike:
 * `CustomValue.of("Finance")`, `CustomValue.enumOf("Gold")`, `CustomValue.reference(ref)`.
 */
public object CustomValue {
    /** A string, markdown, e-mail, duration, SQL query, date (`2024-05-31`) or time value. */
    @JvmStatic
    public fun of(text: String): JsonElement = JsonPrimitive(text)

    /** An integer, number or timestamp (epoch milliseconds) value. */
    @JvmStatic
    public fun of(number: Long): JsonElement = JsonPrimitive(number)

    /** An enum value: the chosen values (one unless the property is multi-select). */
    @JvmStatic
    public fun enumOf(vararg values: String): JsonElement = JsonArray(values.map { JsonPrimitive(it) })

    /** A time interval from [start] to [end], epoch milliseconds. */
    @JvmStatic
    public fun interval(start: Long, end: Long): JsonElement = buildJsonObject { put("start", start); put("end", end) }

    /** An entity reference value: the server needs the id and type. */
    @JvmStatic
    public fun reference(reference: EntityReference): JsonElement = buildJsonObject { put("id", reference.id); put("type", reference.type) }

    /** An entity reference list value. */
    @JvmStatic
    public fun references(references: List<EntityReference>): JsonElement = JsonArray(references.map { reference(it) })
}
