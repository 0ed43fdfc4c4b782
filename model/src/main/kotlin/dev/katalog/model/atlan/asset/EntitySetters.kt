package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonElement

/**
 * The root of the generated typed setters (`Table.Setters`): every setter writes one attribute through
 * [attribute] and returns the builder [B], so calls chain from Kotlin and Java alike.
 */
public interface EntitySetters<B> {
    /** Sets the attribute [name] to [value] as JSON; `null` clears it on save. Use it for attributes this SDK does not know. */
    public fun attribute(name: String, value: JsonElement?): B
}
