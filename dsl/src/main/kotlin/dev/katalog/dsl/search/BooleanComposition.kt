package dev.katalog.dsl.search

import dev.katalog.model.atlan.search.Query
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.intOrNull

/**
 * How [and], [or] and [not] nest queries: the same clauses, in the same order, as the reference Python SDK
 * (pyatlan 9.10.3, `pyatlan/model/search.py`: `Query.__and__`, `__or__`, `__invert__` and `Bool`'s overrides)
 * builds for `a & b`, `a | b` and `~a`, so a search written here sends what the same search sends there.
 *
 * Words: a *leaf* is any query but `bool`, `match_all` and `match_none`; a *should-only* bool has no `must`,
 * `must_not`, `filter` and no (non-zero) `minimum_should_match`; *required(b)* is b's `minimum_should_match`
 * when set and non-zero, else 1 when b has `should` clauses and neither `must` nor `filter`, else 0.
 * Empty clause lists are never written.
 *
 * `a and b`:
 * 1. `match_all and b` is `b`; `match_none and b` is `match_none`.
 * 2. leaf `a` with bool `b`: `b and a` (so `a` lands *after* `b`'s clauses); with `match_all` `b`: `a`;
 *    with `match_none`: `match_none`; with another leaf: `{"filter": [a, b]}`.
 * 3. bool `a` with a non-bool `b` (even `match_all`): `a` with `b` appended to `must`; when `a` had `should`
 *    but no `must` and no `filter`, `minimum_should_match` becomes 1 so that its alternatives stay required.
 * 4. bool with bool: `must`, `must_not` and `filter` are concatenated (`a`'s first); a set
 *    `minimum_should_match` of `a` is dropped; then for `x` in (`a`, `b`): when `x`'s `should` has at most
 *    required(x) clauses they all go to `must`; else when the result has no `should` yet, it takes `x`'s with
 *    `minimum_should_match` = required(x) (written even when 0); else when both required(result) and
 *    required(x) are 0 the `should` lists are concatenated; else `{"should": x.should,
 *    "minimum_should_match": required(x)}` is appended to `must`.
 *
 * `a or b`:
 * 1. `match_all or b` is `match_all`; `match_none or b` is `b`; the same when `b` is one of them and `a` a leaf.
 * 2. leaf `a` with bool `b`: `b or a`; two leaves: `{"should": [a, b]}`.
 * 3. bool `a`: when `a` is should-only, `b` joins its `should` (all of `b`'s `should` when `b` is should-only
 *    too, else `b` itself); else when `b` is a should-only bool, `a` joins the end of `b`'s `should`; else
 *    `{"should": [a, b]}`.
 *
 * `not(a)`:
 * 1. `match_all` ⇄ `match_none`; a leaf becomes `{"must_not": [a]}`; a bool without clauses is `match_none`.
 * 2. a bool becomes the alternatives: `not(m)` for each `must` then each `filter` clause, each `must_not` clause
 *    as it is, and `{"must_not": should}` when required(a) is not 0; one alternative stands alone, several
 *    are `{"should": [...]}`. (Like pyatlan, a `minimum_should_match` above 1 is negated as if it were 1.)
 *
 * A `minimum_should_match` that is not a whole number (`"75%"`) counts as "some, not all" in these rules.
 */
internal object BooleanComposition {

    fun and(a: Query, b: Query): Query = when {
        a is Query.Bool -> boolAnd(a, b)
        a.isMatchAll() -> b
        a.isMatchNone() -> a
        b is Query.Bool -> boolAnd(b, a)
        b.isMatchAll() -> a
        b.isMatchNone() -> b
        else -> bool(filter = listOf(a, b))
    }

    fun or(a: Query, b: Query): Query = when {
        a is Query.Bool -> boolOr(a, b)
        a.isMatchAll() -> a
        a.isMatchNone() -> b
        b is Query.Bool -> boolOr(b, a)
        b.isMatchAll() -> b
        b.isMatchNone() -> a
        else -> bool(should = listOf(a, b))
    }

    fun not(a: Query): Query {
        if (a.isMatchAll()) return MATCH_NONE
        if (a.isMatchNone()) return Query.MatchAll()
        if (a !is Query.Bool) return bool(mustNot = listOf(a))
        val must = a.must.orEmpty()
        val filter = a.filter.orEmpty()
        val should = a.should.orEmpty()
        val mustNot = a.mustNot.orEmpty()
        if (must.isEmpty() && filter.isEmpty() && should.isEmpty() && mustNot.isEmpty()) return MATCH_NONE
        val negations = (must + filter).map(::not) + mustNot +
            (if (should.isNotEmpty() && required(a) != Required.NONE) listOf(bool(mustNot = should)) else emptyList())
        return negations.singleOrNull() ?: bool(should = negations)
    }

