package dev.katalog.model.atlan.search

import dev.katalog.model.json.EmptyJsonObject
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.JsonObject

/**
 * An aggregation request: buckets by terms (with sub-aggregations), a metric over a field, top hits,
 * or any other kind kept as [Raw]. Unmodelled parameters stay in `options`.
 */
@Serializable(with = AggregationSerializer::class)
public sealed class Aggregation {
    /** Sub-aggregations of this one, sent under [subKey] (`aggregations` or its alias `aggs`). */
    public abstract val subAggregations: Map<String, Aggregation>?

    /** The key the sub-aggregations were read from or will be written under. */
    public abstract val subKey: String

    /** Buckets by the values of [field]; [size] is how many buckets. */
    public data class Terms(
        val field: String,
        val size: Int? = null,
        val options: JsonObject = EmptyJsonObject,
        override val subAggregations: Map<String, Aggregation>? = null,
        override val subKey: String = "aggregations",
    ) : Aggregation()

    /** One of the single-value metrics over a numeric field. */
    public data class Metric(
        val kind: MetricKind,
        val field: String,
        val options: JsonObject = EmptyJsonObject,
        override val subAggregations: Map<String, Aggregation>? = null,
        override val subKey: String = "aggregations",
    ) : Aggregation()

    /** The top documents of each bucket; [options] holds `size`, `_source`, `sort`. */
    public data class TopHits(
        val options: JsonObject = EmptyJsonObject,
        override val subAggregations: Map<String, Aggregation>? = null,
        override val subKey: String = "aggregations",
    ) : Aggregation()

    /** An aggregation kind not modelled here: [kind] and its body as sent. */
    public data class Raw(
        val kind: String,
        val body: kotlinx.serialization.json.JsonElement,
        override val subAggregations: Map<String, Aggregation>? = null,
        override val subKey: String = "aggregations",
    ) : Aggregation()
}

/** The single-value metric aggregations. */
public enum class MetricKind(public val wire: String) {
    SUM("sum"), AVG("avg"), MIN("min"), MAX("max"), CARDINALITY("cardinality"), VALUE_COUNT("value_count");

    internal companion object {
        fun of(wire: String): MetricKind? = entries.firstOrNull { it.wire == wire }
    }
}
