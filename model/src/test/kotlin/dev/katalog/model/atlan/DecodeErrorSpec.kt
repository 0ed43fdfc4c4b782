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

/** Bad JSON fails with a ModelDecodeException that names where and what was expected. */
class DecodeErrorSpec : FunSpec({
    fun search(dsl: String) = """{"dsl":$dsl}"""

    test("truncated JSON") {
        val e = shouldThrow<ModelDecodeException> { KatalogJson.decode(IndexSearchRequest.serializer(), """{"dsl":{"from":0,"size":""") }
        e.path shouldContain "$"
        e.message shouldContain "expected"
    }

    test("a string where a number belongs") {
        val e = shouldThrow<ModelDecodeException> { KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"size":"ten"}""")) }
        e.path shouldBe "$.dsl.size"
    }

    test("an entity without typeName") {
        val e = shouldThrow<ModelDecodeException> {
            KatalogJson.decode(BulkEntityRequest.serializer(), """{"entities":[{"attributes":{"qualifiedName":"x"}}]}""")
        }
        e.path shouldBe "$.entities[0].typeName"
        e.expected shouldContain "type"
    }

    test("a reference without typeName, read through a typed relationship") {
        val term = KatalogJson.decode(
            Asset.serializer(),
            """{"typeName":"AtlasGlossaryTerm","attributes":{"anchor":{"guid":"g-1"}}}""",
        ) as AtlasGlossaryTerm
        val e = shouldThrow<ModelDecodeException> { term.anchor }
        e.path shouldBe "$.attributes.anchor.typeName"
    }

    test("an attribute of the wrong type") {
        val table = KatalogJson.decode(Asset.serializer(), """{"typeName":"Table","attributes":{"rowCount":"many"}}""") as Table
        val e = shouldThrow<ModelDecodeException> { table.rowCount }
        e.path shouldBe "$.attributes.rowCount"
        e.expected shouldBe "a whole number"
    }

    test("an enum attribute with a value the type does not allow") {
        val table = KatalogJson.decode(Asset.serializer(), """{"typeName":"Table","attributes":{"certificateStatus":"SHINY"}}""") as Table
        val e = shouldThrow<ModelDecodeException> { table.certificateStatus }
        e.path shouldContain "$.attributes.certificateStatus"
    }

    test("a query with two kinds in one object") {
        val e = shouldThrow<ModelDecodeException> {
            KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"query":{"term":{"a":{"value":1}},"match":{"b":{"query":"x"}}}}"""))
        }
        e.path shouldBe "$.dsl.query"
        e.expected shouldContain "exactly one key"
    }

    test("a bool clause that is neither a list nor a query") {
        val e = shouldThrow<ModelDecodeException> {
            KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"query":{"bool":{"filter":"oops"}}}"""))
        }
        e.path shouldBe "$.dsl.query.bool.filter"
        e.expected shouldBe "an array"
    }

    test("a sort order that is not asc or desc") {
        val e = shouldThrow<ModelDecodeException> {
            KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"sort":[{"name.keyword":{"order":"up"}}]}"""))
        }
        e.path shouldBe "$.dsl.sort[0].name.keyword.order"
        e.expected shouldContain "asc"
    }

    test("a term query without a value") {
        val e = shouldThrow<ModelDecodeException> {
            KatalogJson.decode(IndexSearchRequest.serializer(), search("""{"query":{"term":{"name.keyword":{"case_insensitive":true}}}}"""))
        }
        e.path shouldBe "$.dsl.query.term.name.keyword"
        e.expected shouldContain "value"
    }

    test("an entity response whose entity is an array") {
        val e = shouldThrow<ModelDecodeException> { KatalogJson.decode(EntityResponse.serializer(), """{"entity":[]}""") }
        e.message shouldContain "object"
    }

    test("garbage bytes") {
        shouldThrow<ModelDecodeException> { KatalogJson.decode(IndexSearchRequest.serializer(), "\u0000\u00ff{]") }
    }
})