    private fun boolAnd(a: Query.Bool, b: Query): Query {
        if (b !is Query.Bool) {
            val alternativesOnly = a.must.isNullOrEmpty() && a.filter.isNullOrEmpty() && !a.should.isNullOrEmpty()
            return a.copy(
                must = a.must.orEmpty() + b,
                minimumShouldMatch = if (alternativesOnly) JsonPrimitive(1) else a.minimumShouldMatch,
            )
        }
        var must = a.must.orEmpty() + b.must.orEmpty()
        var should = emptyList<Query>()
        var minimum: JsonPrimitive? = a.minimumShouldMatch?.takeIf { Required.of(it) == Required.NONE }
        val filter = a.filter.orEmpty() + b.filter.orEmpty()
        for (x in listOf(a, b)) {
            val xShould = x.should.orEmpty()
            val required = required(x)
            when {
                required.coversAll(xShould.size) -> must = must + xShould
                should.isEmpty() -> {
                    minimum = required.json
                    should = xShould
                }
                required(Query.Bool(must = must, should = should, filter = filter, minimumShouldMatch = minimum)) == Required.NONE &&
                    required == Required.NONE -> should = should + xShould
                else -> must = must + Query.Bool(should = xShould, minimumShouldMatch = required.json)
            }
        }
        return a.copy(
            must = must.ifEmpty { null },
            should = should.ifEmpty { null },
            mustNot = (a.mustNot.orEmpty() + b.mustNot.orEmpty()).ifEmpty { null },
            filter = filter.ifEmpty { null },
            minimumShouldMatch = minimum,
        )
    }

    private fun boolOr(a: Query.Bool, b: Query): Query {
        if (a.isShouldOnly()) {
            val joining = if (b is Query.Bool && b.isShouldOnly()) b.should.orEmpty() else listOf(b)
            return a.copy(should = (a.should.orEmpty() + joining).ifEmpty { null })
        }
        if (b is Query.Bool && b.isShouldOnly()) return b.copy(should = b.should.orEmpty() + a)
        return bool(should = listOf(a, b))
    }

    /** How many `should` clauses [b] requires, as pyatlan's `Bool._min_should_match` counts them. */
    private fun required(b: Query.Bool): Required {
        val given = b.minimumShouldMatch?.let(Required::of)
        if (given != null && given != Required.NONE) return given
        val implied = !b.should.isNullOrEmpty() && b.must.isNullOrEmpty() && b.filter.isNullOrEmpty()
        return if (implied) Required.Count(1) else Required.NONE
    }

    private fun Query.Bool.isShouldOnly(): Boolean =
        must.isNullOrEmpty() && mustNot.isNullOrEmpty() && filter.isNullOrEmpty() &&
            (minimumShouldMatch == null || Required.of(minimumShouldMatch!!) == Required.NONE)

    private fun bool(must: List<Query>? = null, should: List<Query>? = null, mustNot: List<Query>? = null, filter: List<Query>? = null) =
        Query.Bool(must = must, should = should, mustNot = mustNot, filter = filter)

    private fun Query.isMatchAll() = this is Query.MatchAll
    private fun Query.isMatchNone() = this is Query.Raw && json.keys.singleOrNull() == "match_none"

    /** `{"match_none": {}}`, what negating everything gives. */
    val MATCH_NONE: Query = Query.Raw(JsonObject(mapOf("match_none" to JsonObject(emptyMap()))))

    /** A `minimum_should_match`: a whole count, or something else (a percentage) that means "some, not all". */
    private sealed class Required {
        abstract val json: JsonPrimitive
        abstract fun coversAll(clauses: Int): Boolean

        data class Count(val n: Int) : Required() {
            override val json get() = JsonPrimitive(n)
            override fun coversAll(clauses: Int) = clauses <= n
        }

        data class Other(override val json: JsonPrimitive) : Required() {
            override fun coversAll(clauses: Int) = clauses == 0
        }

        companion object {
            val NONE = Count(0)
            fun of(value: JsonPrimitive): Required = value.intOrNull?.let(::Count) ?: Other(value)
        }
    }
}
