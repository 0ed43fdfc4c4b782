package dev.katalog.client.it

import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.toList

/** plan / apply of a tree of 1 connection, 2 databases, 4 schemas, 40 tables, 400 columns and a glossary of 3 terms. */
class TreeApplySpec : FunSpec({
    val connectionName = "tree-${System.nanoTime()}"
    val glossaryName = "Glossary ${System.nanoTime()}"

    fun tree(ordersDescription: String = "Orders", withExtraTable: Boolean = true): CatalogTree = catalog {
        connection(connectionName, Connector.SNOWFLAKE) {
            adminUsers("admin")
            for (d in 1..2) database("DB$d") {
                for (s in 1..2) schema("S$s") {
                    for (t in 1..10) {
                        if (!withExtraTable && d == 2 && s == 2 && t == 10) continue
                        table("T$t") {
                            description = if (d == 1 && s == 1 && t == 1) ordersDescription else "Table $t"
                            for (c in 1..10) column("C$c", dataType = "NUMBER")
                        }
                    }
                }
            }
        }
        glossary(glossaryName) {
            category("Finance") { term("ARR") }
            term("Revenue")
            term("Margin")
        }
    }

    test("apply creates everything, and a second plan is empty") {
        SharedCatalog.client().use { client ->
            val first = client.trees.plan(tree())
            first.creates shouldHaveSize (1 + 2 + 4 + 40 + 400 + 1 + 1 + 3)
            val result = client.trees.apply(tree())
            result.failures shouldBe emptyList()
            result.created shouldBe 452

            val second = client.trees.plan(tree())
            second.isEmpty shouldBe true
            second.unchanged shouldHaveSize 452

            val connectionQn = second.connections.getValue(connectionName)
            client.search.count(search { where(Asset.CONNECTION_QUALIFIED_NAME eq connectionQn) }) shouldBe 446
            val terms = client.search.stream(AtlasGlossaryTerm) { include(AtlasGlossaryTerm.ANCHOR) }.toList().filter { it.name in setOf("ARR", "Revenue", "Margin") }
            terms.isNotEmpty() shouldBe true
        }
    }

    test("a changed description is one update, shown as a diff") {
        SharedCatalog.client().use { client ->
            val plan = client.trees.plan(tree(ordersDescription = "One row per order"))
            plan.creates shouldHaveSize 0
            plan.updates shouldHaveSize 1
            plan.updates.single().changes.keys shouldBe setOf("description")
            plan.render() shouldContain "~ Table $connectionName/DB1/S1/T1"
            client.trees.apply(tree(ordersDescription = "One row per order")).updated shouldBe 1
            client.trees.plan(tree(ordersDescription = "One row per order")).isEmpty shouldBe true
            val connectionQn = plan.connections.getValue(connectionName)
            client.assets.get(Table, "$connectionQn/DB1/S1/T1").description shouldBe "One row per order"
        }
    }

    test("prune archives what the tree no longer has") {
        SharedCatalog.client().use { client ->
            val plan = client.trees.plan(tree(ordersDescription = "One row per order", withExtraTable = false), prune = true)
            plan.deletes.map { it.qualifiedName!!.substringAfter("$connectionName").ifEmpty { it.qualifiedName!! } }.size shouldBe 11
            val result = client.trees.apply(tree(ordersDescription = "One row per order", withExtraTable = false), prune = true)
            result.deleted shouldBe 11
            client.trees.plan(tree(ordersDescription = "One row per order", withExtraTable = false), prune = true).isEmpty shouldBe true
        }
    }
})
