package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset

/** Custom metadata values as JSON before the client knows their attributes' types (it checks them when it saves). */
internal object CustomMetadataValues {
    fun toJson(set: String, attribute: String, value: Any?): JsonElement = when (value) {
        null -> JsonNull
        is JsonElement -> value
        is String -> JsonPrimitive(value)
        is Number -> JsonPrimitive(value)
        is Boolean -> JsonPrimitive(value)
        is Enum<*> -> JsonPrimitive(value.name)
        is Instant -> JsonPrimitive(value.toEpochMilli())
        is LocalDate -> JsonPrimitive(value.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli())
        is java.util.Date -> JsonPrimitive(value.time)
        is Iterable<*> -> JsonArray(value.map { toJson(set, attribute, it) })
        else -> throw IllegalArgumentException(
            "Custom metadata \"$set\" > \"$attribute\" cannot take a ${value::class.simpleName}: " +
                "pass a String, Number, Boolean, Instant, LocalDate, a list of those, or null",
        )
    }
}
