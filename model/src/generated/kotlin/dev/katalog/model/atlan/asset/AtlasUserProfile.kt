// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.AttributeField
import dev.katalog.model.atlan.field.RelationField
import dev.katalog.model.atlan.field.TextField
import kotlinx.serialization.json.JsonObject

/** The Atlan entity type __AtlasUserProfile. */
public interface AtlasUserProfile : Internal {
    public val atlasUserProfileName: String? get() = stringAttribute("__AtlasUserProfile.name")

    public val fullName: String? get() = stringAttribute("fullName")

    public val savedSearches: List<AtlasUserSavedSearch>? get() = relationsAttribute("savedSearches", AtlasUserSavedSearch)

    /** The __AtlasUserProfile type: its name, super types and search fields. */
    public companion object : AssetType<AtlasUserProfile>("__AtlasUserProfile", listOf("__internal"), AtlasUserProfile::class.java) {
        override fun wrap(json: JsonObject): AtlasUserProfile = AtlasUserProfileImpl(json)

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
