package dev.katalog.client.names

import dev.katalog.client.core.UsageException
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.booleanOrNull
import kotlinx.serialization.json.doubleOrNull
import kotlinx.serialization.json.longOrNull
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset

/**
 * One attribute of a custom metadata set, with its human and hashed names and the kind of value it takes.
 * Values are checked against that kind before anything is sent ([toJson]) and read back typed ([fromJson]).
 */
public class CustomMetadataAttribute internal constructor(
    /** The set's hashed name, e.g. `VAyiOnGbcBi9kQAvj8dkjS`. */
    public val setId: String,
    /** The set's display name, e.g. `Monte Carlo`. */
    public val setName: String,
    /** The attribute's hashed name: the index field searches use. */
    public val id: String,
    /** The attribute's display name. */
    public val name: String,
    public val type: CustomMetadataType,
    /** Whether it holds a list of values. */
    public val multiValued: Boolean,
    /** For [CustomMetadataType.ENUM]: the values allowed; empty otherwise. */
    public val enumValues: List<String>,
) {
    /** [value] as the JSON Atlan stores; a [UsageException] naming this attribute when [value] does not fit its [type]. */
    public fun toJson(value: Any?): JsonElement = when {
        value == null -> JsonNull
        multiValued -> JsonArray(((value as? Iterable<*>)?.toList() ?: listOf(value)).map { single(it) })
        value is Iterable<*> -> throw refused(value, "It holds one value: pass a single one")
        else -> single(value)
    }

    /** A stored value read as this attribute's type: String, Long, Double, Boolean or Instant (a List when [multiValued]). */
    public fun fromJson(json: JsonElement): Any? = when (json) {
        is JsonNull -> null
        is JsonArray -> json.map { fromJson(it) }
        is JsonPrimitive -> when (type) {
            CustomMetadataType.INTEGER -> json.longOrNull ?: json.content
            CustomMetadataType.DECIMAL -> json.doubleOrNull ?: json.content
            CustomMetadataType.BOOLEAN -> json.booleanOrNull ?: json.content
            CustomMetadataType.DATE -> json.longOrNull?.let(Instant::ofEpochMilli) ?: json.content
            else -> json.content
        }
        else -> json
    }

    private fun single(value: Any?): JsonElement = when (type) {
        CustomMetadataType.TEXT, CustomMetadataType.URL, CustomMetadataType.USER, CustomMetadataType.GROUP ->
            JsonPrimitive(value as? String ?: throw refused(value, "Pass a String"))
        CustomMetadataType.ENUM -> {
            val text = value as? String ?: (value as? Enum<*>)?.name ?: throw refused(value, "Pass one of $enumValues")
            if (enumValues.isNotEmpty() && text !in enumValues) throw refused(value, "Pass one of $enumValues")
            JsonPrimitive(text)
        }
        CustomMetadataType.INTEGER -> when (value) {
            is Int, is Long, is Short, is Byte -> JsonPrimitive((value as Number).toLong())
            else -> throw refused(value, "Pass an Int or a Long")
        }
        CustomMetadataType.DECIMAL -> when {
            value is Number && value.toDouble().isFinite() -> JsonPrimitive(value)
            else -> throw refused(value, "Pass a finite number")
        }
        CustomMetadataType.BOOLEAN -> JsonPrimitive(value as? Boolean ?: throw refused(value, "Pass true or false"))
        CustomMetadataType.DATE -> JsonPrimitive(
            when (value) {
                is Instant -> value.toEpochMilli()
                is LocalDate -> value.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                is java.util.Date -> value.time
                is Long, is Int -> (value as Number).toLong()
                else -> throw refused(value, "Pass an Instant, a LocalDate or epoch milliseconds")
            },
        )
    }

    private fun refused(value: Any?, fix: String) = UsageException(
        "Custom metadata attribute \"$setName\" > \"$name\" takes ${if (multiValued) "a list of values, each " else ""}${type.described}, " +
            "not the ${value?.let { it::class.simpleName } ?: "null"} ${quoted(value)}",
        fix,
    )

    private fun quoted(value: Any?) = if (value is String) "\"$value\"" else value.toString()

    override fun toString(): String = "CustomMetadataAttribute($setName > $name: $type${if (multiValued) "[]" else ""})"
}
