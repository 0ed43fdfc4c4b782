package dev.katalog.model.atlan.search

import dev.katalog.model.json.JsonBacked
import dev.katalog.model.json.JsonBackedSerializer
import dev.katalog.model.json.ModelDecodeException
import dev.katalog.model.json.describe
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.doubleOrNull
import kotlinx.serialization.json.longOrNull

/** One aggregation's result: [value] for a metric, [buckets] for a terms aggregation; the JSON is kept whole. */
@Serializable(with = AggregationResult.Serializer::class)
public class AggregationResult(override val json: JsonObject) : JsonBacked {
    /** The metric value; null when the metric had no documents (Elasticsearch answers `"value": null`). */
    public val value: Double? get() = when (val v = json["value"]) {
        null, is JsonNull -> null
        else -> (v as? JsonPrimitive)?.doubleOrNull ?: throw ModelDecodeException("$.value", "a number", "Found ${describe(v)}")
    }

    /** The buckets of a terms aggregation, most frequent first; empty for a metric. */
    public val buckets: List<Bucket> get() = when (val b = json["buckets"]) {
        null, is JsonNull -> emptyList()
        is JsonArray -> b.mapIndexed { i, e -> Bucket(e as? JsonObject ?: throw ModelDecodeException("$.buckets[$i]", "an object", "Found ${describe(e)}")) }
        else -> throw ModelDecodeException("$.buckets", "an array", "Found ${describe(b)}")
    }

    override fun equals(other: Any?): Boolean = other is AggregationResult && other.json == json
    override fun hashCode(): Int = json.hashCode()
    override fun toString(): String = json.toString()

    /** One bucket: the value it groups ([key]), how many hits have it, and its sub-aggregations. */
    public class Bucket(override val json: JsonObject) : JsonBacked {
        /** The bucket's value as text. */
        public val key: String get() = (json["key"] as? JsonPrimitive)?.content ?: ""

        /** How many hits fall in the bucket. */
        public val docCount: Long get() = (json["doc_count"] as? JsonPrimitive)?.longOrNull ?: 0

        /** The result of the sub-aggregation [name], or null when it is absent. */
        public fun sub(name: String): AggregationResult? = (json[name] as? JsonObject)?.let(::AggregationResult)

        /** The first source value of the `sourceValue` top-hits sub-aggregation, when `bucketBy` asked for it. */
        public val sourceValue: JsonElement? get() {
            val hits = (json["sourceValue"] as? JsonObject)?.get("hits") as? JsonObject
            val first = (hits?.get("hits") as? JsonArray)?.firstOrNull() as? JsonObject
            return (first?.get("_source") as? JsonObject)?.values?.firstOrNull()
        }

        override fun toString(): String = json.toString()
    }

    internal object Serializer : JsonBackedSerializer<AggregationResult>("dev.katalog.AggregationResult") {
        override fun wrap(json: JsonObject, path: String): AggregationResult = AggregationResult(json)
    }
}
