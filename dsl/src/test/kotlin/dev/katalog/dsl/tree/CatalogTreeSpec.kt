package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.View
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import io.kotest.matchers.types.shouldBeInstanceOf

class CatalogTreeSpec : FunSpec({
    val connectionQn = "default/snowflake/1700000000"
    val tree = catalog {
        connection("analytics", connector = Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("SALES") {
                schema("PUBLIC") {
                    table("ORDERS") {
                        description = "One row per order"
                        ownerUsers("alice")
                        column("ID", dataType = "NUMBER")
                        column("AMOUNT", dataType = "DECIMAL(10,2)")
                        column("NOTE", order = 10)
                        column("AFTER_NOTE")
                    }
                    view("ORDERS_V") { column("ID", dataType = "NUMBER") }
                }
            }
            database("FINANCE") { schema("LEDGER") { table("ENTRIES") } }
        }
        glossary("Metrics") {
            category("Finance") {
                category("Revenue metrics") { term("ARR") }
                term("Margin")
            }
            term("Revenue")
        }
    }

    test("compiles parents before children with qualifiedNames, ancestors and relationships") {
        val compiled = tree.compile(mapOf("analytics" to connectionQn))
        compiled.assets.map { it.depth } shouldBe compiled.assets.map { it.depth }.sorted()
        compiled.levels.first().map { it.asset.typeName } shouldContainExactly listOf("Connection", "AtlasGlossary")

        val connection = compiled.at("analytics")!!.asset.shouldBeInstanceOf<Connection>()
        connection.qualifiedName shouldBe connectionQn
        connection.connectorName shouldBe "snowflake"
        connection.category shouldBe "warehouse"
        connection.adminUsers shouldBe listOf("admin")

        val finance = compiled.at("analytics/FINANCE")!!.asset.shouldBeInstanceOf<Database>()
        finance.qualifiedName shouldBe "$connectionQn/FINANCE"
        finance.connectionQualifiedName shouldBe connectionQn

        val schema = compiled.at("analytics/SALES/PUBLIC")!!.asset.shouldBeInstanceOf<Schema>()
        schema.databaseQualifiedName shouldBe "$connectionQn/SALES"
        schema.database!!.attributes.isEmpty() shouldBe true

        val table = compiled.at("analytics/SALES/PUBLIC/ORDERS")!!.asset.shouldBeInstanceOf<Table>()
        table.qualifiedName shouldBe "$connectionQn/SALES/PUBLIC/ORDERS"
        table.schemaQualifiedName shouldBe "$connectionQn/SALES/PUBLIC"
        table.databaseName shouldBe "SALES"
        table.description shouldBe "One row per order"
        table.ownerUsers shouldBe listOf("alice")
        table.guid!! shouldStartWith "-"
        table.atlanSchema!!.typeName shouldBe "Schema"

        val columns = compiled.assets.filter { it.path.startsWith("analytics/SALES/PUBLIC/ORDERS/") }.map { it.asset as Column }
        columns.map { it.name } shouldContainExactly listOf("ID", "AMOUNT", "NOTE", "AFTER_NOTE")
        columns.map { it.order } shouldContainExactly listOf(1, 2, 10, 11)
        columns[1].dataType shouldBe "DECIMAL(10,2)"
        columns[0].tableQualifiedName shouldBe table.qualifiedName
        columns[0].table!!.typeName shouldBe "Table"

        val viewColumn = compiled.at("analytics/SALES/PUBLIC/ORDERS_V/column[1]")!!.asset.shouldBeInstanceOf<Column>()
        compiled.at("analytics/SALES/PUBLIC/ORDERS_V")!!.asset.shouldBeInstanceOf<View>()
        viewColumn.viewQualifiedName shouldBe "$connectionQn/SALES/PUBLIC/ORDERS_V"
        viewColumn.view!!.typeName shouldBe "View"
    }

    test("glossaries nest categories and terms three levels deep, anchored by placeholder GUIDs") {
        val compiled = tree.compile(mapOf("analytics" to connectionQn))
        val glossary = compiled.at("Metrics")!!.asset.shouldBeInstanceOf<AtlasGlossary>()
        val finance = compiled.at("Metrics/Finance")!!.asset.shouldBeInstanceOf<AtlasGlossaryCategory>()
        val revenueMetrics = compiled.at("Metrics/Finance/Revenue metrics")!!.asset.shouldBeInstanceOf<AtlasGlossaryCategory>()
        val arr = compiled.at("Metrics/Finance/Revenue metrics/ARR")!!.asset.shouldBeInstanceOf<AtlasGlossaryTerm>()
        val revenue = compiled.at("Metrics/Revenue")!!.asset.shouldBeInstanceOf<AtlasGlossaryTerm>()

        listOf(finance.anchor, revenueMetrics.anchor, arr.anchor, revenue.anchor).map { it!!.guid }.toSet() shouldBe setOf(glossary.guid)
        revenueMetrics.parentCategory!!.guid shouldBe finance.guid
        arr.categories!!.single().guid shouldBe revenueMetrics.guid
        revenue.categories shouldBe null
        compiled.at("Metrics/Finance/Revenue metrics/ARR")!!.depth shouldBe 3
    }

    test("validation reports every problem with its path") {
        val bad = catalog {
            connection("analytics", connector = Connector.of("mainframe")) {
                database("SALES") {
                    schema("PUBLIC") {
                        table("ORDERS") {
                            column("ID")
                            column("AMOUNT", order = 1)
                            column("ID")
                        }
                        table("")
                        view("ORDERS")
                        table("A/B")
                    }
                }
            }
        }.with(AssetNode.term("Orphan"))
        val problems = bad.problems().map { it.toString() }
        problems shouldContainExactly listOf(
            "analytics: unknown connector \"mainframe\": use one of ${Connector.known().map { it.value }}",
            "analytics: a connection needs at least one admin: set adminUsers, adminGroups or adminRoles",
            "analytics/SALES/PUBLIC/ORDERS/column[3]: duplicate name \"ID\"",
            "analytics/SALES/PUBLIC/ORDERS/column[2]: order 1 is also used by column[1] \"ID\"",
            "analytics/SALES/PUBLIC/table[?]: the name is empty",
            "analytics/SALES/PUBLIC/ORDERS: duplicate name \"ORDERS\"",
            "analytics/SALES/PUBLIC/A/B: the name \"A/B\" contains \"/\", which separates the parts of qualifiedNames",
            "Orphan: a term must be inside a glossary",
        )
        val e = shouldThrow<InvalidTreeException> { bad.compile(mapOf("analytics" to connectionQn)) }
        e.problems.size shouldBe 8
    }

    test("a term placed under a table is refused") {
        val tree = CatalogTree.empty().with(
            AssetNode.connection("c", Connector.POSTGRES).withAdminUsers("admin").withChild(
                AssetNode.database("D").withChild(AssetNode.schema("S").withChild(AssetNode.table("T").withChild(AssetNode.term("X")))),
            ),
        )
        tree.problems().map { it.toString() } shouldContainExactly listOf(
            "c/D/S/T/X: a term cannot be inside a table: put it inside a glossary or a category",
        )
    }

    test("a schema declared on its own (as an included file holds it) compiles as if declared in its database; another kind is refused") {
        val inline = catalog {
            connection("c", Connector.SNOWFLAKE) { adminUsers("admin"); database("D") { schema("S") { table("T") { column("ID", dataType = "NUMBER") } } } }
        }
        val included = schemaDefinition("S") { table("T") { column("ID", dataType = "NUMBER") } }
        val split = catalog { connection("c", Connector.SNOWFLAKE) { adminUsers("admin"); database("D") { schema(included) } } }
        split.compile(mapOf("c" to connectionQn)).assets.map { it.asset.qualifiedName } shouldBe
            inline.compile(mapOf("c" to connectionQn)).assets.map { it.asset.qualifiedName }
        shouldThrow<IllegalArgumentException> {
            catalog { connection("c", Connector.SNOWFLAKE) { database("D") { schema(AssetNode.table("T")) } } }
        }.message shouldBe "A database holds schemas, not a table (\"T\"): declare it with schemaDefinition(name) { … }"
    }
})
