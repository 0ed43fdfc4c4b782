// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.AttributeField
import dev.katalog.model.atlan.field.RelationField
import dev.katalog.model.atlan.field.TextField
import kotlinx.serialization.builtins.serializer
import kotlinx.serialization.json.JsonObject

/** The Atlan entity type __AtlasUserProfile. */
public interface AtlasUserProfile : Internal {
    public val atlasUserProfileName: String? get() = stringAttribute("__AtlasUserProfile.name")

    public val fullName: String? get() = stringAttribute("fullName")

    public val savedSearches: List<AtlasUserSavedSearch>? get() = relationsAttribute("savedSearches", AtlasUserSavedSearch)

    /** Typed setters of the attributes __AtlasUserProfile declares, returning the builder [B]. */
    public interface Setters<B> : Internal.Setters<B> {
        /** Sets __AtlasUserProfile.name. */
        public fun atlasUserProfileName(value: String?): B = attribute("__AtlasUserProfile.name", encodeAttribute(value, String.serializer()))

        /** Sets fullName. */
        public fun fullName(value: String?): B = attribute("fullName", encodeAttribute(value, String.serializer()))

        /** Sets savedSearches. */
        public fun savedSearches(value: List<AtlasUserSavedSearch>?): B = attribute("savedSearches", references(value))
    }

    /** Builds a __AtlasUserProfile: start from [creator] or [builder]. */
    public class Builder internal constructor(from: JsonObject?) : EntityBuilder<AtlasUserProfile, Builder>(AtlasUserProfile.Companion, from), Setters<Builder> {
        override fun self(): Builder = this
    }

    /** The __AtlasUserProfile type: its name, super types, builders and search fields. */
    public companion object : AssetType<AtlasUserProfile>("__AtlasUserProfile", listOf("__internal"), AtlasUserProfile::class.java) {
        override fun wrap(json: JsonObject): AtlasUserProfile = AtlasUserProfileImpl(json)

        /** This type, for Java callers: `AtlasUserProfile.TYPE`. */
        @JvmField
        public val TYPE: AssetType<AtlasUserProfile> = this

        /** A reference to the __AtlasUserProfile with [qualifiedName], to link assets: `AtlasUserProfile.refByQualifiedName("…")`. */
        @JvmStatic
        public fun refByQualifiedName(qualifiedName: String): AtlasUserProfile = referenceByQualifiedName(qualifiedName)

        /** A reference to the __AtlasUserProfile with [guid] (real, or a placeholder of the same save). */
        @JvmStatic
        public fun refByGuid(guid: String): AtlasUserProfile = referenceByGuid(guid)

        /** A builder for a new __AtlasUserProfile with only its type and a placeholder GUID set. */
        @JvmStatic
        public fun builder(): Builder = Builder(null)

        /** A builder starting from [existing], everything it has kept. */
        @JvmStatic
        public fun updater(existing: AtlasUserProfile): Builder = Builder(existing.json)

        /** A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor). */
        @JvmStatic
        public fun trimToRequired(existing: AtlasUserProfile): Builder = Builder(AssetCreators.requiredOf(existing))

        @JvmField
        public val LINKS: RelationField = RelationField("links")

        @JvmField
        public val README: RelationField = RelationField("readme")

        @JvmField
        public val ATLAS_USER_PROFILE_NAME: TextField = TextField("__AtlasUserProfile.name", "__AtlasUserProfile.name")

        @JvmField
        public val FULL_NAME: TextField = TextField("fullName", "fullName")

        @JvmField
        public val SAVED_SEARCHES: AttributeField = AttributeField("savedSearches")
    }
}

internal class AtlasUserProfileImpl(json: JsonObject) : EntityImpl(json), AtlasUserProfile
