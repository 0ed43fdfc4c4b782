@file:JvmName("Predicates")

package dev.katalog.dsl.search

import dev.katalog.model.atlan.search.Query

/** All of [queries] must match (a nested `bool` with `must`). */
public fun and(vararg queries: Query): Query {
    if (queries.isEmpty()) throw InvalidSearchException("and() needs at least one query")
    return if (queries.size == 1) queries[0] else Query.Bool(must = queries.toList())
}

/** At least one of [queries] must match (a nested `bool` with `should`). */
public fun or(vararg queries: Query): Query {
    if (queries.isEmpty()) throw InvalidSearchException("or() needs at least one query")
    return if (queries.size == 1) queries[0] else Query.Bool(should = queries.toList())
}

/** [query] must not match (a nested `bool` with `must_not`). */
public fun not(query: Query): Query = Query.Bool(mustNot = listOf(query))

/** This and [other] must both match. */
public infix fun Query.and(other: Query): Query = and(this, other)

/** This or [other] must match. */
public infix fun Query.or(other: Query): Query = or(this, other)
