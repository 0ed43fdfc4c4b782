package dev.katalog.client.custommetadata

import dev.katalog.client.core.CloseNames
import dev.katalog.client.core.UsageException
import dev.katalog.client.names.CustomMetadataAttribute

/**
 * One custom metadata set's values on an asset, by attribute display name, each typed by its attribute
 * (String, Long, Double, Boolean, Instant, or a List of those): `values["Monte Carlo Table URL"]`.
 */
public class CustomMetadataValues internal constructor(
    /** The set's display name. */
    public val set: String,
    private val attributes: List<CustomMetadataAttribute>,
    /** The values the asset has, by attribute display name (attributes without a value are absent). */
    public val values: Map<String, Any?>,
) {
    /** The value of [attribute] (display name), or null when the asset has none; a [UsageException] for an attribute the set lacks. */
    public operator fun get(attribute: String): Any? {
        if (attributes.none { it.name == attribute }) throw UsageException(
            "The custom metadata set \"$set\" has no attribute \"$attribute\"",
            CloseNames.of(attribute, attributes.map { it.name }).let { if (it.isEmpty()) "Use one of: ${attributes.map { a -> a.name }.sorted()}" else "Did you mean ${it.joinToString(" or ") { n -> "\"$n\"" }}?" },
        )
        return values[attribute]
    }

    /** Whether the asset has no value in this set. */
    public fun isEmpty(): Boolean = values.isEmpty()

    override fun equals(other: Any?): Boolean = other is CustomMetadataValues && other.set == set && other.values == values
    override fun hashCode(): Int = set.hashCode() * 31 + values.hashCode()
    override fun toString(): String = "CustomMetadataValues($set: $values)"
}
