package dev.katalog.model.atlan.typedef

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.EqualByJson
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject

/** One attribute of a type definition: its type, cardinality and how the search index keeps it. */
@KeepGeneratedSerializer
@Serializable(with = AttributeDef.Serializer::class)
public class AttributeDef internal constructor(
    public val name: String,
    public val typeName: String,
    public val displayName: String? = null,
    public val description: String? = null,
    public val isOptional: Boolean? = null,
    public val cardinality: String? = null,
    public val valuesMinCount: Int? = null,
    public val valuesMaxCount: Int? = null,
    public val isUnique: Boolean? = null,
    public val isIndexable: Boolean? = null,
    public val includeInNotification: Boolean? = null,
    public val skipScrubbing: Boolean? = null,
    public val searchWeight: Int? = null,
    /** `STRING` makes the base index field a keyword; absent, a string's base field is analyzed text. */
    public val indexType: String? = null,
    /** Settings of the base index field (analyzer or normalizer). */
    public val indexTypeESConfig: JsonObject? = null,
    /** Extra index sub-fields by suffix, each with its `type` (keyword, text, rank_feature…). */
    public val indexTypeESFields: Map<String, JsonObject>? = null,
    public val options: JsonObject? = null,
    public val defaultValue: JsonElement? = null,
    /** Set on relationship attributes: the relationship type behind it. */
    public val relationshipTypeName: String? = null,
    public val isLegacyAttribute: Boolean? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : EqualByJson(), Lossless {
    /** A builder that starts from this attribute. */
    public fun toBuilder(): Builder = Builder(this)

    /** This attribute with what [change] sets changed, e.g. `with { displayName("Score") }`. */
    public fun with(change: Builder.() -> Unit): AttributeDef = toBuilder().apply(change).build()

    override fun wireJson(): String = KatalogJson.encode(Serializer, this)

    /** Builds an [AttributeDef]; unset values are left out of the JSON. */
    public class Builder internal constructor(start: AttributeDef) {
        private var name: String = start.name
        private var typeName: String = start.typeName
        private var displayName: String? = start.displayName
        private var description: String? = start.description
        private var isOptional: Boolean? = start.isOptional
        private var cardinality: String? = start.cardinality
        private var valuesMinCount: Int? = start.valuesMinCount
        private var valuesMaxCount: Int? = start.valuesMaxCount
        private var isUnique: Boolean? = start.isUnique
        private var isIndexable: Boolean? = start.isIndexable
        private var includeInNotification: Boolean? = start.includeInNotification
        private var skipScrubbing: Boolean? = start.skipScrubbing
        private var searchWeight: Int? = start.searchWeight
        private var indexType: String? = start.indexType
        private var indexTypeESConfig: JsonObject? = start.indexTypeESConfig
        private var indexTypeESFields: Map<String, JsonObject>? = start.indexTypeESFields
        private var options: JsonObject? = start.options
        private var defaultValue: JsonElement? = start.defaultValue
        private var relationshipTypeName: String? = start.relationshipTypeName
        private var isLegacyAttribute: Boolean? = start.isLegacyAttribute
        private var extras: JsonObject = start.extras

        public fun name(value: String): Builder = apply { name = value }
        public fun typeName(value: String): Builder = apply { typeName = value }
        public fun displayName(value: String?): Builder = apply { displayName = value }
        public fun description(value: String?): Builder = apply { description = value }
        public fun isOptional(value: Boolean?): Builder = apply { isOptional = value }
        public fun cardinality(value: String?): Builder = apply { cardinality = value }
        public fun valuesMinCount(value: Int?): Builder = apply { valuesMinCount = value }
        public fun valuesMaxCount(value: Int?): Builder = apply { valuesMaxCount = value }
        public fun isUnique(value: Boolean?): Builder = apply { isUnique = value }
        public fun isIndexable(value: Boolean?): Builder = apply { isIndexable = value }
        public fun includeInNotification(value: Boolean?): Builder = apply { includeInNotification = value }
        public fun skipScrubbing(value: Boolean?): Builder = apply { skipScrubbing = value }
        public fun searchWeight(value: Int?): Builder = apply { searchWeight = value }
        public fun indexType(value: String?): Builder = apply { indexType = value }
        public fun indexTypeESConfig(value: JsonObject?): Builder = apply { indexTypeESConfig = value }
        public fun indexTypeESFields(value: Map<String, JsonObject>?): Builder = apply { indexTypeESFields = value }
        public fun options(value: JsonObject?): Builder = apply { options = value }
        public fun defaultValue(value: JsonElement?): Builder = apply { defaultValue = value }
        public fun relationshipTypeName(value: String?): Builder = apply { relationshipTypeName = value }
        public fun isLegacyAttribute(value: Boolean?): Builder = apply { isLegacyAttribute = value }

        /** Keys this SDK does not model, sent as they are. */
        public fun extras(value: JsonObject): Builder = apply { extras = value }

        public fun build(): AttributeDef = AttributeDef(
            name, typeName, displayName, description, isOptional, cardinality, valuesMinCount, valuesMaxCount, isUnique, isIndexable,
            includeInNotification, skipScrubbing, searchWeight, indexType, indexTypeESConfig, indexTypeESFields, options, defaultValue,
            relationshipTypeName, isLegacyAttribute, extras,
        )
    }

    public companion object {
        /** A builder for an attribute; its [name] and [typeName] (`string`, `int`, `array<string>`, an enum's name…) are required. */
        @JvmStatic
        public fun builder(name: String, typeName: String): Builder = Builder(AttributeDef(name, typeName))
    }

    internal object Serializer : LosslessSerializer<AttributeDef>(generatedSerializer()) {
        override fun withExtras(value: AttributeDef, extras: JsonObject) = value.toBuilder().extras(extras).build()
    }
}
