package dev.katalog.model.atlan.typedef

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** One end of a relationship type: the entity [type] and the attribute [name] it appears as there. */
@KeepGeneratedSerializer
@Serializable(with = RelationshipEndDef.Serializer::class)
public data class RelationshipEndDef(
    val type: String,
    val name: String,
    val isContainer: Boolean? = null,
    val cardinality: String? = null,
    val isLegacyAttribute: Boolean? = null,
    val description: String? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<RelationshipEndDef>(generatedSerializer()) {
        override fun withExtras(value: RelationshipEndDef, extras: JsonObject) = value.copy(extras = extras)
    }
}
