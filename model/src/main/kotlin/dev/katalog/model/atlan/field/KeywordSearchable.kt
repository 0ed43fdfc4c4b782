package dev.katalog.model.atlan.field

import dev.katalog.model.atlan.search.Query
import kotlinx.serialization.json.JsonPrimitive

/**
 * Exact-value operators on a keyword index field. Values are data: they are never parsed as query syntax
 * (only [wildcard] and [regexp] take a pattern, by design).
 */
public interface KeywordSearchable : Sortable {
    /** The keyword index field, e.g. `name.keyword`. */
    public val keywordField: String

    override val sortField: String get() = keywordField

    /** Exactly [value]. */
    public infix fun eq(value: String): Query = eq(value, false)

    /** Exactly [value], optionally ignoring case. */
    public fun eq(value: String, ignoreCase: Boolean): Query = Query.Term(keywordField, JsonPrimitive(value), ignoreCase)

    /** Any of [values]. */
    public infix fun within(values: Collection<String>): Query {
        require(values.isNotEmpty()) { "within() of $attribute needs at least one value" }
        return Query.Terms(keywordField, values.map(::JsonPrimitive))
    }

    /** Starts with [prefix]. */
    public infix fun startsWith(prefix: String): Query = startsWith(prefix, false)

    /** Starts with [prefix], optionally ignoring case. */
    public fun startsWith(prefix: String, ignoreCase: Boolean): Query = Query.Prefix(keywordField, prefix, ignoreCase)

    /** Matches [pattern], where `*` is any run of characters and `?` any one character. */
    public infix fun wildcard(pattern: String): Query = Query.Wildcard(keywordField, pattern, false)

    /** Matches the Lucene regular expression [pattern]. */
    public infix fun regexp(pattern: String): Query = Query.Regexp(keywordField, pattern, false)

    /** Has any value at all. */
    public fun hasAnyValue(): Query = Query.Exists(keywordField)
}
