package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** The answer of a save or delete: what changed, and the real GUID of each placeholder GUID sent. */
@KeepGeneratedSerializer
@Serializable(with = MutationResponse.Serializer::class)
public data class MutationResponse(
    val mutatedEntities: MutatedEntities? = null,
    val guidAssignments: Map<String, String>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<MutationResponse>(generatedSerializer()) {
        override fun withExtras(value: MutationResponse, extras: JsonObject) = value.copy(extras = extras)
    }
}
