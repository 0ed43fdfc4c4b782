package dev.katalog.local

import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.ints.shouldBeGreaterThanOrEqual
import io.kotest.matchers.doubles.shouldBeGreaterThanOrEqual
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonObject
import java.io.File

class SearchSpec : FunSpec({
    val api = TestCatalog.api()
    val sf = "default/snowflake/1700000000"
    val pg = "default/postgres/1690000000"
    val vectors = File(System.getProperty("katalog.reference"), "atlan/vectors/search").listFiles { f -> f.name.endsWith(".json") }!!
        .sortedBy { it.name }
        .associate { it.name.removeSuffix(".json") to Json.parseToJsonElement(it.readText()).jsonObject["request"].toString() }

    // A small dataset matching the values the vectors ask for; placeholders name the assets.
    val dataset = api.save(
        """{"typeName":"Connection","guid":"-1","attributes":{"qualifiedName":"$sf","name":"snowflake-prod","connectorName":"snowflake","category":"warehouse","adminUsers":["admin"]}}""",
        """{"typeName":"Database","guid":"-2","attributes":{"qualifiedName":"$sf/DB","name":"DB","connectorName":"snowflake","connectionQualifiedName":"$sf","connection":{"typeName":"Connection","guid":"-1"}}}""",
        """{"typeName":"Schema","guid":"-3","attributes":{"qualifiedName":"$sf/DB/PUBLIC","name":"PUBLIC","connectionQualifiedName":"$sf","database":{"typeName":"Database","guid":"-2"}}}""",
        """{"typeName":"Table","guid":"-10","attributes":{"qualifiedName":"$sf/DB/PUBLIC/orders","name":"orders","rowCount":5000000,"columnCount":3,"sizeBytes":2048,"ownerUsers":["alice"],"__hasLineage":true,"userDescription":"Orders placed","certificateStatus":"VERIFIED","atlanSchema":{"typeName":"Schema","guid":"-3"}}}""",
        """{"typeName":"Table","guid":"-11","attributes":{"qualifiedName":"$sf/DB/PUBLIC/orders_2024","name":"orders_2024","rowCount":10,"columnCount":12,"sizeBytes":1024,"ownerUsers":["carol"],"description":"yearly","certificateStatus":"DEPRECATED","atlanSchema":{"typeName":"Schema","guid":"-3"}}}""",
        """{"typeName":"Table","guid":"-12","attributes":{"qualifiedName":"$sf/DB/PUBLIC/a","name":"a","rowCount":100,"columnCount":2,"ownerUsers":["bob"],"atlanSchema":{"typeName":"Schema","guid":"-3"}}}""",
        """{"typeName":"Table","guid":"-13","attributes":{"qualifiedName":"$sf/DB/PUBLIC/b","name":"b","columnCount":5,"atlanSchema":{"typeName":"Schema","guid":"-3"}}}""",
        """{"typeName":"View","guid":"-14","attributes":{"qualifiedName":"$sf/DB/PUBLIC/orders_view","name":"orders_view","atlanSchema":{"typeName":"Schema","guid":"-3"}}}""",
        """{"typeName":"Connection","guid":"-20","attributes":{"qualifiedName":"$pg","name":"postgres-dev","connectorName":"postgres","category":"database","adminUsers":["admin"]}}""",
        """{"typeName":"Database","guid":"-21","attributes":{"qualifiedName":"$pg/APP","name":"APP","connectionQualifiedName":"$pg","connection":{"typeName":"Connection","guid":"-20"}}}""",
        """{"typeName":"Schema","guid":"-22","attributes":{"qualifiedName":"$pg/APP/public","name":"public","connectionQualifiedName":"$pg","database":{"typeName":"Database","guid":"-21"}}}""",
        """{"typeName":"Table","guid":"-23","attributes":{"qualifiedName":"$pg/APP/public/pg_orders","name":"pg_orders","connectionQualifiedName":"$pg","atlanSchema":{"typeName":"Schema","guid":"-22"}}}""",
        """{"typeName":"Column","guid":"-30","attributes":{"qualifiedName":"$pg/APP/public/pg_orders/CUSTOMER_ID","name":"CUSTOMER_ID","order":1,"dataType":"varchar","connectionQualifiedName":"$pg","table":{"typeName":"Table","guid":"-23"}}}""",
        """{"typeName":"Column","guid":"-31","attributes":{"qualifiedName":"$pg/APP/public/pg_orders/amount","name":"amount","order":2,"dataType":"number","connectionQualifiedName":"$pg","table":{"typeName":"Table","guid":"-23"}}}""",
        """{"typeName":"Column","guid":"-32","attributes":{"qualifiedName":"$pg/APP/public/pg_orders/cust_name","name":"cust_name","order":3,"dataType":"varchar","connectionQualifiedName":"$pg","table":{"typeName":"Table","guid":"-23"}}}""",
        """{"typeName":"Process","guid":"-40","attributes":{"qualifiedName":"default/dbt/1700000001/run-1","name":"run-1","connectorName":"dbt"}}""",
    ).also { check(it.status == 200) { "dataset not saved: $it" } }
    fun g(vararg placeholders: Int) = placeholders.map { dataset.assigned("-$it") }
    val all = g(1, 2, 3, 10, 11, 12, 13, 14, 20, 21, 22, 23, 30, 31, 32, 40).toSet()

    fun run(vector: String): Api.Answer = api.search(vectors.getValue(vector)).also { it.status shouldBe 200 }
    fun found(vector: String): List<String> = run(vector).guids().filter { it in all }

    test("all 28 vector requests are accepted") {
        vectors.size shouldBe 28
        for ((name, request) in vectors) withClue(name) { api.search(request).status shouldBe 200 }
    }

    test("vectors find the right assets") {
        found("name-eq") shouldBe g(10)
        found("rowcount-gt") shouldBe g(10)
        found("columncount-lte").shouldContainExactlyInAnyOrder(g(10, 12))
        found("connection-qn").shouldContainExactlyInAnyOrder(g(30, 32))
        found("connector-eq-process") shouldBe g(40)
        found("lineage-true") shouldBe g(10)
        found("name-prefix-ci").shouldContainExactlyInAnyOrder(g(30, 32))
        found("name-wildcard") shouldBe g(11)
        found("nested-or").shouldContainExactlyInAnyOrder(g(12, 13))
        found("order-eq") shouldBe g(30)
        found("owner-within").shouldContainExactlyInAnyOrder(g(10, 12))
        found("exists-keyword") shouldBe g(10)
        found("where-some").shouldContainExactlyInAnyOrder(g(10, 11))
        found("where-not").shouldContainExactlyInAnyOrder(g(10, 12, 13, 23))
        found("types-within").shouldContainExactlyInAnyOrder(g(10, 11, 12, 13, 14, 23))
        found("term-type-and-state").shouldContainExactlyInAnyOrder(g(10, 11, 12, 13, 23))
        found("qn-prefix").shouldContainExactlyInAnyOrder(g(2, 3, 10, 11, 12, 13, 14))
        found("super-types").shouldContainExactlyInAnyOrder(g(2, 3, 10, 11, 12, 13, 14, 21, 22, 23, 30, 31, 32))
        found("select-defaults").shouldContainExactlyInAnyOrder(all)
        found("name-match").shouldContainExactlyInAnyOrder(g(10, 11, 14, 23, 30))
        found("name-match-stemmed").shouldContainExactlyInAnyOrder(g(10, 11, 14, 23))
        found("created-range").shouldBeEmpty()
        found("sort-name-desc") shouldBe g(23, 11, 10, 13, 12)
    }

    test("answers carry the asked attributes, aggregations and counts") {
        val included = run("include-results").obj["entities"].list().first { it.str("guid") == g(10).single() }
        included.at("attributes").str("schemaName") shouldBe null
        included.at("attributes").str("rowCount") shouldBe "5000000"
        included.at("attributes").str("name") shouldBe "orders"
        included.at("attributes").str("qualifiedName") shouldBe "$sf/DB/PUBLIC/orders"
        included.at("attributes").str("description") shouldBe null
        val counted = run("page-size-0-aggs")
        counted.obj["entities"] shouldBe null
        counted.obj.str("approximateCount")!!.toInt() shouldBeGreaterThanOrEqual all.size
        // Atlan normalizes __typeName.keyword (atlas-metastore GraphBackedSearchIndexer.java): bucket keys are lower case.
        counted.obj.at("aggregations", "by_type", "buckets").list().map { it.str("key") } shouldContainAll listOf("table")
        val metrics = run("aggs-metrics")
        metrics.obj.at("aggregations", "total_rows").str("value")!!.toDouble() shouldBeGreaterThanOrEqual 5_000_110.0
    }

    test("relationship attributes and related attributes in results") {
        val answer = api.search("""{"dsl":{"query":{"term":{"__guid":"${g(3).single()}"}}},"attributes":["tables","database"],"relationAttributes":["rowCount"]}""")
        val schema = answer.obj["entities"].list().single()
        schema.at("attributes", "tables").list().map { it.str("guid") }.shouldContainExactlyInAnyOrder(g(10, 11, 12, 13))
        schema.at("attributes", "tables").list().first { it.str("guid") == g(10).single() }.at("attributes").str("rowCount") shouldBe "5000000"
        schema.at("attributes", "database").str("guid") shouldBe g(2).single()
    }

    test("search_after pages on [__timestamp, __guid] with search metadata") {
        val query = """{"bool":{"filter":[{"prefix":{"qualifiedName":"$sf"}}]}}"""
        val seen = ArrayList<String>()
        var after: String? = null
        do {
            val searchAfter = after?.let { ""","search_after":$it""" } ?: ""
            val page = api.search("""{"dsl":{"size":3,"query":$query,"sort":[{"__timestamp":{"order":"asc"}},{"__guid":{"order":"asc"}}]$searchAfter},"showSearchMetadata":true}""")
            page.status shouldBe 200
            val guids = page.guids()
            seen += guids
            after = guids.lastOrNull()?.let { page.obj.at("searchMetadata", it, "sort").toString() }
        } while (guids.size == 3)
        seen.shouldContainExactlyInAnyOrder(g(1, 2, 3, 10, 11, 12, 13, 14))
        api.search("""{"dsl":{"size":3,"query":$query}}""").obj["searchMetadata"] shouldBe null
    }

    test("B74 a result window beyond 100,000 is refused") {
        val answer = api.search("""{"dsl":{"from":99950,"size":100,"query":{"match_all":{}}}}""")
        answer.status shouldBe 400
        answer.obj.str("errorMessage")!! shouldContain "100000"
        api.search("""{"dsl":{"from":99900,"size":100,"query":{"match_all":{}}}}""").status shouldBe 200
    }

    test("B75 an invalid query is a 400 carrying OpenSearch's reason") {
        val answer = api.search("""{"dsl":{"query":{"no_such_query":{"field":"x"}}}}""")
        answer.status shouldBe 400
        answer.obj.str("errorCode") shouldNotBe null
        answer.obj.str("errorMessage")!! shouldContain "no_such_query"
        api.search("""{"dsl":{"query":{"range":{"rowCount":{"gt":"lots"}}}}}""").status shouldBe 400
        api.search("""not json""").status shouldBe 400
    }

    test("soft-deleted assets are found by asking for DELETED, purged ones are gone") {
        val saved = api.save(
            """{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$sf/DB/OTHER/search_del1","name":"search_del1"}}""",
            """{"typeName":"Table","guid":"-2","attributes":{"qualifiedName":"$sf/DB/OTHER/search_del2","name":"search_del2"}}""",
        )
        val soft = saved.assigned("-1")
        val hard = saved.assigned("-2")
        val deleted = api.delete("/api/meta/entity/bulk?guid=$soft&deleteType=SOFT")
        deleted.obj.at("mutatedEntities", "DELETE").list().single().str("status") shouldBe "DELETED"
        api.delete("/api/meta/entity/bulk/?guid=$hard&deleteType=PURGE").status shouldBe 200
        val archived = api.search("""{"dsl":{"query":{"bool":{"filter":[{"term":{"__state":"DELETED"}},{"prefix":{"qualifiedName":"$sf/DB/OTHER/"}}]}}}}""")
        archived.guids() shouldBe listOf(soft)
        api.search("""{"dsl":{"query":{"term":{"__guid":"$hard"}}}}""").guids().shouldHaveSize(0)
    }
})
