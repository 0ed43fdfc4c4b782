package dev.katalog.model.atlan.search

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject

/** The `dsl` of an index search: the Elasticsearch request body. Keys not modelled here are kept in [extras]. */
@KeepGeneratedSerializer
@Serializable(with = SearchDsl.Serializer::class)
public data class SearchDsl(
    val from: Int? = null,
    val size: Int? = null,
    val aggregations: Map<String, Aggregation>? = null,
    @SerialName("track_total_hits") val trackTotalHits: Boolean? = null,
    val query: Query? = null,
    val sort: List<SortItem>? = null,
    @SerialName("search_after") val searchAfter: List<JsonElement>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<SearchDsl>(generatedSerializer()) {
        override fun withExtras(value: SearchDsl, extras: JsonObject) = value.copy(extras = extras)
    }
}
