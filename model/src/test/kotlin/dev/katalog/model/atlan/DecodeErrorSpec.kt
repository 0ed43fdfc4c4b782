package dev.katalog.model.atlan

import dev.katalog.model.atlan.api.BulkEntityRequest
import dev.katalog.model.atlan.api.EntityResponse
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/** Bad JSON fails with a ModelDecodeException that names where and what was expected (entries B20–B34 of docs/RELIABILITY.md). */
class DecodeErrorSpec : FunSpec({
    fun search(dsl: String) = """{"dsl":$dsl}"""

    test("B20 truncated JSON") {
        val e = shouldThrow<ModelDecodeException> { KatalogJson.decode(IndexSearchRequest.serializer(), """{"dsl":{"from":0,"size":""") }
        e.path shouldContain "$"
        e.message shouldContain "expected"
    }

    test("B21 a string where a number belongs") {
        val e = shouldThrow<ModelDecodeException> { KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"size":"ten"}""")) }
        e.path shouldBe "$.dsl.size"
    }

    test("B22 an entity without typeName") {
        val e = shouldThrow<ModelDecodeException> {
            KatalogJson.decode(BulkEntityRequest.serializer(), """{"entities":[{"attributes":{"qualifiedName":"x"}}]}""")
        }
        e.path shouldBe "$.entities[0].typeName"
        e.expected shouldContain "type"
    }

    test("B23 a reference without typeName, read through a typed relationship") {
        val term = KatalogJson.decode(
            Asset.serializer(),
            """{"typeName":"AtlasGlossaryTerm","attributes":{"anchor":{"guid":"g-1"}}}""",
        ) as AtlasGlossaryTerm
        val e = shouldThrow<ModelDecodeException> { term.anchor }
        e.path shouldBe "$.attributes.anchor.typeName"
    }

    test("B24 an attribute of the wrong type") {
        val table = KatalogJson.decode(Asset.serializer(), """{"typeName":"Table","attributes":{"rowCount":"many"}}""") as Table
        val e = shouldThrow<ModelDecodeException> { table.rowCount }
        e.path shouldBe "$.attributes.rowCount"
        e.expected shouldBe "a whole number"
    }

    test("B25 an enum attribute with a value the type does not allow") {
        val table = KatalogJson.decode(Asset.serializer(), """{"typeName":"Table","attributes":{"certificateStatus":"SHINY"}}""") as Table
        val e = shouldThrow<ModelDecodeException> { table.certificateStatus }
        e.path shouldContain "$.attributes.certificateStatus"
    }

    test("B26 a query with two kinds in one object") {
        val e = shouldThrow<ModelDecodeException> {
            KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"query":{"term":{"a":{"value":1}},"match":{"b":{"query":"x"}}}}"""))
        }
        e.path shouldBe "$.dsl.query"
        e.expected shouldContain "exactly one key"
    }

    test("B27 a bool clause that is neither a list nor a query") {
        val e = shouldThrow<ModelDecodeException> {
            KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"query":{"bool":{"filter":"oops"}}}"""))
        }
        e.path shouldBe "$.dsl.query.bool.filter"
        e.expected shouldBe "an array"
    }

    test("B28 a sort order that is not asc or desc") {
        val e = shouldThrow<ModelDecodeException> {
            KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"sort":[{"name.keyword":{"order":"up"}}]}"""))
        }
        e.path shouldBe "$.dsl.sort[0].name.keyword.order"
        e.expected shouldContain "asc"
    }

    test("B29 a term query without a value") {
        val e = shouldThrow<ModelDecodeException> {
            KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"query":{"term":{"name.keyword":{"case_insensitive":true}}}}"""))
        }
        e.path shouldBe "$.dsl.query.term.name.keyword"
        e.expected shouldContain "value"
    }

    test("B30 an entity response whose entity is an array") {
        val e = shouldThrow<ModelDecodeException> { KatalogJson.decode(EntityResponse.serializer(), """{"entity":[]}""") }
        e.message shouldContain "object"
    }

    test("B31 garbage bytes") {
        shouldThrow<ModelDecodeException> { KatalogJson.decode(IndexSearchRequest.serializer(), "\u0000\u00ff{]") }
    }

    test("B32 numbers too large for their type") {
        for (huge in listOf("99999999999999999999", "1e400", "-1e400")) {
            val table = KatalogJson.decode(Asset.serializer(), """{"typeName":"Table","attributes":{"rowCount":$huge}}""") as Table
            val e = shouldThrow<ModelDecodeException> { table.rowCount }
            e.path shouldBe "$.attributes.rowCount"
        }
        shouldThrow<ModelDecodeException> { KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"size":1e400}""")) }.path shouldBe "$.dsl.size"
    }

    test("B35 numbers beyond Long and Double are written back exactly as read") {
        for (number in listOf("99999999999999999999", "1e400", "-1e400", "0.1", "1.5e-300", "123456789012345678901234567890.5")) {
            val json = """{"typeName":"Table","attributes":{"rowCount":$number,"extra":[$number]}}"""
            val encoded = KatalogJson.encode(Asset.serializer(), KatalogJson.decode(Asset.serializer(), json))
            encoded shouldContain "\"rowCount\":$number"
            encoded shouldContain "\"extra\":[$number]"
        }
    }

    test("B33 an unknown typeName is kept, not refused") {
        val asset = KatalogJson.decode(Asset.serializer(), """{"typeName":"FromANewerServer","guid":"g","attributes":{"qualifiedName":"q","shiny":[1,2]}}""")
        asset.typeName shouldBe "FromANewerServer"
        KatalogJson.encode(Asset.serializer(), asset) shouldContain "\"shiny\":[1,2]"
    }

    test("B34 unicode edge cases in names survive decode and encode unchanged") {
        val names = listOf("Ümsätze 📈", "מכירות", "e\u0301", "tab\there", "nul\u0000byte", "lone \ud800 surrogate", "\u202Eevil")
        for (name in names) {
            val json = """{"typeName":"Table","attributes":{"name":"$name"}}"""
            val table = KatalogJson.decode(Asset.serializer(), json) as Table
            val again = KatalogJson.decode(Asset.serializer(), KatalogJson.encode(Asset.serializer(), table)) as Table
            again.name shouldBe table.name
        }
    }
})
