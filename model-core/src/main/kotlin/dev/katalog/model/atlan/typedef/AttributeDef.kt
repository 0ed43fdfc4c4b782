package dev.katalog.model.atlan.typedef

import dev.katalog.model.json.EmptyJsonObject
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
public data class AttributeDef(
    val name: String,
    val typeName: String,
    val displayName: String? = null,
    val description: String? = null,
    val isOptional: Boolean? = null,
    val cardinality: String? = null,
    val valuesMinCount: Int? = null,
    val valuesMaxCount: Int? = null,
    val isUnique: Boolean? = null,
    val isIndexable: Boolean? = null,
    val includeInNotification: Boolean? = null,
    val skipScrubbing: Boolean? = null,
    val searchWeight: Int? = null,
    /** `STRING` makes the base index field a keyword; absent, a string's base field is analyzed text. */
    val indexType: String? = null,
    /** Settings of the base index field (analyzer or normalizer). */
    val indexTypeESConfig: JsonObject? = null,
    /** Extra index sub-fields by suffix, each with its `type` (keyword, text, rank_feature…). */
    val indexTypeESFields: Map<String, JsonObject>? = null,
    val options: JsonObject? = null,
    val defaultValue: JsonElement? = null,
    /** Set on relationship attributes: the relationship type behind it. */
    val relationshipTypeName: String? = null,
    val isLegacyAttribute: Boolean? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<AttributeDef>(generatedSerializer()) {
        override fun withExtras(value: AttributeDef, extras: JsonObject) = value.copy(extras = extras)
    }
}
