package dev.katalog.model.atlan.typedef

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/**
 * One type definition of any [category] (ENUM, STRUCT, CLASSIFICATION, ENTITY, RELATIONSHIP,
 * BUSINESS_METADATA). Each category uses its own subset of the properties; the others stay null.
 * Atlan tags (classifications) and custom metadata sets have hashed [name]s and a human [displayName].
 */
@KeepGeneratedSerializer
@Serializable(with = TypeDef.Serializer::class)
public data class TypeDef(
    val category: TypeCategory? = null,
    val guid: String? = null,
    val createdBy: String? = null,
    val updatedBy: String? = null,
    val createTime: Long? = null,
    val updateTime: Long? = null,
    val version: Long? = null,
    val name: String? = null,
    val displayName: String? = null,
    val description: String? = null,
    val typeVersion: String? = null,
    val serviceType: String? = null,
    val options: JsonObject? = null,
    val attributeDefs: List<AttributeDef>? = null,
    /** ENTITY and CLASSIFICATION: the direct super types. */
    val superTypes: List<String>? = null,
    val subTypes: List<String>? = null,
    /** ENTITY: relationship attributes, each naming its [AttributeDef.relationshipTypeName]. */
    val relationshipAttributeDefs: List<AttributeDef>? = null,
    /** ENTITY: custom metadata attributes applicable to it, by hashed set name. */
    val businessAttributeDefs: Map<String, List<AttributeDef>>? = null,
    /** CLASSIFICATION: the entity types it may be applied to. */
    val entityTypes: List<String>? = null,
    /** ENUM: the allowed values. */
    val elementDefs: List<EnumElementDef>? = null,
    /** RELATIONSHIP fields. */
    val relationshipCategory: String? = null,
    val relationshipLabel: String? = null,
    val propagateTags: String? = null,
    val endDef1: RelationshipEndDef? = null,
    val endDef2: RelationshipEndDef? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<TypeDef>(generatedSerializer()) {
        override fun withExtras(value: TypeDef, extras: JsonObject) = value.copy(extras = extras)
    }
}
