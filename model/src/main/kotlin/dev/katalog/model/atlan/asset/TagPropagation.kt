package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * How an Atlan tag put on an asset spreads to others: [propagate] to the asset's descendants in the hierarchy
 * (schema → tables → columns) and downstream through lineage, unless restricted; [removePropagationsOnEntityDelete]
 * takes the copies away when the tagged asset is deleted. The defaults are Atlan's (pyatlan 9.10.3 `add_atlan_tags`).
 */
public class TagPropagation private constructor(
    public val propagate: Boolean,
    public val removePropagationsOnEntityDelete: Boolean,
    public val restrictPropagationThroughLineage: Boolean,
    public val restrictPropagationThroughHierarchy: Boolean,
) {
    /** A tag of hashed name [typeName] with these options, as Atlan's API takes one. */
    public fun tagJson(typeName: String): JsonObject = JsonObject(
        mapOf(
            "typeName" to JsonPrimitive(typeName),
            "propagate" to JsonPrimitive(propagate),
            "removePropagationsOnEntityDelete" to JsonPrimitive(removePropagationsOnEntityDelete),
            "restrictPropagationThroughLineage" to JsonPrimitive(restrictPropagationThroughLineage),
            "restrictPropagationThroughHierarchy" to JsonPrimitive(restrictPropagationThroughHierarchy),
        ),
    )

    public fun toBuilder(): Builder = Builder().propagate(propagate).removePropagationsOnEntityDelete(removePropagationsOnEntityDelete)
        .restrictPropagationThroughLineage(restrictPropagationThroughLineage).restrictPropagationThroughHierarchy(restrictPropagationThroughHierarchy)

    override fun equals(other: Any?): Boolean = other is TagPropagation && other.toString() == toString()
    override fun hashCode(): Int = toString().hashCode()
    override fun toString(): String = "TagPropagation(propagate=$propagate, removePropagationsOnEntityDelete=$removePropagationsOnEntityDelete, " +
        "restrictPropagationThroughLineage=$restrictPropagationThroughLineage, restrictPropagationThroughHierarchy=$restrictPropagationThroughHierarchy)"

    /** Builds [TagPropagation]; unset options keep Atlan's defaults. */
    public class Builder internal constructor() {
        private var propagate = false
        private var removePropagationsOnEntityDelete = true
        private var restrictPropagationThroughLineage = false
        private var restrictPropagationThroughHierarchy = false
        public fun propagate(value: Boolean): Builder = apply { propagate = value }
        public fun removePropagationsOnEntityDelete(value: Boolean): Builder = apply { removePropagationsOnEntityDelete = value }
        public fun restrictPropagationThroughLineage(value: Boolean): Builder = apply { restrictPropagationThroughLineage = value }
        public fun restrictPropagationThroughHierarchy(value: Boolean): Builder = apply { restrictPropagationThroughHierarchy = value }
        public fun build(): TagPropagation = TagPropagation(propagate, removePropagationsOnEntityDelete, restrictPropagationThroughLineage, restrictPropagationThroughHierarchy)
    }

    public companion object {
        /** The tag stays on the asset it is put on (Atlan's default). */
        @JvmField
        public val NONE: TagPropagation = Builder().build()

        /** The tag spreads through the hierarchy and lineage, and its copies go when the asset is deleted. */
        @JvmField
        public val FULL: TagPropagation = Builder().propagate(true).build()

        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
