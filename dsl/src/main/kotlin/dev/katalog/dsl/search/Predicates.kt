@file:JvmName("Predicates")

package dev.katalog.dsl.search

import dev.katalog.model.atlan.search.Query

/**
 * All of [queries] must match: `and(a, b, c)` is `(a and b) and c`, nested as pyatlan nests `a & b & c`
 * (two leaves become `{"bool": {"filter": [a, b]}}`; see [BooleanComposition] for every case).
 */
public fun and(vararg queries: Query): Query {
    if (queries.isEmpty()) throw InvalidSearchException("and() needs at least one query")
    return queries.reduce(BooleanComposition::and)
}

/**
 * At least one of [queries] must match: `or(a, b, c)` is `(a or b) or c`, nested as pyatlan nests `a | b | c`
 * (alternatives flatten into one `should` list; see [BooleanComposition] for every case).
 */
public fun or(vararg queries: Query): Query {
    if (queries.isEmpty()) throw InvalidSearchException("or() needs at least one query")
    return queries.reduce(BooleanComposition::or)
}

/**
 * [query] must not match, as pyatlan's `~query`: a leaf becomes `{"bool": {"must_not": [query]}}`; a bool is
 * negated clause by clause (`not(not(x))` is `x` again); see [BooleanComposition] for every case.
 */
public fun not(query: Query): Query = BooleanComposition.not(query)

/** This and [other] must both match, as pyatlan's `this & other` (see [and]). */
public infix fun Query.and(other: Query): Query = BooleanComposition.and(this, other)

/** This or [other] must match, as pyatlan's `this | other` (see [or]). */
public infix fun Query.or(other: Query): Query = BooleanComposition.or(this, other)
