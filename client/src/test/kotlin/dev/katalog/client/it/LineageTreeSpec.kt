package dev.katalog.client.it

import dev.katalog.client.AtlanClient
import dev.katalog.dsl.lineage.inLineage
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.ColumnProcess
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.toList

/**
 * Lineage declared in a tree, on the local catalog: a three-hop pipeline ORDERS → clean → ORDERS_CLEAN → agg →
 * ORDERS_AGG → report → REPORT with a column-level edge, applied with its tables, walked, re-applied without change,
 * rewired (the plan shows the edges added and removed), pruned (the edge is gone), and bad lineage refused.
 */
class LineageTreeSpec : FunSpec({
    val run = "${System.nanoTime() % 1_000_000_000}"
    val connectionName = "lineage-tree-$run"
    val client: AtlanClient = SharedCatalog.client()
    afterSpec { client.close() }

    fun pipeline(aggReads: String = "ORDERS_CLEAN", withReport: Boolean = true): CatalogTree = catalog {
        connection(connectionName, Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("SALES") {
                schema("PUBLIC") {
                    table("ORDERS") { column("ID", "NUMBER"); column("AMOUNT", "NUMBER") }
                    table("ORDERS_CLEAN") { column("ID", "NUMBER") }
                    table("ORDERS_AGG") { column("TOTAL", "NUMBER") }
                    table("REPORT")
                }
            }
            process("clean") {
                reads("$connectionName/SALES/PUBLIC/ORDERS")
                writes("$connectionName/SALES/PUBLIC/ORDERS_CLEAN")
                sql = "insert into ORDERS_CLEAN select * from ORDERS where ID is not null"
                columnProcess("id") { reads("$connectionName/SALES/PUBLIC/ORDERS/ID"); writes("$connectionName/SALES/PUBLIC/ORDERS_CLEAN/ID") }
            }
            process("agg") {
                reads("$connectionName/SALES/PUBLIC/$aggReads")
                writes("$connectionName/SALES/PUBLIC/ORDERS_AGG")
                sql = "insert into ORDERS_AGG select sum(AMOUNT) from $aggReads"
            }
            if (withReport) process("report") { reads("$connectionName/SALES/PUBLIC/ORDERS_AGG"); writes("$connectionName/SALES/PUBLIC/REPORT") }
        }
    }

    lateinit var connection: String
    suspend fun guidOf(table: String) = client.assets.get(Table, "$connection/SALES/PUBLIC/$table").guid!!
    suspend fun downstream(table: String, configure: dev.katalog.dsl.lineage.FluentLineage.() -> Unit = {}) =
        client.lineage.stream(guidOf(table), configure).toList().map { it.name }

    test("a tree applies its processes after the tables they link, with Atlan's process-id qualifiedNames") {
        val plan = client.trees.plan(pipeline())
        val clean = plan.creates.single { it.path == "$connectionName/clean" }
        clean.lineage!!.addedInputs.single() shouldContain "/SALES/PUBLIC/ORDERS"
        plan.render() shouldContain "+ writes"
        val applied = client.trees.apply(plan)
        applied.succeeded shouldBe true
        applied.created shouldBe 1L + 1 + 1 + 4 + 4 + 3 + 1
        connection = applied.plan.connections.getValue(connectionName)
        client.assets.get(Process, "$connection/agg").sql shouldBe "insert into ORDERS_AGG select sum(AMOUNT) from ORDERS_CLEAN"
        val columnProcess = client.assets.get(ColumnProcess, "$connection/clean/id")
        columnProcess.name shouldBe "id"
        client.lineage.stream(client.assets.get(Column, "$connection/SALES/PUBLIC/ORDERS/ID").guid!!) {}.toList().map { it.name } shouldBe listOf("id", "ID")
    }

    test("the pipeline walks downstream and upstream, with depth limits and asset filters") {
        downstream("ORDERS") shouldBe listOf("clean", "ORDERS_CLEAN", "agg", "ORDERS_AGG", "report", "REPORT")
        downstream("ORDERS") { depth(2) } shouldBe listOf("clean", "ORDERS_CLEAN", "agg", "ORDERS_AGG")
        downstream("REPORT") { upstream(); depth(1) } shouldBe listOf("report", "ORDERS_AGG")
        downstream("ORDERS") { whereAssets(Asset.NAME.inLineage neq "ORDERS_AGG") } shouldBe listOf("clean", "ORDERS_CLEAN", "agg")
        client.lineage.impact(client.assets.get(Table, "$connection/SALES/PUBLIC/ORDERS")).toList().map { it.name } shouldBe
            listOf("ORDERS_CLEAN", "ORDERS_AGG", "REPORT")
    }

    test("applying the same tree again changes nothing") {
        val plan = client.trees.plan(pipeline())
        plan.isEmpty shouldBe true
        plan.unchanged.size shouldBe 15
    }

    test("rewiring a process shows the edges it adds and removes, and moves the lineage") {
        val plan = client.trees.plan(pipeline(aggReads = "ORDERS"))
        val agg = plan.updates.single()
        agg.path shouldBe "$connectionName/agg"
        agg.lineage!!.addedInputs shouldContainExactly listOf("$connection/SALES/PUBLIC/ORDERS")
        agg.lineage!!.removedInputs shouldContainExactly listOf("$connection/SALES/PUBLIC/ORDERS_CLEAN")
        agg.lineage!!.addedOutputs shouldBe emptyList()
        plan.render() shouldContain "- reads $connection/SALES/PUBLIC/ORDERS_CLEAN"
        client.trees.apply(plan).succeeded shouldBe true
        downstream("ORDERS_CLEAN") shouldBe emptyList()
        downstream("ORDERS") { depth(1) }.toSet() shouldBe setOf("clean", "ORDERS_CLEAN", "agg", "ORDERS_AGG")
        client.trees.plan(pipeline(aggReads = "ORDERS")).isEmpty shouldBe true
    }

    test("a process removed from the tree is deleted with prune, and its edge is gone") {
        val plan = client.trees.plan(pipeline(aggReads = "ORDERS", withReport = false), prune = true)
        plan.deletes.map { it.qualifiedName } shouldBe listOf("$connection/report")
        client.trees.apply(plan).deleted shouldBe 1L
        downstream("ORDERS_AGG") shouldBe emptyList()
        downstream("REPORT") { upstream() } shouldBe emptyList()
    }

    test("bad lineage is refused before anything is sent, each problem naming the process and the fix") {
        val bad = catalog {
            connection(connectionName, Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") { schema("PUBLIC") { table("A"); table("B") } }
                process("nothing-read") { writes("$connectionName/SALES/PUBLIC/A") }
                process("typo") { reads("$connectionName/SALES/PUBLIC/NOPE"); writes("$connectionName/SALES/PUBLIC/B") }
                process("a-to-b") { reads("$connectionName/SALES/PUBLIC/A"); writes("$connectionName/SALES/PUBLIC/B") }
                process("b-to-a") { reads("$connectionName/SALES/PUBLIC/B"); writes("$connectionName/SALES/PUBLIC/A") }
            }
        }
        val problems = shouldThrow<InvalidTreeException> { client.trees.plan(bad) }.problems.map { it.toString() }
        problems.single { it.startsWith("$connectionName/nothing-read:") } shouldContain "reads nothing"
        problems.single { it.startsWith("$connectionName/typo:") } shouldContain "\"$connectionName/SALES/PUBLIC/NOPE\", which is not an asset of this tree"
        problems.single { it.startsWith("$connectionName/b-to-a:") } shouldContain "closes a cycle"
        val missing = catalog {
            connection(connectionName, Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") { schema("PUBLIC") { table("ORDERS") } }
                process("from-elsewhere") { reads(Table.refByQualifiedName("$connection/SALES/PUBLIC/GHOST")); writes("$connectionName/SALES/PUBLIC/ORDERS") }
            }
        }
        shouldThrow<InvalidTreeException> { client.trees.plan(missing) }.problems.single().toString() shouldContain
            "reads Table $connection/SALES/PUBLIC/GHOST, which the catalog does not have"
    }
})
