package dev.katalog.dsl.search

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.json.KatalogJson
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import java.time.Instant

/** Each operator's JSON, beyond the vectors. */
class OperatorsSpec : FunSpec({
    fun json(query: Query): JsonElement = KatalogJson.encodeToElement(Query.serializer(), query)
    fun json(text: String): JsonElement = Json.parseToJsonElement(text)
    fun encoded(request: IndexSearchRequest): String = KatalogJson.encode(IndexSearchRequest.serializer(), request)

    test("keyword operators") {
        json(Table.NAME.eq("Orders", ignoreCase = true)) shouldBe json("""{"term":{"name.keyword":{"value":"Orders","case_insensitive":true}}}""")
        json(Table.QUALIFIED_NAME regexp "default/.*/ORD[0-9]+") shouldBe
            json("""{"regexp":{"qualifiedName":{"value":"default/.*/ORD[0-9]+","case_insensitive":false}}}""")
        json(Table.NAME.hasAnyValue()) shouldBe json("""{"exists":{"field":"name.keyword"}}""")
    }

    test("values are data, never query syntax") {
        json(Table.NAME eq "name:x OR * AND \"q\"") shouldBe
            json("""{"term":{"name.keyword":{"value":"name:x OR * AND \"q\"","case_insensitive":false}}}""")
        json(Table.NAME match "a AND (b OR c)") shouldBe json("""{"match":{"name":{"query":"a AND (b OR c)"}}}""")
    }

    test("text operators") {
        json(Table.DESCRIPTION matchPhrase "one row per order") shouldBe json("""{"match_phrase":{"description":{"query":"one row per order"}}}""")
        json(Table.QUALIFIED_NAME match "orders") shouldBe json("""{"match":{"qualifiedName.text":{"query":"orders"}}}""")
    }

    test("numeric and date operators") {
        json(Table.ROW_COUNT.between(10, 20)) shouldBe json("""{"range":{"rowCount":{"gte":10,"lte":20}}}""")
        json(Table.CREATE_TIME gt Instant.ofEpochMilli(1_700_000_000_000)) shouldBe json("""{"range":{"__timestamp":{"gt":1700000000000}}}""")
        json(Table.UPDATE_TIME.between(Instant.ofEpochMilli(1), Instant.ofEpochMilli(2))) shouldBe
            json("""{"range":{"__modificationTimestamp":{"gte":1,"lte":2}}}""")
        json(Column.ORDER.hasAnyValue()) shouldBe json("""{"exists":{"field":"order"}}""")
        shouldThrow<IllegalArgumentException> { Table.ROW_COUNT gt Double.NaN }.message shouldContain "finite"
    }

    test("boolean and composition") {
        json(not(Table.IS_TEMPORARY eq true)) shouldBe json("""{"bool":{"must_not":[{"term":{"isTemporary":{"value":true}}}]}}""")
        json((Table.NAME eq "a") and (Table.ROW_COUNT lt 5)) shouldBe
            json("""{"bool":{"filter":[{"term":{"name.keyword":{"value":"a","case_insensitive":false}}},{"range":{"rowCount":{"lt":5}}}]}}""")
    }

    test("bucketBy with the source value") {
        val request = search { aggregate("owners", Asset.OWNER_USERS.bucketBy(3, includeSourceValue = true)) }
        encoded(request) shouldContain
            """"owners":{"terms":{"field":"ownerUsers","size":3},"aggregations":{"sourceValue":{"top_hits":{"size":1,"_source":{"includes":["ownerUsers"]}}}}}"""
    }

    test("status choices, paging and relation attributes") {
        encoded(Table.search { archived() }) shouldContain """{"term":{"__state":{"value":"DELETED","case_insensitive":false}}}"""
        encoded(search { includeArchived() }) shouldContain """"query":{"match_all":{}}"""
        val paged = search { from(600); pageSize(300); includeOnRelations(Asset.NAME) }
        paged.dsl.from shouldBe 600
        paged.relationAttributes shouldBe listOf("name")
    }

    test("searches that cannot be sent are refused with the fix") {
        shouldThrow<InvalidSearchException> { search { pageSize(-1) } }.message shouldContain "pageSize"
        shouldThrow<InvalidSearchException> { search { minSomes(2) } }.message shouldContain "whereSome"
        shouldThrow<InvalidSearchException> { search { whereSome(Table.NAME eq "a"); minSomes(2) } }.message shouldContain "only 1"
        shouldThrow<InvalidSearchException> {
            search { aggregate("a", Table.ROW_COUNT.sum()); aggregate("a", Table.ROW_COUNT.max()) }
        }.message shouldContain "twice"
        shouldThrow<IllegalArgumentException> { Table.NAME within emptyList() }.message shouldContain "at least one"
    }
})
