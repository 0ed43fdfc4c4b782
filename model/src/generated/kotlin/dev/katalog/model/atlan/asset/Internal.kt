// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.RelationField
import kotlinx.serialization.json.JsonObject

/** The Atlan entity type __internal. */
public interface Internal : Entity {
    public val links: Link? get() = relationAttribute("links", Link)

    public val readme: Readme? get() = relationAttribute("readme", Readme)

    /** The __internal type: its name, super types and search fields. */
    public companion object : AssetType<Internal>("__internal", listOf(), Internal::class.java) {
        override fun wrap(json: JsonObject): Internal = InternalImpl(json)

        @JvmField
        public val LINKS: RelationField = RelationField("links")

        @JvmField
        public val README: RelationField = RelationField("readme")
    }
}

internal class InternalImpl(json: JsonObject) : EntityImpl(json), Internal
