package dev.katalog.model.atlan.search

import dev.katalog.model.json.ModelDecodeException
import dev.katalog.model.json.objectAt
import dev.katalog.model.json.primitiveAt
import dev.katalog.model.json.readingFrom
import dev.katalog.model.json.stringAt
import dev.katalog.model.json.without
import kotlinx.serialization.KSerializer
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder
import kotlinx.serialization.json.JsonDecoder
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonEncoder
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.intOrNull

/** Reads and writes [Aggregation]: `{"<kind>":{…}, "aggregations":{…sub}}`. */
internal object AggregationSerializer : KSerializer<Aggregation> {
    override val descriptor: SerialDescriptor = SerialDescriptor("dev.katalog.Aggregation", JsonObject.serializer().descriptor)
    private val subKeys = setOf("aggregations", "aggs")

    override fun serialize(encoder: Encoder, value: Aggregation) {
        (encoder as JsonEncoder).encodeJsonElement(toJson(value))
    }

    override fun deserialize(decoder: Decoder): Aggregation {
        val element = (decoder as JsonDecoder).decodeJsonElement()
        return readingFrom(element) { fromJson(element, "$") }
    }

    fun toJson(agg: Aggregation): JsonObject {
        val out = LinkedHashMap<String, JsonElement>()
        when (agg) {
            is Aggregation.Terms -> out["terms"] = JsonObject(
                LinkedHashMap<String, JsonElement>().apply {
                    put("field", JsonPrimitive(agg.field))
                    agg.size?.let { put("size", JsonPrimitive(it)) }
                    putAll(agg.options)
                },
            )
            is Aggregation.Metric -> out[agg.kind.wire] = JsonObject(mapOf("field" to JsonPrimitive(agg.field)) + agg.options)
            is Aggregation.TopHits -> out["top_hits"] = agg.options
            is Aggregation.Raw -> out[agg.kind] = agg.body
        }
        agg.subAggregations?.let { subs -> out[agg.subKey] = JsonObject(subs.mapValues { toJson(it.value) }) }
        return JsonObject(out)
    }

    fun fromJson(element: JsonElement, path: String): Aggregation {
        val obj = element.objectAt(path)
        val subKey = obj.keys.firstOrNull { it in subKeys }
        val subs = subKey?.let { key ->
            obj.getValue(key).objectAt("$path.$key").mapValues { (name, sub) -> fromJson(sub, "$path.$key.$name") }
        }
        val kinds = obj.keys - subKeys
        val kind = kinds.singleOrNull()
            ?: throw ModelDecodeException(path, "exactly one aggregation kind", "Found ${kinds.size}: ${kinds.take(5)}")
        val body = obj.getValue(kind)
        val at = "$path.$kind"
        val key = subKey ?: "aggregations"
        val metric = MetricKind.of(kind)
        return when {
            kind == "terms" -> {
                val b = body.objectAt(at)
                val field = b["field"]?.stringAt("$at.field")
                if (field == null) Aggregation.Raw(kind, body, subs, key)
                else Aggregation.Terms(
                    field,
                    b["size"]?.primitiveAt("$at.size")?.let {
                        it.intOrNull ?: throw ModelDecodeException("$at.size", "a whole number", "Found ${it.content.take(40)}")
                    },
                    b.without("field", "size"), subs, key,
                )
            }
            metric != null -> {
                val b = body.objectAt(at)
                val field = b["field"]?.stringAt("$at.field")
                if (field == null) Aggregation.Raw(kind, body, subs, key) else Aggregation.Metric(metric, field, b.without("field"), subs, key)
            }
            kind == "top_hits" -> Aggregation.TopHits(body.objectAt(at), subs, key)
            else -> Aggregation.Raw(kind, body, subs, key)
        }
    }
}
