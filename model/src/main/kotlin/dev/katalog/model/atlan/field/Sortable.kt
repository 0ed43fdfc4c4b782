package dev.katalog.model.atlan.field

import dev.katalog.model.atlan.search.Aggregation
import dev.katalog.model.atlan.search.SortItem
import dev.katalog.model.atlan.search.SortOrder
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** A handle with an index field that can be sorted and bucketed: keyword, numeric, date or boolean. */
public interface Sortable : AttributeHandle {
    /** The index field used for sorting and buckets. */
    public val sortField: String

    /** Sort ascending by this field. */
    public fun asc(): SortItem = SortItem(sortField, SortOrder.ASC)

    /** Sort descending by this field. */
    public fun desc(): SortItem = SortItem(sortField, SortOrder.DESC)

    /** Buckets of the [size] most frequent values of this field. */
    public fun bucketBy(size: Int): Aggregation = bucketBy(size, false)

    /**
     * Buckets of the [size] most frequent values; with [includeSourceValue], each bucket also carries
     * one hit's original attribute value (a `top_hits` sub-aggregation named `sourceValue`).
     */
    public fun bucketBy(size: Int, includeSourceValue: Boolean): Aggregation {
        require(size > 0) { "bucketBy size must be at least 1, was $size" }
        val sourceValue = if (!includeSourceValue) null else mapOf(
            SOURCE_VALUE to Aggregation.TopHits(
                JsonObject(
                    mapOf(
                        "size" to JsonPrimitive(1),
                        "_source" to JsonObject(mapOf("includes" to JsonArray(listOf(JsonPrimitive(attribute))))),
                    ),
                ),
            ),
        )
        return Aggregation.Terms(sortField, size, subAggregations = sourceValue)
    }

    public companion object {
        /** Name of the sub-aggregation [bucketBy] adds for `includeSourceValue`. */
        public const val SOURCE_VALUE: String = "sourceValue"
    }
}
