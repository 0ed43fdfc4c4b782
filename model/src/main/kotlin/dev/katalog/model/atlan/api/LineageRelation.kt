package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** One edge of a lineage graph: from an asset to the process reading it, or from a process to an asset it writes ([processId] set when processes are hidden). */
@KeepGeneratedSerializer
@Serializable(with = LineageRelation.Serializer::class)
public data class LineageRelation(
    val fromEntityId: String? = null,
    val toEntityId: String? = null,
    val processId: String? = null,
    val relationshipId: String? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<LineageRelation>(generatedSerializer()) {
        override fun withExtras(value: LineageRelation, extras: JsonObject) = value.copy(extras = extras)
    }
}
