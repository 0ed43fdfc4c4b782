package dev.katalog.model.atlan.typedef

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.EqualByJson
import dev.katalog.model.json.KatalogJson
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
public class TypeDef internal constructor(
    public val category: TypeCategory? = null,
    public val guid: String? = null,
    public val createdBy: String? = null,
    public val updatedBy: String? = null,
    public val createTime: Long? = null,
    public val updateTime: Long? = null,
    public val version: Long? = null,
    public val name: String? = null,
    public val displayName: String? = null,
    public val description: String? = null,
    public val typeVersion: String? = null,
    public val serviceType: String? = null,
    public val options: JsonObject? = null,
    public val attributeDefs: List<AttributeDef>? = null,
    /** ENTITY and CLASSIFICATION: the direct super types. */
    public val superTypes: List<String>? = null,
    public val subTypes: List<String>? = null,
    /** ENTITY: relationship attributes, each naming its [AttributeDef.relationshipTypeName]. */
    public val relationshipAttributeDefs: List<AttributeDef>? = null,
    /** ENTITY: custom metadata attributes applicable to it, by hashed set name. */
    public val businessAttributeDefs: Map<String, List<AttributeDef>>? = null,
    /** CLASSIFICATION: the entity types it may be applied to. */
    public val entityTypes: List<String>? = null,
    /** ENUM: the allowed values. */
    public val elementDefs: List<EnumElementDef>? = null,
    /** RELATIONSHIP fields. */
    public val relationshipCategory: String? = null,
    public val relationshipLabel: String? = null,
    public val propagateTags: String? = null,
    public val endDef1: RelationshipEndDef? = null,
    public val endDef2: RelationshipEndDef? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : EqualByJson(), Lossless {
    /** A builder that starts from this definition. */
    public fun toBuilder(): Builder = Builder(this)

    /** This definition with what [change] sets changed, e.g. `with { description("Scores") }`. */
    public fun with(change: Builder.() -> Unit): TypeDef = toBuilder().apply(change).build()

    override fun wireJson(): String = KatalogJson.encode(Serializer, this)

    /** Builds a [TypeDef]; unset values are left out of the JSON. */
    public class Builder internal constructor(start: TypeDef) {
        private var category: TypeCategory? = start.category
        private var guid: String? = start.guid
        private var createdBy: String? = start.createdBy
        private var updatedBy: String? = start.updatedBy
        private var createTime: Long? = start.createTime
        private var updateTime: Long? = start.updateTime
        private var version: Long? = start.version
        private var name: String? = start.name
        private var displayName: String? = start.displayName
        private var description: String? = start.description
        private var typeVersion: String? = start.typeVersion
        private var serviceType: String? = start.serviceType
        private var options: JsonObject? = start.options
        private var attributeDefs: List<AttributeDef>? = start.attributeDefs
        private var superTypes: List<String>? = start.superTypes
        private var subTypes: List<String>? = start.subTypes
        private var relationshipAttributeDefs: List<AttributeDef>? = start.relationshipAttributeDefs
        private var businessAttributeDefs: Map<String, List<AttributeDef>>? = start.businessAttributeDefs
        private var entityTypes: List<String>? = start.entityTypes
        private var elementDefs: List<EnumElementDef>? = start.elementDefs
        private var relationshipCategory: String? = start.relationshipCategory
        private var relationshipLabel: String? = start.relationshipLabel
        private var propagateTags: String? = start.propagateTags
        private var endDef1: RelationshipEndDef? = start.endDef1
        private var endDef2: RelationshipEndDef? = start.endDef2
        private var extras: JsonObject = start.extras

        public fun category(value: TypeCategory?): Builder = apply { category = value }
        public fun guid(value: String?): Builder = apply { guid = value }
        public fun createdBy(value: String?): Builder = apply { createdBy = value }
        public fun updatedBy(value: String?): Builder = apply { updatedBy = value }
        public fun createTime(value: Long?): Builder = apply { createTime = value }
        public fun updateTime(value: Long?): Builder = apply { updateTime = value }
        public fun version(value: Long?): Builder = apply { version = value }
        public fun name(value: String?): Builder = apply { name = value }
        public fun displayName(value: String?): Builder = apply { displayName = value }
        public fun description(value: String?): Builder = apply { description = value }
        public fun typeVersion(value: String?): Builder = apply { typeVersion = value }
        public fun serviceType(value: String?): Builder = apply { serviceType = value }
        public fun options(value: JsonObject?): Builder = apply { options = value }
        public fun attributeDefs(value: List<AttributeDef>?): Builder = apply { attributeDefs = value }
        public fun superTypes(value: List<String>?): Builder = apply { superTypes = value }
        public fun subTypes(value: List<String>?): Builder = apply { subTypes = value }
        public fun relationshipAttributeDefs(value: List<AttributeDef>?): Builder = apply { relationshipAttributeDefs = value }
        public fun businessAttributeDefs(value: Map<String, List<AttributeDef>>?): Builder = apply { businessAttributeDefs = value }
        public fun entityTypes(value: List<String>?): Builder = apply { entityTypes = value }
        public fun elementDefs(value: List<EnumElementDef>?): Builder = apply { elementDefs = value }
        public fun relationshipCategory(value: String?): Builder = apply { relationshipCategory = value }
        public fun relationshipLabel(value: String?): Builder = apply { relationshipLabel = value }
        public fun propagateTags(value: String?): Builder = apply { propagateTags = value }
        public fun endDef1(value: RelationshipEndDef?): Builder = apply { endDef1 = value }
        public fun endDef2(value: RelationshipEndDef?): Builder = apply { endDef2 = value }

        /** Keys this SDK does not model, sent as they are. */
        public fun extras(value: JsonObject): Builder = apply { extras = value }

        public fun build(): TypeDef = TypeDef(
            category, guid, createdBy, updatedBy, createTime, updateTime, version, name, displayName, description, typeVersion,
            serviceType, options, attributeDefs, superTypes, subTypes, relationshipAttributeDefs, businessAttributeDefs, entityTypes,
            elementDefs, relationshipCategory, relationshipLabel, propagateTags, endDef1, endDef2, extras,
        )
    }

    public companion object {
        /**
         * A builder for a definition of [category] named [name]. For an Atlan tag or a custom metadata set, give the
         * human name as [name] and [displayName]: the server matches sets by their display name and gives them a hashed name.
         */
        @JvmStatic
        public fun builder(category: TypeCategory, name: String): Builder = Builder(TypeDef(category = category, name = name))
    }

    internal object Serializer : LosslessSerializer<TypeDef>(generatedSerializer()) {
        override fun withExtras(value: TypeDef, extras: JsonObject) = value.toBuilder().extras(extras).build()
    }
}
