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

/** The answer of `GET /api/meta/types/typedefs` (and the body of its `POST`): definitions by category. */
@KeepGeneratedSerializer
@Serializable(with = TypeDefResponse.Serializer::class)
public class TypeDefResponse internal constructor(
    public val enumDefs: List<TypeDef>? = null,
    public val structDefs: List<TypeDef>? = null,
    public val classificationDefs: List<TypeDef>? = null,
    public val entityDefs: List<TypeDef>? = null,
    public val relationshipDefs: List<TypeDef>? = null,
    public val businessMetadataDefs: List<TypeDef>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : EqualByJson(), Lossless {
    /** Every definition, whatever its category. */
    public val all: List<TypeDef>
        get() = listOfNotNull(enumDefs, structDefs, classificationDefs, entityDefs, relationshipDefs, businessMetadataDefs).flatten()

    /** A builder that starts from these definitions. */
    public fun toBuilder(): Builder = Builder(this)

    /** These definitions with what [change] sets changed, e.g. `with { enumDefs(null) }`. */
    public fun with(change: Builder.() -> Unit): TypeDefResponse = toBuilder().apply(change).build()

    override fun wireJson(): String = KatalogJson.encode(Serializer, this)

    /** Builds a [TypeDefResponse]; unset categories are left out of the JSON. */
    public class Builder internal constructor(start: TypeDefResponse) {
        private var enumDefs: List<TypeDef>? = start.enumDefs
        private var structDefs: List<TypeDef>? = start.structDefs
        private var classificationDefs: List<TypeDef>? = start.classificationDefs
        private var entityDefs: List<TypeDef>? = start.entityDefs
        private var relationshipDefs: List<TypeDef>? = start.relationshipDefs
        private var businessMetadataDefs: List<TypeDef>? = start.businessMetadataDefs
        private var extras: JsonObject = start.extras

        public fun enumDefs(value: List<TypeDef>?): Builder = apply { enumDefs = value }
        public fun structDefs(value: List<TypeDef>?): Builder = apply { structDefs = value }

        /** Atlan tags. */
        public fun classificationDefs(value: List<TypeDef>?): Builder = apply { classificationDefs = value }
        public fun entityDefs(value: List<TypeDef>?): Builder = apply { entityDefs = value }
        public fun relationshipDefs(value: List<TypeDef>?): Builder = apply { relationshipDefs = value }

        /** Custom metadata sets. */
        public fun businessMetadataDefs(value: List<TypeDef>?): Builder = apply { businessMetadataDefs = value }

        /** Keys this SDK does not model, sent as they are. */
        public fun extras(value: JsonObject): Builder = apply { extras = value }

        public fun build(): TypeDefResponse =
            TypeDefResponse(enumDefs, structDefs, classificationDefs, entityDefs, relationshipDefs, businessMetadataDefs, extras)
    }

    public companion object {
        /** A builder for a set of definitions, e.g. the body that creates custom metadata (`businessMetadataDefs`). */
        @JvmStatic
        public fun builder(): Builder = Builder(TypeDefResponse())
    }

    internal object Serializer : LosslessSerializer<TypeDefResponse>(generatedSerializer()) {
        override fun withExtras(value: TypeDefResponse, extras: JsonObject) = value.toBuilder().extras(extras).build()
    }
}
