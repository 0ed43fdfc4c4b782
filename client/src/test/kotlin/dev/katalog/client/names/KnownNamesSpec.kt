package dev.katalog.client.names

import dev.katalog.client.MockAtlan
import dev.katalog.client.core.UsageException
import dev.katalog.client.json
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject

/** When the type definitions are read: only for a name the generated model lacks, once, and again for a name still missing. */
class KnownNamesSpec : FunSpec({
    val tenantTypes = """{"entityDefs":[
        {"name":"Referenceable","category":"ENTITY","attributeDefs":[{"name":"qualifiedName","typeName":"string"}]},
        {"name":"Asset","category":"ENTITY","superTypes":["Referenceable"],"attributeDefs":[{"name":"name","typeName":"string"}]},
        {"name":"Table","category":"ENTITY","superTypes":["Asset"],"attributeDefs":[{"name":"rowCount","typeName":"long"},{"name":"tenantOnly","typeName":"string"}]},
        {"name":"DataContractX","category":"ENTITY","superTypes":["Asset"],"attributeDefs":[{"name":"clause","typeName":"string"}]}
    ]}"""
    val saved = """{"mutatedEntities":{},"guidAssignments":{}}"""

    fun mock() = MockAtlan { request ->
        when {
            request.url.encodedPath == "/api/meta/types/typedefs" -> json(tenantTypes)
            request.url.encodedPath == "/api/meta/search/indexsearch" -> json("""{"approximateCount":0,"entities":[]}""")
            request.method == HttpMethod.Post -> json(saved)
            else -> json("{}")
        }
    }

    // Entity type definitions only: custom metadata definitions (read to recognise their attributes) come from the same path.
    fun MockAtlan.typeDefReads() = requests.count { it.url.encodedPath == "/api/meta/types/typedefs" && it.url.parameters["type"] == "ENTITY" }

    test("names the generated model has are checked without a call") {
        mock().use { m ->
            m.client.assets.save(Table.updater("default/x/1/DB/S/T", "T").rowCount(5).description("d").build())
            m.typeDefReads() shouldBe 0
            m.requests.map { it.url.encodedPath } shouldBe listOf("/api/meta/entity/bulk")
        }
    }

    test("a custom type and an attribute newer than the model are read from the tenant once") {
        mock().use { m ->
            val custom = AtlanTypes.wrap(Json.parseToJsonElement(
                """{"typeName":"DataContractX","guid":"-1","attributes":{"qualifiedName":"q","name":"n","clause":"c"}}""",
            ).jsonObject) as Asset
            m.client.assets.save(custom)
            m.client.assets.save(Table.updater("default/x/1/DB/S/T", "T").attribute("tenantOnly", JsonPrimitive("v")).build())
            m.typeDefReads() shouldBe 1
            m.requests.first().url.parameters.getAll("type") shouldBe listOf("ENTITY")
        }
    }

    test("a name still missing reads the definitions again, then fails with the close names") {
        mock().use { m ->
            val e = shouldThrow<UsageException> {
                m.client.assets.save(Table.updater("default/x/1/DB/S/T", "T").attribute("tenantOnlx", JsonPrimitive("v")).build())
            }
            e.fix shouldContain "\"tenantOnly\""
            m.typeDefReads() shouldBe 2
            m.requests.none { it.url.encodedPath == "/api/meta/entity/bulk" } shouldBe true
        }
    }

    test("a search's attributes are found on the types it filters on, on any generated type, then on the tenant's") {
        mock().use { m ->
            // `order` is a column's: not on the table the search filters on, so the check looks further, still with no call.
            Table.hasAttribute("order") shouldBe false
            val request = FluentSearch.select(Table).include("rowCount", "description", "order").includeOnRelations("name")
                .include("columns").pageSize(1).toRequest()
            m.client.search.page(request).approximateCount shouldBe 0L
            m.typeDefReads() shouldBe 0

            m.client.search.page(FluentSearch.select(Table).include("tenantOnly").toRequest()).approximateCount shouldBe 0L
            m.typeDefReads() shouldBe 1

            val e = shouldThrow<UsageException> { m.client.search.page(FluentSearch.select(Table).include("rowCont").toRequest()) }
            e.problem shouldBe "No type has the attribute \"rowCont\" the search asks to include"
            m.typeDefReads() shouldBe 2
            m.requests.count { it.url.encodedPath == "/api/meta/search/indexsearch" } shouldBe 2
        }
    }
})
