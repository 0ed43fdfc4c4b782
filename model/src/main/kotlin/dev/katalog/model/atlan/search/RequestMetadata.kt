package dev.katalog.model.atlan.search

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** Who is searching and whether to log it: `utmTags` names the SDK. */
@KeepGeneratedSerializer
@Serializable(with = RequestMetadata.Serializer::class)
public data class RequestMetadata(
    val saveSearchLog: Boolean? = null,
    val utmTags: List<String>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<RequestMetadata>(generatedSerializer()) {
        override fun withExtras(value: RequestMetadata, extras: JsonObject) = value.copy(extras = extras)
    }
}
