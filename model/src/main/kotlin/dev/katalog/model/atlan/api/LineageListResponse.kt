package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject
import dev.katalog.model.atlan.asset.Asset

/** The answer of a lineage list: related assets with their `depth`, and whether there are more. */
@KeepGeneratedSerializer
@Serializable(with = LineageListResponse.Serializer::class)
public data class LineageListResponse(
    val entities: List<Asset>? = null,
    val hasMore: Boolean? = null,
    val entityCount: Long? = null,
    val searchParameters: JsonObject? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<LineageListResponse>(generatedSerializer()) {
        override fun withExtras(value: LineageListResponse, extras: JsonObject) = value.copy(extras = extras)
    }
}
