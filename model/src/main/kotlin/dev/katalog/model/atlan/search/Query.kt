package dev.katalog.model.atlan.search

import dev.katalog.model.json.EmptyJsonObject
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * An Elasticsearch / OpenSearch query, written in the `{"term":{"field":{…}}}` form the search engine reads.
 *
 * Each leaf keeps the parameters it does not model in `options`, so any query decodes and re-encodes
 * unchanged; queries of kinds not modelled here decode to [Raw].
 */
@Serializable(with = QuerySerializer::class)
public sealed class Query {
    /** Exact value on a keyword, numeric or boolean field; `case_insensitive` is sent only when set. */
    public data class Term(
        val field: String,
        val value: JsonPrimitive,
        val caseInsensitive: Boolean? = null,
        val options: JsonObject = EmptyJsonObject,
    ) : Query()

    /** Any of several exact values. */
    public data class Terms(
        val field: String,
        val values: List<JsonPrimitive>,
        val options: JsonObject = EmptyJsonObject,
    ) : Query()

    /** Keyword starts with [value]. */
    public data class Prefix(
        val field: String,
        val value: String,
        val caseInsensitive: Boolean? = null,
        val options: JsonObject = EmptyJsonObject,
    ) : Query()

    /** Keyword matches a pattern with `*` and `?`. */
    public data class Wildcard(
        val field: String,
        val value: String,
        val caseInsensitive: Boolean? = null,
        val options: JsonObject = EmptyJsonObject,
    ) : Query()

    /** Keyword matches a Lucene regular expression. */
    public data class Regexp(
        val field: String,
        val value: String,
        val caseInsensitive: Boolean? = null,
        val options: JsonObject = EmptyJsonObject,
    ) : Query()

    /** Keyword within an edit distance of [value]. */
    public data class Fuzzy(
        val field: String,
        val value: String,
        val options: JsonObject = EmptyJsonObject,
    ) : Query()

    /** Full-text match on an analyzed field. */
    public data class Match(
        val field: String,
        val query: JsonPrimitive,
        val options: JsonObject = EmptyJsonObject,
    ) : Query()

    /** Full-text phrase match on an analyzed field. */
    public data class MatchPhrase(
        val field: String,
        val query: String,
        val options: JsonObject = EmptyJsonObject,
    ) : Query()

    /** Bounds on a numeric or date field; absent bounds are not sent. */
    public data class Range(
        val field: String,
        val gt: JsonPrimitive? = null,
        val gte: JsonPrimitive? = null,
        val lt: JsonPrimitive? = null,
        val lte: JsonPrimitive? = null,
        val options: JsonObject = EmptyJsonObject,
    ) : Query()

    /** The field has any value. */
    public data class Exists(val field: String, val options: JsonObject = EmptyJsonObject) : Query()

    /** Every document. */
    public data class MatchAll(val options: JsonObject = EmptyJsonObject) : Query()

    /** A query over nested objects at [path]. */
    public data class Nested(val path: String, val query: Query, val options: JsonObject = EmptyJsonObject) : Query()

    /**
     * A boolean combination. Lists that are `null` are not sent; an empty list is sent as `[]`.
     * [minimumShouldMatch] is a number or a string such as `"75%"`.
     */
    public data class Bool(
        val must: List<Query>? = null,
        val should: List<Query>? = null,
        val mustNot: List<Query>? = null,
        val filter: List<Query>? = null,
        val minimumShouldMatch: JsonPrimitive? = null,
        val boost: JsonPrimitive? = null,
        val options: JsonObject = EmptyJsonObject,
    ) : Query()

    /** A query of a kind this model does not describe (span queries, scripts…), sent as given: `{"kind": body}`. */
    public data class Raw(val json: JsonObject) : Query() {
        init {
            require(json.size == 1) { "A raw query has exactly one key naming its kind, found ${json.keys}" }
        }
    }
}
