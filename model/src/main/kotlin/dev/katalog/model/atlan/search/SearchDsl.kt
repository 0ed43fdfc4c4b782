package dev.katalog.model.atlan.search

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.KatalogJson
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
public class SearchDsl internal constructor(
    public val from: Int? = null,
    public val size: Int? = null,
    public val aggregations: Map<String, Aggregation>? = null,
    @SerialName("track_total_hits") public val trackTotalHits: Boolean? = null,
    public val query: Query? = null,
    public val sort: List<SortItem>? = null,
    @SerialName("search_after") public val searchAfter: List<JsonElement>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    /** A builder that starts from this search body. */
    public fun toBuilder(): Builder = Builder(this)

    /** This search body with what [change] sets changed, e.g. `with { size(0) }`. */
    public fun with(change: Builder.() -> Unit): SearchDsl = toBuilder().apply(change).build()

    /** Equal when both send the same JSON. */
    override fun equals(other: Any?): Boolean = other is SearchDsl && json() == other.json()

    override fun hashCode(): Int = json().hashCode()

    override fun toString(): String = "SearchDsl(${json()})"

    private fun json(): String = KatalogJson.encode(Serializer, this)

    /** Builds a [SearchDsl]; unset values are left out of the JSON. */
    public class Builder internal constructor(start: SearchDsl) {
        private var from: Int? = start.from
        private var size: Int? = start.size
        private var aggregations: Map<String, Aggregation>? = start.aggregations
        private var trackTotalHits: Boolean? = start.trackTotalHits
        private var query: Query? = start.query
        private var sort: List<SortItem>? = start.sort
        private var searchAfter: List<JsonElement>? = start.searchAfter
        private var extras: JsonObject = start.extras

        public fun from(value: Int?): Builder = apply { from = value }
        public fun size(value: Int?): Builder = apply { size = value }
        public fun aggregations(value: Map<String, Aggregation>?): Builder = apply { aggregations = value }
        public fun trackTotalHits(value: Boolean?): Builder = apply { trackTotalHits = value }
        public fun query(value: Query?): Builder = apply { query = value }
        public fun sort(value: List<SortItem>?): Builder = apply { sort = value }
        public fun searchAfter(value: List<JsonElement>?): Builder = apply { searchAfter = value }

        /** Keys this SDK does not model, sent as they are. */
        public fun extras(value: JsonObject): Builder = apply { extras = value }

        public fun build(): SearchDsl = SearchDsl(from, size, aggregations, trackTotalHits, query, sort, searchAfter, extras)
    }

    public companion object {
        /** A builder for a search body. */
        @JvmStatic
        public fun builder(): Builder = Builder(SearchDsl())
    }

    internal object Serializer : LosslessSerializer<SearchDsl>(generatedSerializer()) {
        override fun withExtras(value: SearchDsl, extras: JsonObject) = value.toBuilder().extras(extras).build()
    }
}
