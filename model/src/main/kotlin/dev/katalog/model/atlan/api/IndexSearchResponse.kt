package dev.katalog.model.atlan.api

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.search.AggregationResult
import dev.katalog.model.atlan.search.HitMetadata
import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** The answer of an index search: the page of entities, the approximate total, aggregations and per-hit sort values. */
@KeepGeneratedSerializer
@Serializable(with = IndexSearchResponse.Serializer::class)
public data class IndexSearchResponse(
    val queryType: String? = null,
    val searchParameters: JsonObject? = null,
    val entities: List<Asset>? = null,
    val approximateCount: Long? = null,
    val aggregations: Map<String, AggregationResult>? = null,
    /** Per GUID, the sort values of the hit (with `showSearchMetadata`), for `search_after` paging. */
    val searchMetadata: Map<String, HitMetadata>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<IndexSearchResponse>(generatedSerializer()) {
        override fun withExtras(value: IndexSearchResponse, extras: JsonObject) = value.copy(extras = extras)
    }
}
