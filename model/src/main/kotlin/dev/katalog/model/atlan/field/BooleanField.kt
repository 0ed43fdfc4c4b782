package dev.katalog.model.atlan.field

/** A boolean attribute, e.g. `isDiscoverable`. */
public class BooleanField(
    override val attribute: String,
    override val booleanField: String,
) : BooleanSearchable {
    override fun toString(): String = attribute
}
