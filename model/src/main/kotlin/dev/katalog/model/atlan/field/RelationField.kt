package dev.katalog.model.atlan.field

/** A relationship to other assets: it can be included on results but not searched. */
public class RelationField(
    override val attribute: String,
) : AttributeHandle {
    override fun toString(): String = attribute
}
