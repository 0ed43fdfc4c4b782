package dev.katalog.client.it

import dev.katalog.client.core.UsageException
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject

/**
 * Names given as strings are checked against the type definitions before anything is sent: a typo is a
 * UsageException naming the close names, never an ignored include, a saved junk attribute or an empty result.
 */
class NameCheckSpec : FunSpec({
    val client = SharedCatalog.client()
    afterSpec { client.close() }
    val schemaQn = "${SharedCatalog.uniqueConnection()}/DB/S"

    test("an attribute set by name that the type does not have is refused, with the close name") {
        val typo = Table.updater("$schemaQn/ORDERS", "ORDERS").attribute("rowCont", JsonPrimitive(5)).build()
        val e = shouldThrow<UsageException> { client.assets.save(typo) }
        e.problem shouldBe "Table has no attribute \"rowCont\""
        e.fix shouldContain "\"rowCount\""
        client.search.count(FluentSearch.select(Table).where(Asset.QUALIFIED_NAME eq "$schemaQn/ORDERS").toRequest()) shouldBe 0L
    }

    test("an include by name that no type has is refused") {
        val e = shouldThrow<UsageException> { client.search.page(FluentSearch.select(Table).include("rowCont").toRequest()) }
        e.problem shouldContain "\"rowCont\""
        e.fix shouldContain "\"rowCount\""
        client.search.page(FluentSearch.select(Table).include("rowCount").pageSize(1).toRequest()).approximateCount shouldBe
            client.search.count(FluentSearch.select(Table).toRequest())
    }

    test("a type name in a filter that no type has is refused, instead of an empty result") {
        val e = shouldThrow<UsageException> { client.search.count(FluentSearch.select().where(Asset.TYPE_NAME eq "Tabel").toRequest()) }
        e.problem shouldContain "\"Tabel\""
        e.fix shouldContain "\"Table\""
    }

    test("a tree attribute by name fails the plan, before anything is sent") {
        val tree = catalog {
            connection("names-${System.nanoTime()}", Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("DB") { schema("S") { table("T") { attribute("rowCont", 5) } } }
            }
        }
        val e = shouldThrow<UsageException> { client.trees.plan(tree) }
        e.problem shouldBe "Table has no attribute \"rowCont\""
    }

    test("an unknown entity type is refused with the close type names") {
        val e = shouldThrow<UsageException> {
            client.assets.save(AtlanTypes.wrap(Json.parseToJsonElement(
                """{"typeName":"Tabel","guid":"-1","attributes":{"qualifiedName":"$schemaQn/X","name":"X"}}""",
            ).jsonObject) as Asset)
        }
        e.problem shouldBe "No entity type is named \"Tabel\""
        e.fix shouldContain "\"Table\""
    }
})
