package dev.katalog.dsl.search

import dev.katalog.model.atlan.search.Query
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.RandomSource
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.checkAll
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.intOrNull

/**
 * Random compositions of `and`, `or` and `not` over four leaves (and `match_all`), checked against the rules
 * written on [BooleanComposition]: what they mean (the same truth table as the Boolean formula, under
 * Elasticsearch's `bool` semantics), and how they nest (clause lists concatenated in order, no empty lists).
 */
class BooleanCompositionPropertySpec : FunSpec({
    val leaves = List(4) { Query.Exists("f$it") }

    /** A formula and the query composed from it. */
    data class Composed(val formula: (BooleanArray) -> Boolean, val query: Query, val text: String)

    fun compose(random: RandomSource, depth: Int): Composed {
        val pick = random.random.nextInt(if (depth == 0) 5 else 8)
        return when {
            pick < 4 -> Composed({ it[pick] }, leaves[pick], "f$pick")
            pick == 4 -> Composed({ true }, Query.MatchAll(), "all")
            pick == 5 -> compose(random, depth - 1).let { x -> Composed({ !x.formula(it) }, not(x.query), "~${x.text}") }
            else -> {
                val x = compose(random, depth - 1)
                val y = compose(random, depth - 1)
                if (pick == 6) Composed({ x.formula(it) && y.formula(it) }, x.query and y.query, "(${x.text} & ${y.text})")
                else Composed({ x.formula(it) || y.formula(it) }, x.query or y.query, "(${x.text} | ${y.text})")
            }
        }
    }
    val compositions = arbitrary { compose(it, 4) }

    /** Elasticsearch's reading of a query, leaves taking their truth from [values]. */
    fun matches(query: Query, values: BooleanArray): Boolean = when (query) {
        is Query.Exists -> values[query.field.removePrefix("f").toInt()]
        is Query.MatchAll -> true
        is Query.Raw -> if (query.json.containsKey("match_none")) false else error("unexpected $query")
        is Query.Bool -> {
            val should = query.should.orEmpty()
            val hits = should.count { matches(it, values) }
            val required = query.minimumShouldMatch?.intOrNull
                ?: if (should.isNotEmpty() && query.must.isNullOrEmpty() && query.filter.isNullOrEmpty()) 1 else 0
            query.must.orEmpty().all { matches(it, values) } && query.filter.orEmpty().all { matches(it, values) } &&
                query.mustNot.orEmpty().none { matches(it, values) } && hits >= required
        }
        else -> error("unexpected $query")
    }

    fun assignments() = (0 until 16).map { bits -> BooleanArray(4) { bits shr it and 1 == 1 } }

    test("a composition means what its formula means, for every assignment of the leaves") {
        checkAll(500, compositions) { composed ->
            for (values in assignments()) {
                Pair(composed.text, matches(composed.query, values)) shouldBe Pair(composed.text, composed.formula(values))
            }
        }
    }

    test("no bool has an empty clause list") {
        fun emptyLists(element: JsonElement): Int = when (element) {
            is JsonArray -> (if (element.isEmpty()) 1 else 0) + element.sumOf(::emptyLists)
            is JsonObject -> element.values.sumOf(::emptyLists)
            else -> 0
        }
        checkAll(300, compositions) { composed -> emptyLists(KatalogJson.encodeToElement(Query.serializer(), composed.query)) shouldBe 0 }
    }

    test("and of two bools without alternatives concatenates their clause lists, left first") {
        checkAll(300, compositions, compositions) { x, y ->
            val left = x.query as? Query.Bool
            val right = y.query as? Query.Bool
            if (left != null && right != null && left.should == null && right.should == null) {
                val both = (left and right) as Query.Bool
                both.must.orEmpty() shouldBe left.must.orEmpty() + right.must.orEmpty()
                both.filter.orEmpty() shouldBe left.filter.orEmpty() + right.filter.orEmpty()
                both.mustNot.orEmpty() shouldBe left.mustNot.orEmpty() + right.mustNot.orEmpty()
                both.should shouldBe null
            }
        }
    }

    test("or of alternatives-only bools is one should list, left first; a leaf or-ed to them joins the end") {
        checkAll(300, Arb.list(Arb.int(0..3), 2..6)) { picks ->
            val queries = picks.map { leaves[it] }
            or(*queries.toTypedArray()) shouldBe Query.Bool(should = queries)
            (or(*queries.toTypedArray()) or or(*queries.toTypedArray())) shouldBe Query.Bool(should = queries + queries)
        }
    }

    test("and of three or more leaves: the first two are filters, the rest must, in order") {
        checkAll(300, Arb.list(Arb.int(0..3), 3..6)) { picks ->
            val queries = picks.map { leaves[it] }
            and(*queries.toTypedArray()) shouldBe Query.Bool(filter = queries.take(2), must = queries.drop(2))
        }
    }

    test("not of a bool of clauses is the alternatives of their negations, must before filter; not of not of a leaf is the leaf") {
        checkAll(300, Arb.list(Arb.int(0..3), 2..5)) { picks ->
            val queries = picks.map { leaves[it] }
            // must clauses are negated before filter ones: and(a, b, c, …) keeps a, b as filters and the rest as must.
            not(and(*queries.toTypedArray())) shouldBe Query.Bool(should = (queries.drop(2) + queries.take(2)).map { Query.Bool(mustNot = listOf(it)) })
            not(or(*queries.toTypedArray())) shouldBe Query.Bool(mustNot = queries)
            for (leaf in queries) not(not(leaf)) shouldBe leaf
        }
    }
})
