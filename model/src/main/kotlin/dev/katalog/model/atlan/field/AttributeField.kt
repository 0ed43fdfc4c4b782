package dev.katalog.model.atlan.field

/** An attribute the index keeps without a searchable field (maps and structs): it can be included on results. */
public class AttributeField(
    override val attribute: String,
) : AttributeHandle {
    override fun toString(): String = attribute
}
