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

/** One end of a relationship type: the entity [type] and the attribute [name] it appears as there. */
@KeepGeneratedSerializer
@Serializable(with = RelationshipEndDef.Serializer::class)
public class RelationshipEndDef internal constructor(
    public val type: String,
    public val name: String,
    public val isContainer: Boolean? = null,
    public val cardinality: String? = null,
    public val isLegacyAttribute: Boolean? = null,
    public val description: String? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : EqualByJson(), Lossless {
    /** A builder that starts from this end. */
    public fun toBuilder(): Builder = Builder(this)

    /** This end with what [change] sets changed, e.g. `with { cardinality("SET") }`. */
    public fun with(change: Builder.() -> Unit): RelationshipEndDef = toBuilder().apply(change).build()

    override fun wireJson(): String = KatalogJson.encode(Serializer, this)

    /** Builds a [RelationshipEndDef]; unset values are left out of the JSON. */
    public class Builder internal constructor(start: RelationshipEndDef) {
        private var type: String = start.type
        private var name: String = start.name
        private var isContainer: Boolean? = start.isContainer
        private var cardinality: String? = start.cardinality
        private var isLegacyAttribute: Boolean? = start.isLegacyAttribute
        private var description: String? = start.description
        private var extras: JsonObject = start.extras

        public fun type(value: String): Builder = apply { type = value }
        public fun name(value: String): Builder = apply { name = value }
        public fun isContainer(value: Boolean?): Builder = apply { isContainer = value }
        public fun cardinality(value: String?): Builder = apply { cardinality = value }
        public fun isLegacyAttribute(value: Boolean?): Builder = apply { isLegacyAttribute = value }
        public fun description(value: String?): Builder = apply { description = value }

        /** Keys this SDK does not model, sent as they are. */
        public fun extras(value: JsonObject): Builder = apply { extras = value }

        public fun build(): RelationshipEndDef = RelationshipEndDef(type, name, isContainer, cardinality, isLegacyAttribute, description, extras)
    }

    public companion object {
        /** A builder for a relationship end; the entity [type] and the attribute [name] it appears as are required. */
        @JvmStatic
        public fun builder(type: String, name: String): Builder = Builder(RelationshipEndDef(type, name))
    }

    internal object Serializer : LosslessSerializer<RelationshipEndDef>(generatedSerializer()) {
        override fun withExtras(value: RelationshipEndDef, extras: JsonObject) = value.toBuilder().extras(extras).build()
    }
}
