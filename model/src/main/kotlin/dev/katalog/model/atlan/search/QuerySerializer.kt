package dev.katalog.model.atlan.search

import dev.katalog.model.json.ModelDecodeException
import dev.katalog.model.json.arrayAt
import dev.katalog.model.json.booleanAt
import dev.katalog.model.json.objectAt
import dev.katalog.model.json.primitiveAt
import dev.katalog.model.json.readingFrom
import dev.katalog.model.json.singleEntry
import dev.katalog.model.json.stringAt
import dev.katalog.model.json.without
import kotlinx.serialization.KSerializer
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonDecoder
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonEncoder
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** Reads and writes [Query] in the form Elasticsearch reads: one key naming the kind, its body as the value. */
internal object QuerySerializer : KSerializer<Query> {
    override val descriptor: SerialDescriptor = SerialDescriptor("dev.katalog.Query", JsonObject.serializer().descriptor)

    override fun serialize(encoder: Encoder, value: Query) {
        (encoder as JsonEncoder).encodeJsonElement(toJson(value))
    }

    override fun deserialize(decoder: Decoder): Query {
        val element = (decoder as JsonDecoder).decodeJsonElement()
        return readingFrom(element) { fromJson(element, "$") }
    }

    fun toJson(query: Query): JsonObject = when (query) {
        is Query.Term -> fieldQuery("term", query.field) {
            put("value", query.value)
            query.caseInsensitive?.let { put("case_insensitive", it) }
            putAll(query.options)
        }
        is Query.Terms -> buildJsonObject {
            put("terms", JsonObject(linkedMapOf<String, JsonElement>(query.field to JsonArray(query.values)) + query.options))
        }
        is Query.Prefix -> patternQuery("prefix", query.field, query.value, query.caseInsensitive, query.options)
        is Query.Wildcard -> patternQuery("wildcard", query.field, query.value, query.caseInsensitive, query.options)
        is Query.Regexp -> patternQuery("regexp", query.field, query.value, query.caseInsensitive, query.options)
        is Query.Fuzzy -> fieldQuery("fuzzy", query.field) { put("value", query.value); putAll(query.options) }
        is Query.Match -> fieldQuery("match", query.field) { put("query", query.query); putAll(query.options) }
        is Query.MatchPhrase -> fieldQuery("match_phrase", query.field) { put("query", query.query); putAll(query.options) }
        is Query.Range -> fieldQuery("range", query.field) {
            query.gt?.let { put("gt", it) }
            query.gte?.let { put("gte", it) }
            query.lt?.let { put("lt", it) }
            query.lte?.let { put("lte", it) }
            putAll(query.options)
        }
        is Query.Exists -> single("exists", JsonObject(linkedMapOf<String, JsonElement>("field" to JsonPrimitive(query.field)) + query.options))
        is Query.MatchAll -> single("match_all", query.options)
        is Query.Nested -> single(
            "nested",
            JsonObject(linkedMapOf("path" to JsonPrimitive(query.path), "query" to toJson(query.query)) + query.options),
        )
        is Query.Bool -> single("bool", buildJsonObject {
            query.must?.let { put("must", JsonArray(it.map(::toJson))) }
            query.should?.let { put("should", JsonArray(it.map(::toJson))) }
            query.mustNot?.let { put("must_not", JsonArray(it.map(::toJson))) }
            query.filter?.let { put("filter", JsonArray(it.map(::toJson))) }
            query.minimumShouldMatch?.let { put("minimum_should_match", it) }
            query.boost?.let { put("boost", it) }
            query.options.forEach { (k, v) -> put(k, v) }
        })
        is Query.Raw -> query.json
    }

