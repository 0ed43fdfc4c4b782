package dev.katalog.model.atlan.typedef

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** The answer of `GET /api/meta/types/typedefs` (and the body of its `POST`): definitions by category. */
@KeepGeneratedSerializer
@Serializable(with = TypeDefResponse.Serializer::class)
public data class TypeDefResponse(
    val enumDefs: List<TypeDef>? = null,
    val structDefs: List<TypeDef>? = null,
    val classificationDefs: List<TypeDef>? = null,
    val entityDefs: List<TypeDef>? = null,
    val relationshipDefs: List<TypeDef>? = null,
    val businessMetadataDefs: List<TypeDef>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    /** Every definition, whatever its category. */
    public val all: List<TypeDef>
        get() = listOfNotNull(enumDefs, structDefs, classificationDefs, entityDefs, relationshipDefs, businessMetadataDefs).flatten()

    internal object Serializer : LosslessSerializer<TypeDefResponse>(generatedSerializer()) {
        override fun withExtras(value: TypeDefResponse, extras: JsonObject) = value.copy(extras = extras)
    }
}
