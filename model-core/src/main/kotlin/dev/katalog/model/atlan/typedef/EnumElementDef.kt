package dev.katalog.model.atlan.typedef

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** One allowed value of an enum type definition. */
@KeepGeneratedSerializer
@Serializable(with = EnumElementDef.Serializer::class)
public data class EnumElementDef(
    val value: String,
    val description: String? = null,
    val ordinal: Int? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<EnumElementDef>(generatedSerializer()) {
        override fun withExtras(value: EnumElementDef, extras: JsonObject) = value.copy(extras = extras)
    }
}