    fun fromJson(element: JsonElement, path: String): Query {
        val (kind, body) = element.objectAt(path).singleEntry(path, "query kind")
        val at = "$path.$kind"
        return when (kind) {
            "term" -> fieldBody(body, at, "value") { field, params, p ->
                Query.Term(
                    field, params.getValue("value").primitiveAt("$p.value"),
                    params["case_insensitive"]?.booleanAt("$p.case_insensitive"),
                    params.without("value", "case_insensitive"),
                )
            }
            "terms" -> {
                val obj = body.objectAt(at)
                val field = obj.entries.firstOrNull { it.value is JsonArray }?.key
                    ?: throw ModelDecodeException(at, "a field with an array of values", "Found no array in ${obj.keys}")
                Query.Terms(
                    field,
                    obj.getValue(field).arrayAt("$at.$field").mapIndexed { i, v -> v.primitiveAt("$at.$field[$i]") },
                    obj.without(field),
                )
            }
            "prefix" -> fieldBody(body, at, "value") { f, params, p -> pattern(params, p) { v, ci, o -> Query.Prefix(f, v, ci, o) } }
            "wildcard" -> fieldBody(body, at, "value") { f, params, p -> pattern(params, p) { v, ci, o -> Query.Wildcard(f, v, ci, o) } }
            "regexp" -> fieldBody(body, at, "value") { f, params, p -> pattern(params, p) { v, ci, o -> Query.Regexp(f, v, ci, o) } }
            "fuzzy" -> fieldBody(body, at, "value") { f, params, p ->
                Query.Fuzzy(f, params.getValue("value").stringAt("$p.value"), params.without("value"))
            }
            "match" -> fieldBody(body, at, "query") { f, params, p ->
                Query.Match(f, params.getValue("query").primitiveAt("$p.query"), params.without("query"))
            }
            "match_phrase" -> fieldBody(body, at, "query") { f, params, p ->
                Query.MatchPhrase(f, params.getValue("query").stringAt("$p.query"), params.without("query"))
            }
            "range" -> {
                val (field, bounds) = body.objectAt(at).singleEntry(at, "field")
                val p = "$at.$field"
                val b = bounds.objectAt(p)
                Query.Range(
                    field,
                    b["gt"]?.primitiveAt("$p.gt"), b["gte"]?.primitiveAt("$p.gte"),
                    b["lt"]?.primitiveAt("$p.lt"), b["lte"]?.primitiveAt("$p.lte"),
                    b.without("gt", "gte", "lt", "lte"),
                )
            }
            "exists" -> {
                val obj = body.objectAt(at)
                val field = obj["field"]?.stringAt("$at.field") ?: throw ModelDecodeException(at, "a \"field\"", "Found none")
                Query.Exists(field, obj.without("field"))
            }
            "match_all" -> Query.MatchAll(body.objectAt(at))
            "nested" -> {
                val obj = body.objectAt(at)
                Query.Nested(
                    obj["path"]?.stringAt("$at.path") ?: throw ModelDecodeException(at, "a \"path\"", "Found none"),
                    fromJson(obj["query"] ?: throw ModelDecodeException(at, "a \"query\"", "Found none"), "$at.query"),
                    obj.without("path", "query"),
                )
            }
            "bool" -> {
                val obj = body.objectAt(at)
                fun clauses(key: String): List<Query>? = obj[key]?.let { v ->
                    // Elasticsearch also accepts a single clause instead of a list.
                    if (v is JsonObject) listOf(fromJson(v, "$at.$key"))
                    else v.arrayAt("$at.$key").mapIndexed { i, q -> fromJson(q, "$at.$key[$i]") }
                }
                Query.Bool(
                    clauses("must"), clauses("should"), clauses("must_not"), clauses("filter"),
                    obj["minimum_should_match"]?.primitiveAt("$at.minimum_should_match"),
                    obj["boost"]?.primitiveAt("$at.boost"),
                    obj.without("must", "should", "must_not", "filter", "minimum_should_match", "boost"),
                )
            }
            else -> Query.Raw(JsonObject(mapOf(kind to body)))
        }
    }

    /** Reads `{"field": {params}}`, or the short form `{"field": value}` where [mainKey] holds the value. */
    private inline fun <T> fieldBody(body: JsonElement, at: String, mainKey: String, read: (String, JsonObject, String) -> T): T {
        val (field, value) = body.objectAt(at).singleEntry(at, "field")
        val p = "$at.$field"
        val params = if (value is JsonObject) value else JsonObject(mapOf(mainKey to value))
        if (mainKey !in params) throw ModelDecodeException(p, "a \"$mainKey\"", "Found keys ${params.keys}")
        return read(field, params, p)
    }

    private inline fun <T> pattern(params: JsonObject, p: String, make: (String, Boolean?, JsonObject) -> T): T = make(
        params.getValue("value").stringAt("$p.value"),
        params["case_insensitive"]?.booleanAt("$p.case_insensitive"),
        params.without("value", "case_insensitive"),
    )

    private fun single(kind: String, body: JsonElement) = JsonObject(mapOf(kind to body))

    private inline fun fieldQuery(kind: String, field: String, params: MutableMap<String, JsonElement>.() -> Unit): JsonObject =
        single(kind, JsonObject(mapOf(field to JsonObject(LinkedHashMap<String, JsonElement>().apply(params)))))

    private fun patternQuery(kind: String, field: String, value: String, caseInsensitive: Boolean?, options: JsonObject) =
        fieldQuery(kind, field) {
            put("value", JsonPrimitive(value))
            caseInsensitive?.let { put("case_insensitive", JsonPrimitive(it)) }
            putAll(options)
        }

    private fun MutableMap<String, JsonElement>.put(key: String, value: Boolean) = put(key, JsonPrimitive(value))
    private fun MutableMap<String, JsonElement>.put(key: String, value: String) = put(key, JsonPrimitive(value))
}
