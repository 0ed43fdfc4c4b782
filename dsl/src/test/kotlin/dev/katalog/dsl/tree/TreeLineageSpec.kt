package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.ColumnProcess
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive

/** Processes in trees, compiled offline: their qualifiedNames, ends, level, and the lineage problems validation reports. */
class TreeLineageSpec : FunSpec({
    val connectionQn = "default/snowflake/1700000000"

    fun ends(asset: dev.katalog.model.atlan.asset.Asset, attribute: String): List<String> = (asset.attributes.getValue(attribute) as JsonArray).map {
        val ref = it.jsonObject
        ref.getValue("typeName").jsonPrimitive.content + " " + (ref["uniqueAttributes"] as JsonObject).getValue("qualifiedName").jsonPrimitive.content
    }

    test("a process compiles to <connection>/<name>, reading and writing by type and qualifiedName, after every asset level") {
        lateinit var orders: AssetNode
        val compiled = catalog {
            connection("analytics", Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") { schema("PUBLIC") { orders = table("ORDERS") { column("ID") }; table("ORDERS_AGG") { column("ID") } } }
                process("orders-agg") {
                    reads(orders)
                    reads(Table.refByQualifiedName("default/snowflake/99/RAW/PUBLIC/EVENTS"))
                    writes("analytics/SALES/PUBLIC/ORDERS_AGG")
                    sql = "insert into ORDERS_AGG select * from ORDERS"
                    columnProcess("id") { reads("analytics/SALES/PUBLIC/ORDERS/ID"); writes("analytics/SALES/PUBLIC/ORDERS_AGG/ID") }
                }
            }
        }.compile(mapOf("analytics" to connectionQn))
        val process = compiled.at("analytics/orders-agg")!!
        process.asset.typeName shouldBe Process.typeName
        process.asset.qualifiedName shouldBe "$connectionQn/orders-agg"
        (process.asset as Process).sql shouldBe "insert into ORDERS_AGG select * from ORDERS"
        ends(process.asset, "inputs") shouldContainExactly listOf("Table $connectionQn/SALES/PUBLIC/ORDERS", "Table default/snowflake/99/RAW/PUBLIC/EVENTS")
        ends(process.asset, "outputs") shouldContainExactly listOf("Table $connectionQn/SALES/PUBLIC/ORDERS_AGG")
        val columnProcess = compiled.at("analytics/orders-agg/id")!!
        columnProcess.asset.typeName shouldBe ColumnProcess.typeName
        columnProcess.asset.qualifiedName shouldBe "$connectionQn/orders-agg/id"
        ends(columnProcess.asset, "inputs") shouldContainExactly listOf("Column $connectionQn/SALES/PUBLIC/ORDERS/ID")
        columnProcess.asset.attributes.getValue("process").jsonObject.getValue("uniqueAttributes").jsonObject.getValue("qualifiedName").jsonPrimitive.content shouldBe
            "$connectionQn/orders-agg"
        compiled.levels.takeLast(2).map { level -> level.map { it.path } } shouldBe listOf(listOf("analytics/orders-agg"), listOf("analytics/orders-agg/id"))
    }

    test("Java builds the same process with AssetNode.process and reads/writes") {
        val orders = AssetNode.table("ORDERS")
        val tree = CatalogTree.empty().with(
            AssetNode.connection("analytics", Connector.SNOWFLAKE).withAdminUsers("admin")
                .withChild(AssetNode.database("SALES").withChild(AssetNode.schema("PUBLIC").withChild(orders).withChild(AssetNode.table("OUT"))))
                .withChild(AssetNode.process("p").reads(orders).writes("analytics/SALES/PUBLIC/OUT").with(Process.builder().sql("select 1"))),
        )
        val process = tree.compile(mapOf("analytics" to connectionQn)).at("analytics/p")!!.asset as Process
        process.sql shouldBe "select 1"
        ends(process, "inputs") shouldContainExactly listOf("Table $connectionQn/SALES/PUBLIC/ORDERS")
    }

    test("validation names each bad process and the fix: no inputs, no outputs, unknown ends, cycles, ends set by hand") {
        val tree = catalog {
            connection("analytics", Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") { schema("PUBLIC") { table("A"); table("B"); table("C") } }
                process("no-inputs") { writes("analytics/SALES/PUBLIC/A") }
                process("no-outputs") { reads("analytics/SALES/PUBLIC/A") }
                process("typo") { reads("analytics/SALES/PUBLIC/NOPE"); writes("analytics/SALES/PUBLIC/A") }
                process("a-b") { reads("analytics/SALES/PUBLIC/A"); writes("analytics/SALES/PUBLIC/B") }
                process("b-c") { reads("analytics/SALES/PUBLIC/B"); writes("analytics/SALES/PUBLIC/C") }
                process("c-a") { reads("analytics/SALES/PUBLIC/C"); writes("analytics/SALES/PUBLIC/A") }
                process("by-hand") { reads("analytics/SALES/PUBLIC/A"); writes("analytics/SALES/PUBLIC/C"); inputs(listOf(Table.refByQualifiedName("x"))) }
            }
        }
        val problems = tree.problems().map { it.toString() }
        problems.single { it.startsWith("analytics/no-inputs:") } shouldContain "process \"no-inputs\" reads nothing: lineage needs at least one input"
        problems.single { it.startsWith("analytics/no-outputs:") } shouldContain "writes nothing"
        problems.single { it.startsWith("analytics/typo:") } shouldContain "reads \"analytics/SALES/PUBLIC/NOPE\", which is not an asset of this tree"
        problems.single { it.startsWith("analytics/c-a:") } shouldBe "analytics/c-a: process \"c-a\" closes a cycle: " +
            "analytics/SALES/PUBLIC/A → (a-b) → analytics/SALES/PUBLIC/B → (b-c) → analytics/SALES/PUBLIC/C → (c-a) → analytics/SALES/PUBLIC/A; " +
            "lineage must flow one way: remove one of these reads or writes"
        problems.single { it.startsWith("analytics/by-hand:") } shouldContain "declare what the process reads with reads(…)"
        shouldThrow<InvalidTreeException> { tree.compile(mapOf("analytics" to connectionQn)) }.problems.size shouldBe 5
    }

    test("a process reading and writing the same table is a cycle; a process outside a connection and ends on a table are refused (the misplaced process once, for its place)") {
        val problems = CatalogTree.empty().with(
            AssetNode.connection("analytics", Connector.SNOWFLAKE).withAdminUsers("admin")
                .withChild(AssetNode.database("D").withChild(AssetNode.schema("S").withChild(AssetNode.table("T").reads("analytics/D/S/T"))))
                .withChild(AssetNode.process("self").reads("analytics/D/S/T").writes("analytics/D/S/T")),
        ).with(AssetNode.process("floating")).problems().map { it.toString() }
        problems shouldContainExactly listOf(
            "floating: a process cannot be at the top of a tree: put it inside its parent",
            "analytics/D/S/T: a table does not read or write other assets: declare a process(…) in its connection that does",
            "analytics/self: process \"self\" closes a cycle: analytics/D/S/T → (self) → analytics/D/S/T; lineage must flow one way: remove one of these reads or writes",
        )
    }
})
