package dev.katalog.client.openmetadata.customproperties

import dev.katalog.client.core.UsageException
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.time.LocalDate
import java.time.LocalTime
import java.time.OffsetDateTime
import java.time.OffsetTime
import java.util.UUID

/**
 * A custom property value checked against its property, before it is sent, as OpenMetadata 1.4 checks it on the server
 * (open-metadata/OpenMetadata 1.4.x: the JSON Schema of each property type in openmetadata-spec's `type/basic.json` and
 * `type/customProperties/complexTypes.json`, and `jdbi3/EntityRepository.java` `validateEnumKeys` for enums). 1.4's
 * `number` is an integer, as its schema says. A property type this SDK does not know is left to the server.
 */
internal object CustomPropertyValueChecks {
    // type/basic.json#/definitions/email in 1.4: the pattern and lengths the server validates with.
    private val EMAIL = Regex("""^[\S.!#$%&’*+/=?^_`{|}~-]+@\S+\.\S+$""")

    fun check(entityType: String, property: KnownProperty, value: JsonElement) {
        val name = property.name
        fun fail(expected: String, example: String): Nothing = throw UsageException(
            "Custom property $name of $entityType is of type ${property.propertyType}: ${describe(value)} is not $expected",
            "Pass $example",
        )
        UsageException.check(value !is JsonNull, { "Custom property $name of $entityType cannot be set to null" }, "Remove the value with om.customProperties.removeValue(entity, \"$name\")")
        when (property.propertyType) {
            "integer", "number", "timestamp" -> if (!value.isIntegral()) fail("a whole number", "a whole number, e.g. CustomValue.of(42L)")
            "string", "markdown", "sqlQuery", "duration" -> if (!value.isText()) fail("a string", "a string, e.g. CustomValue.of(\"text\")")
            "email" -> {
                val text = value.text() ?: fail("a string", "an e-mail address, e.g. CustomValue.of(\"steward@example.com\")")
                if (text.length !in 6..127 || !EMAIL.matches(text)) fail("an e-mail address", "an e-mail address of 6 to 127 characters, e.g. steward@example.com")
            }
            "date" -> if (!parses(value) { LocalDate.parse(it) }) fail("a date", "an ISO date, e.g. CustomValue.of(\"2024-05-31\")")
            "dateTime" -> if (!parses(value) { OffsetDateTime.parse(it) }) fail("a date and time", "an RFC 3339 date-time, e.g. \"2024-05-31T12:00:00Z\"")
            "time" -> if (!parses(value) { runCatching { OffsetTime.parse(it) }.getOrElse { _ -> LocalTime.parse(it) } }) fail("a time", "a time, e.g. \"12:30:00Z\"")
            "timeInterval" -> {
                val interval = value as? JsonObject
                if (interval == null || interval.keys.any { it != "start" && it != "end" } || interval.values.any { !it.isIntegral() }) {
                    fail("a time interval", "CustomValue.interval(startMillis, endMillis)")
                }
            }
            "enum" -> checkEnum(entityType, property, value)
            "entityReference" -> if (!value.isReference()) fail("an entity reference", "CustomValue.reference(om.entities.referenceTo(entity))")
            "entityReferenceList" -> if (value !is JsonArray || value.any { !it.isReference() }) fail("a list of entity references", "CustomValue.references(listOf(om.entities.referenceTo(entity)))")
        }
    }

    // EntityRepository.validateEnumKeys: one value unless multi-select, every value among the configured ones.
    private fun checkEnum(entityType: String, property: KnownProperty, value: JsonElement) {
        val name = property.name
        val values = (value as? JsonArray)?.takeIf { array -> array.all { it.isText() } }?.map { it.text()!! } ?: throw UsageException(
            "Custom property $name of $entityType is an enum: ${describe(value)} is not a list of its values",
            "Pass a list of values, e.g. CustomValue.enumOf(\"${property.enumValues.firstOrNull() ?: "value"}\")",
        )
        UsageException.check(
            property.multiSelect || values.size <= 1,
            { "Custom property $name of $entityType takes one value, not ${values.size}" },
            "Pass one of ${property.enumValues.joinToString()}, or make the property multiSelect",
        )
        val unknown = values.filter { it !in property.enumValues }
        UsageException.check(
            unknown.isEmpty(),
            { "Custom property $name of $entityType does not allow ${unknown.joinToString()}" },
            "Pass values among ${property.enumValues.joinToString()}, or add them to the property with om.customProperties.addProperty",
        )
        UsageException.check(values.distinct().size == values.size, { "Custom property $name of $entityType is given a value twice" }, "Pass each value once")
    }

    private fun parses(value: JsonElement, parse: (String) -> Any): Boolean = value.text()?.let { runCatching { parse(it) }.isSuccess } == true

    private fun JsonElement.isText(): Boolean = this is JsonPrimitive && isString

    private fun JsonElement.text(): String? = (this as? JsonPrimitive)?.takeIf { it.isString }?.content

    private fun JsonElement.isIntegral(): Boolean = this is JsonPrimitive && !isString && this !is JsonNull && content.toLongOrNull() != null

    private fun JsonElement.isReference(): Boolean {
        val reference = this as? JsonObject ?: return false
        val id = reference["id"]?.text() ?: return false
        return runCatching { UUID.fromString(id) }.isSuccess && reference["type"]?.isText() == true
    }

    private fun describe(value: JsonElement): String = value.toString().let { if (it.length <= 60) it else it.take(60) + "…" }
}

/** What the client knows of a custom property: its name, property type name and enum config. */
internal class KnownProperty(val name: String, val propertyType: String, val enumValues: List<String>, val multiSelect: Boolean)
