// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.RelationField
import kotlinx.serialization.json.JsonObject

/** The Atlan entity type __internal. */
public interface Internal : Entity {
    public val links: Link? get() = relationAttribute("links", Link)

    public val readme: Readme? get() = relationAttribute("readme", Readme)

    /** Typed setters of the attributes __internal declares, returning the builder [B]. */
    public interface Setters<B> : EntitySetters<B> {
        /** Sets links. */
        public fun links(value: Link?): B = attribute("links", reference(value))

        /** Sets readme. */
        public fun readme(value: Readme?): B = attribute("readme", reference(value))
    }

    /** Builds a __internal: start from [creator] or [builder]. */
    public class Builder internal constructor(from: JsonObject?) : EntityBuilder<Internal, Builder>(Internal.Companion, from), Setters<Builder> {
        override fun self(): Builder = this
    }

    /** The __internal type: its name, super types, builders and search fields. */
    public companion object : AssetType<Internal>("__internal", listOf(), Internal::class.java) {
        override fun wrap(json: JsonObject): Internal = InternalImpl(json)

        /** This type, for Java callers: `Internal.TYPE`. */
        @JvmField
        public val TYPE: AssetType<Internal> = this

        /** A reference to the __internal with [qualifiedName], to link assets: `Internal.refByQualifiedName("…")`. */
        @JvmStatic
        public fun refByQualifiedName(qualifiedName: String): Internal = referenceByQualifiedName(qualifiedName)

        /** A reference to the __internal with [guid] (real, or a placeholder of the same save). */
        @JvmStatic
        public fun refByGuid(guid: String): Internal = referenceByGuid(guid)

        /** A builder for a new __internal with only its type and a placeholder GUID set. */
        @JvmStatic
        public fun builder(): Builder = Builder(null)

        /** A builder starting from [existing], everything it has kept. */
        @JvmStatic
        public fun updater(existing: Internal): Builder = Builder(existing.json)

        /** A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor). */
        @JvmStatic
        public fun trimToRequired(existing: Internal): Builder = Builder(AssetCreators.requiredOf(existing))

        @JvmField
        public val LINKS: RelationField = RelationField("links")

        @JvmField
        public val README: RelationField = RelationField("readme")
    }
}

internal class InternalImpl(json: JsonObject) : EntityImpl(json), Internal
