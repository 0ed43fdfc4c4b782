package dev.katalog.dsl.search

import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonPrimitive

/**
 * `and`, `or`, `not` nest as pyatlan 9.10.3 nests `&`, `|`, `~` (atlanhq/atlan-python, `pyatlan/model/search.py`,
 * `Query` and `Bool`); each expectation below is that code's answer for the same composition, derived by hand.
 */
class BooleanCompositionSpec : FunSpec({
    val a = Query.Exists("a")
    val b = Query.Exists("b")
    val c = Query.Exists("c")
    val d = Query.Exists("d")
    val e = Query.Exists("e")
    fun json(query: Query): JsonElement = KatalogJson.encodeToElement(Query.serializer(), query)
    fun json(text: String): JsonElement = Json.parseToJsonElement(text.replace(Regex("""\b([a-e])\b(?!")"""), """{"exists":{"field":"$1"}}"""))
    infix fun Query.compilesTo(expected: String) = json(this) shouldBe json(expected)

    test("two leaves and-ed are filters, as pyatlan's Query.__and__") {
        (a and b) compilesTo """{"bool":{"filter":[a,b]}}"""
        and(a, b) compilesTo """{"bool":{"filter":[a,b]}}"""
    }

    test("a leaf and-ed to a bool joins its must, after its clauses, whichever side it was on") {
        ((a and b) and c) compilesTo """{"bool":{"filter":[a,b],"must":[c]}}"""
        (a and (b and c)) compilesTo """{"bool":{"filter":[b,c],"must":[a]}}"""
        and(a, b, c, d) compilesTo """{"bool":{"filter":[a,b],"must":[c,d]}}"""
    }

    test("or-ed leaves flatten into one should list") {
        or(a, b, c) compilesTo """{"bool":{"should":[a,b,c]}}"""
        ((a or b) or (c or d)) compilesTo """{"bool":{"should":[a,b,c,d]}}"""
    }

    test("a leaf or-ed to a bool that is not alternatives only goes after it") {
        (a or (b and c)) compilesTo """{"bool":{"should":[{"bool":{"filter":[b,c]}},a]}}"""
        ((a and b) or (c and d) or e) compilesTo """{"bool":{"should":[{"bool":{"filter":[a,b]}},{"bool":{"filter":[c,d]}},e]}}"""
    }

    test("alternatives and-ed to a leaf stay required through minimum_should_match 1") {
        ((a or b) and c) compilesTo """{"bool":{"should":[a,b],"minimum_should_match":1,"must":[c]}}"""
    }

    test("two sets of alternatives and-ed: the first stays, the second nests in must") {
        ((a or b) and (c or d)) compilesTo
            """{"bool":{"should":[a,b],"minimum_should_match":1,"must":[{"bool":{"should":[c,d],"minimum_should_match":1}}]}}"""
        (((a or b) and c) and (d or e)) compilesTo
            """{"bool":{"must":[c,{"bool":{"should":[d,e],"minimum_should_match":1}}],"should":[a,b],"minimum_should_match":1}}"""
        ((a and b) and (c or d)) compilesTo """{"bool":{"filter":[a,b],"should":[c,d],"minimum_should_match":1}}"""
    }

    test("optional alternatives carried over write minimum_should_match 0") {
        (Query.Bool(must = listOf(a), should = listOf(b, c)) and (d and e)) compilesTo
            """{"bool":{"must":[a],"should":[b,c],"minimum_should_match":0,"filter":[d,e]}}"""
    }

    test("not: a leaf is must_not, a double negation is the leaf again, a bool is negated clause by clause") {
        not(a) compilesTo """{"bool":{"must_not":[a]}}"""
        not(not(a)) compilesTo """a"""
        not(a and b) compilesTo """{"bool":{"should":[{"bool":{"must_not":[a]}},{"bool":{"must_not":[b]}}]}}"""
        not(a or b) compilesTo """{"bool":{"must_not":[a,b]}}"""
        not((a or b) and c) compilesTo """{"bool":{"should":[{"bool":{"must_not":[c]}},{"bool":{"must_not":[a,b]}}]}}"""
        (not(a) and not(b)) compilesTo """{"bool":{"must_not":[a,b]}}"""
        (not(a) or b) compilesTo """{"bool":{"should":[{"bool":{"must_not":[a]}},b]}}"""
    }

    test("match_all and match_none absorb or vanish") {
        (Query.MatchAll() and a) compilesTo "a"
        (a and Query.MatchAll()) compilesTo "a"
        (a or Query.MatchAll()) compilesTo """{"match_all":{}}"""
        not(Query.MatchAll()) compilesTo """{"match_none":{}}"""
        not(Query.Bool()) compilesTo """{"match_none":{}}"""
        (not(Query.MatchAll()) or a) compilesTo "a"
        ((a and b) and Query.MatchAll()) compilesTo """{"bool":{"filter":[a,b],"must":[{"match_all":{}}]}}"""
    }

    test("a percentage minimum_should_match counts as some, not all") {
        val some = Query.Bool(should = listOf(a, b, c), minimumShouldMatch = JsonPrimitive("60%"))
        (some and (d or e)) compilesTo
            """{"bool":{"should":[a,b,c],"minimum_should_match":"60%","must":[{"bool":{"should":[d,e],"minimum_should_match":1}}]}}"""
    }

    test("whereNot puts the query in the search's own must_not, as pyatlan's FluentSearch.where_not") {
        val query = search<Table> { whereNot((Table.NAME eq "a") or (Table.NAME eq "b")) }.dsl.query as Query.Bool
        query.mustNot shouldBe listOf(Query.Bool(should = listOf(Table.NAME eq "a", Table.NAME eq "b")))
    }
})
