package dev.katalog.dsl.tree

import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonPrimitive
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset

/**
 * The attributes of one custom metadata set in a tree, by display names: `customMetadata("Quality") { "Score" to 92.5 }`.
 * Values are Strings, Numbers, Booleans, Instants, LocalDates or lists of those; the client checks each against the
 * attribute's type when the tree is planned.
 */
@CatalogDslMarker
public class CustomMetadataScope internal constructor() {
    internal val values = LinkedHashMap<String, JsonElement>()

    /** Sets the attribute named by this string (its display name) to [value]. */
    public infix fun String.to(value: Any?) {
        values[this] = valueOf(value)
    }

    internal companion object {
        /** [value] as the JSON a custom metadata attribute stores (dates as epoch milliseconds, as Atlan keeps them). */
        fun valueOf(value: Any?): JsonElement = when (value) {
            is Instant -> JsonPrimitive(value.toEpochMilli())
            is LocalDate -> JsonPrimitive(value.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli())
            is Iterable<*> -> kotlinx.serialization.json.JsonArray(value.map(::valueOf))
            else -> AssetNode.byNameValue(value)
        }
    }
}
