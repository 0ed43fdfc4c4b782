package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.MaterialisedView
import dev.katalog.model.atlan.asset.Readme
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.View
import dev.katalog.model.atlan.enums.CertificateStatus
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonPrimitive
import java.time.Instant

/** The scopes of a tree are the typed setters of their asset types; what the tree decides itself is refused. */
class TypedTreeSpec : FunSpec({
    val connectionQn = "default/snowflake/1700000000"

    fun inSchema(block: SchemaScope.() -> Unit): CatalogTree = catalog {
        connection("analytics", Connector.SNOWFLAKE) { adminUsers("admin"); database("SALES") { schema("PUBLIC", block) } }
    }

    test("typed setters of each scope reach the compiled assets") {
        val staleSince = Instant.parse("2026-01-02T03:04:05Z")
        val tree = inSchema {
            table("ORDERS") {
                rowCount(5)
                ownerUsers(listOf("alice"))
                certificateStatus(CertificateStatus.VERIFIED)
                description = "One row per order"
                column("ID", dataType = "NUMBER") { isNullable(false); maxLength(38) }
            }
            view("ORDERS_V") { definition("select * from ORDERS") }
            materialisedView("ORDERS_MV") { staleSinceDate(staleSince) }
        }
        val compiled = tree.compile(mapOf("analytics" to connectionQn))
        val table = compiled.at("analytics/SALES/PUBLIC/ORDERS")!!.asset as Table
        table.rowCount shouldBe 5L
        table.ownerUsers shouldBe listOf("alice")
        table.certificateStatus shouldBe CertificateStatus.VERIFIED
        table.description shouldBe "One row per order"
        val column = compiled.at("analytics/SALES/PUBLIC/ORDERS/column[1]")!!.asset as Column
        column.isNullable shouldBe false
        column.maxLength shouldBe 38L
        column.dataType shouldBe "NUMBER"
        (compiled.at("analytics/SALES/PUBLIC/ORDERS_V")!!.asset as View).definition shouldBe "select * from ORDERS"
        (compiled.at("analytics/SALES/PUBLIC/ORDERS_MV")!!.asset as MaterialisedView).staleSinceDate shouldBe staleSince
    }

    test("glossary, category and term scopes take their types' setters") {
        val tree = catalog {
            glossary("Metrics") {
                shortDescription("Business metrics")
                category("Finance") { certificateStatus(CertificateStatus.DRAFT); term("ARR") { abbreviation("ARR"); examples(listOf("1.2M")) } }
            }
        }
        val compiled = tree.compile(emptyMap())
        (compiled.at("Metrics/Finance/ARR")!!.asset as AtlasGlossaryTerm).abbreviation shouldBe "ARR"
        (compiled.at("Metrics/Finance/ARR")!!.asset as AtlasGlossaryTerm).examples shouldBe listOf("1.2M")
        compiled.at("Metrics/Finance")!!.asset.certificateStatus shouldBe CertificateStatus.DRAFT
        compiled.at("Metrics")!!.asset.attributes["shortDescription"] shouldBe JsonPrimitive("Business metrics")
    }

    test("what the tree decides from a node's place is refused, naming the attribute, the node and the fix") {
        val tree = inSchema {
            table("ORDERS") {
                qualifiedName("elsewhere/ORDERS")
                name("ORDERS2")
                connectionQualifiedName("default/snowflake/1")
                atlanSchema(Schema.refByQualifiedName("$connectionQn/SALES/OTHER"))
                columns(listOf(Column.refByQualifiedName("$connectionQn/SALES/PUBLIC/ORDERS/ID")))
                attribute("guid", "1234")
                column("ID") { order(3) }
            }
        }
        val problems = shouldThrow<InvalidTreeException> { tree.validate() }.problems
        problems.map { it.path to it.attribute } shouldContainExactly listOf(
            "analytics/SALES/PUBLIC/ORDERS" to "qualifiedName",
            "analytics/SALES/PUBLIC/ORDERS" to "name",
            "analytics/SALES/PUBLIC/ORDERS" to "connectionQualifiedName",
            "analytics/SALES/PUBLIC/ORDERS" to "atlanSchema",
            "analytics/SALES/PUBLIC/ORDERS" to "columns",
            "analytics/SALES/PUBLIC/ORDERS" to "guid",
            "analytics/SALES/PUBLIC/ORDERS/column[1]" to "order",
        )
        problems.first().toString() shouldBe
            "analytics/SALES/PUBLIC/ORDERS: \"qualifiedName\" cannot be set inside a tree: the tree sets it from the node's place; remove it"
        problems[1].problem shouldContain "rename the table instead"
        problems.last().problem shouldContain "column(name, order = n)"
    }

    test("relationships to assets outside the tree are refused with how to link them, not dropped") {
        val tree = inSchema {
            table("ORDERS") {
                meanings(listOf(AtlasGlossaryTerm.refByQualifiedName("term@glossary")))
                readme(Readme.refByGuid("r-1"))
            }
        }
        val problems = tree.problems()
        problems.map { it.attribute } shouldContainExactly listOf("meanings", "readme")
        problems.first().problem shouldBe "\"meanings\" links to assets outside the tree, which trees do not link: remove it, and link after applying " +
            "with client.assets.save(Table.updater(qualifiedName, name).meanings(…).build())"
    }

    test("attributes the model lacks are set by name and sent as given") {
        val tree = inSchema { table("ORDERS") { attribute("customTeamOwner", "data-eng"); attribute("customScore", 7) } }
        val table = tree.compile(mapOf("analytics" to connectionQn)).at("analytics/SALES/PUBLIC/ORDERS")!!.asset
        table.attributes["customTeamOwner"] shouldBe JsonPrimitive("data-eng")
        table.attributes["customScore"] shouldBe JsonPrimitive(7)
    }

    test("the hand-written helpers still work next to the typed setters") {
        val tree = catalog {
            connection("analytics", Connector.SNOWFLAKE) {
                adminUsers("admin", "ops")
                adminGroups("data")
                database("SALES") { userDescription = "Sales"; ownerGroups("finance") }
            }
        }
        val compiled = tree.compile(mapOf("analytics" to connectionQn))
        compiled.at("analytics")!!.asset.adminUsers shouldBe listOf("admin", "ops")
        compiled.at("analytics")!!.asset.adminGroups shouldBe listOf("data")
        compiled.at("analytics/SALES")!!.asset.userDescription shouldBe "Sales"
        compiled.at("analytics/SALES")!!.asset.ownerGroups shouldBe listOf("finance")
    }
})
