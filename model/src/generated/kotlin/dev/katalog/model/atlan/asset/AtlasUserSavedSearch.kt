// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.RelationField
import dev.katalog.model.atlan.field.TextField
import kotlinx.serialization.builtins.serializer
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

    /** Typed setters of the attributes __AtlasUserSavedSearch declares, returning the builder [B]. */
    public interface Setters<B> : Internal.Setters<B> {
        /** Sets __AtlasUserSavedSearch.name. */
        public fun atlasUserSavedSearchName(value: String?): B = attribute("__AtlasUserSavedSearch.name", encodeAttribute(value, String.serializer()))

        /** Sets ownerName. */
        public fun ownerName(value: String?): B = attribute("ownerName", encodeAttribute(value, String.serializer()))

        /** Sets searchType. */
        public fun searchType(value: String?): B = attribute("searchType", encodeAttribute(value, String.serializer()))

        /** Sets uniqueName. */
        public fun uniqueName(value: String?): B = attribute("uniqueName", encodeAttribute(value, String.serializer()))

        /** Sets searchParameters. */
        public fun searchParameters(value: String?): B = attribute("searchParameters", encodeAttribute(value, String.serializer()))

        /** Sets uiParameters. */
        public fun uiParameters(value: String?): B = attribute("uiParameters", encodeAttribute(value, String.serializer()))

        /** Sets userProfile. */
        public fun userProfile(value: AtlasUserProfile?): B = attribute("userProfile", reference(value))
    }

    /** Builds a __AtlasUserSavedSearch: start from [creator] or [builder]. */
    public class Builder internal constructor(from: JsonObject?) : EntityBuilder<AtlasUserSavedSearch, Builder>(AtlasUserSavedSearch.Companion, from), Setters<Builder> {
        override fun self(): Builder = this
    }

    /** The __AtlasUserSavedSearch type: its name, super types, builders and search fields. */
    public companion object : AssetType<AtlasUserSavedSearch>("__AtlasUserSavedSearch", listOf("__internal"), AtlasUserSavedSearch::class.java) {
        override fun wrap(json: JsonObject): AtlasUserSavedSearch = AtlasUserSavedSearchImpl(json)

        /** This type, for Java callers: `AtlasUserSavedSearch.TYPE`. */
        @JvmField
        public val TYPE: AssetType<AtlasUserSavedSearch> = this

        /** A reference to the __AtlasUserSavedSearch with [qualifiedName], to link assets: `AtlasUserSavedSearch.refByQualifiedName("…")`. */
        @JvmStatic
        public fun refByQualifiedName(qualifiedName: String): AtlasUserSavedSearch = referenceByQualifiedName(qualifiedName)

        /** A reference to the __AtlasUserSavedSearch with [guid] (real, or a placeholder of the same save). */
        @JvmStatic
        public fun refByGuid(guid: String): AtlasUserSavedSearch = referenceByGuid(guid)

        /** A builder for a new __AtlasUserSavedSearch with only its type and a placeholder GUID set. */
        @JvmStatic
        public fun builder(): Builder = Builder(null)

        /** A builder starting from [existing], everything it has kept. */
        @JvmStatic
        public fun updater(existing: AtlasUserSavedSearch): Builder = Builder(existing.json)

        /** A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor). */
        @JvmStatic
        public fun trimToRequired(existing: AtlasUserSavedSearch): Builder = Builder(AssetCreators.requiredOf(existing))

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
