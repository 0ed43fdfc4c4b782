package dev.katalog.dsl.tree

import kotlinx.serialization.json.JsonElement

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
        values[this] = AssetNode.customMetadataValueOf(value)
    }
}

