package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonElement

/**
 * The root of the generated typed setters (`Table.Setters`): every setter writes one attribute through
 * [attribute] and returns the builder [B], so calls chain from Kotlin and Java alike. Each attribute is also an
 * assignable property (`rowCount = 5` is `rowCount(5)`), for builder scopes: `Table.updater(qn, name).apply { rowCount = 5 }`.
 */
public interface EntitySetters<B> {
    /** Sets the attribute [name] to [value] as JSON; `null` clears it on save. Use it for attributes this SDK does not know. */
    public fun attribute(name: String, value: JsonElement?): B

    /** The value set so far for the attribute [name], or null; the generated setter properties read through it. */
    public fun attributeValue(name: String): JsonElement?
}
