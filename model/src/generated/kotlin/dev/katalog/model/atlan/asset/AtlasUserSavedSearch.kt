// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.RelationField
import dev.katalog.model.atlan.field.TextField
import kotlinx.serialization.json.JsonObject

/** The Atlan entity type __AtlasUserSavedSearch. */
public interface AtlasUserSavedSearch : Internal {
    public val atlasUserSavedSearchName: String? get() = stringAttribute("__AtlasUserSavedSearch.name")

    public val ownerName: String? get() = stringAttribute("ownerName")

    public val searchType: String? get() = stringAttribute("searchType")

    public val uniqueName: String? get() = stringAttribute("uniqueName")

    public val searchParameters: String? get() = stringAttribute("searchParameters")

    public val uiParameters: String? get() = stringAttribute("uiParameters")

    public val userProfile: AtlasUserProfile? get() = relationAttribute("userProfile", AtlasUserProfile)

    /** The __AtlasUserSavedSearch type: its name, super types and search fields. */
    public companion object : AssetType<AtlasUserSavedSearch>("__AtlasUserSavedSearch", listOf("__internal"), AtlasUserSavedSearch::class.java) {
        override fun wrap(json: JsonObject): AtlasUserSavedSearch = AtlasUserSavedSearchImpl(json)

        @JvmField
        public val LINKS: RelationField = RelationField("links")

        @JvmField
        public val README: RelationField = RelationField("readme")

        @JvmField
        public val ATLAS_USER_SAVED_SEARCH_NAME: TextField = TextField("__AtlasUserSavedSearch.name", "__AtlasUserSavedSearch.name")

        @JvmField
        public val OWNER_NAME: TextField = TextField("ownerName", "ownerName")

        @JvmField
        public val SEARCH_TYPE: TextField = TextField("searchType", "searchType")

        @JvmField
        public val UNIQUE_NAME: TextField = TextField("uniqueName", "uniqueName")

        @JvmField
        public val SEARCH_PARAMETERS: TextField = TextField("searchParameters", "searchParameters")

        @JvmField
        public val UI_PARAMETERS: TextField = TextField("uiParameters", "uiParameters")

        @JvmField
        public val USER_PROFILE: RelationField = RelationField("userProfile")
    }
}

internal class AtlasUserSavedSearchImpl(json: JsonObject) : EntityImpl(json), AtlasUserSavedSearch
