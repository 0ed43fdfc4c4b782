package dev.katalog.client.it

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.atlan.DeleteType
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.core.UsageException
import dev.katalog.client.lineage.GraphDirection
import dev.katalog.dsl.lineage.InvalidLineageException
import dev.katalog.dsl.lineage.inLineage
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.toList

/**
 * Lineage end to end on the local catalog: a three-hop pipeline T0 → P1 → T1 → P2 → T2 → P3 → T3 (tables from a tree,
 * processes from creators), walked down and up with depth limits and filters, 1,000 downstream assets paged without
 * duplicates, a process deleted, and the bad inputs each refused with its fix.
 */
class LineageSpec : FunSpec({
    val run = "${System.nanoTime() % 1_000_000_000}"
    val client: AtlanClient = SharedCatalog.client()
    afterSpec { client.close() }
    lateinit var schema: String
    val guids = HashMap<String, String>()

    suspend fun names(flow: kotlinx.coroutines.flow.Flow<Asset>) = flow.toList().map { it.name }

    beforeSpec {
        val applied = client.trees.apply(catalog {
            connection("lineage-$run", Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("DB") { schema("S") { for (t in 0..3) table("T$t"); table("HUB") } }
            }
        })
        check(applied.succeeded) { "${applied.failures}" }
        val connection = client.search.stream(Connection) { where(Connection.NAME eq "lineage-$run") }.toList().single().qualifiedName!!
        schema = "$connection/DB/S"
        for (t in 0..3) guids["T$t"] = client.assets.get(Table, "$schema/T$t").guid!!
        for (p in 1..3) {
            val process = Process.creator("P$p", connection, listOf(Table.refByGuid(guids.getValue("T${p - 1}"))), listOf(Table.refByGuid(guids.getValue("T$p"))), "job-$p")
                .sql("insert into T$p select * from T${p - 1}").build()
            guids["P$p"] = client.assets.save(process).created.single().guid!!
        }
    }

    test("downstream and upstream, with depth limits") {
        names(client.lineage.stream(guids.getValue("T0")) {}) shouldBe listOf("P1", "T1", "P2", "T2", "P3", "T3")
        names(client.lineage.stream(guids.getValue("T0")) { depth(2) }) shouldBe listOf("P1", "T1", "P2", "T2")
        names(client.lineage.stream(guids.getValue("T3")) { upstream(); depth(1) }) shouldBe listOf("P3", "T2")
        names(client.lineage.stream(guids.getValue("T1")) { bothWays(); pageSize(2) }) shouldBe listOf("P1", "T0", "P2", "T2", "P3", "T3")
        names(client.lineage.impact(client.assets.get(Table, "$schema/T0"))) shouldBe listOf("T1", "T2", "T3")
    }

    test("filters on assets stop the walk, filters on processes too, filters on results only choose what is listed") {
        names(client.lineage.stream(guids.getValue("T0")) { whereAssets(Asset.NAME.inLineage neq "T2") }) shouldBe listOf("P1", "T1", "P2")
        names(client.lineage.stream(guids.getValue("T0")) { whereProcesses(Asset.NAME.inLineage neq "P2") }) shouldBe listOf("P1", "T1")
        names(client.lineage.stream(guids.getValue("T0")) { includeInResults(Asset.TYPE_NAME.inLineage eq "Process") }) shouldBe listOf("P1", "P2", "P3")
        val sql = client.lineage.stream(guids.getValue("T0")) { include(Process.SQL); depth(1) }.toList().first() as Process
        sql.sql shouldBe "insert into T1 select * from T0"
    }

    test("1,000 downstream assets page without duplicates") {
        val summary = client.assets.batch(BatchOptions.builder().size(500).build()) {
            for (i in 1..1_000) add(Table.creator("OUT%04d".format(i), schema).build())
        }
        summary.failures shouldBe emptyList()
        val outputs = (1..1_000).map { Table.refByQualifiedName("$schema/OUT%04d".format(it)) }
        client.assets.save(Process.creator("fan-out", schema.substringBeforeLast("/DB/S"), listOf(Table.refByQualifiedName("$schema/HUB")), outputs).build())
        val downstream = client.lineage.impact(client.assets.get(Table, "$schema/HUB")) { pageSize(100) }.toList()
        downstream.size shouldBe 1_000
        downstream.map { it.guid }.toSet().size shouldBe 1_000
        downstream.map { it.name }.toSet() shouldBe (1..1_000).map { "OUT%04d".format(it) }.toSet()
    }

    test("the lineage graph decodes and walks: successors, predecessors, reachable assets, paths") {
        val graph = client.lineage.graph(guids.getValue("T1"), depth = 0)
        graph.baseEntityGuid shouldBe guids.getValue("T1")
        graph.downstream().map { it.name } shouldBe listOf("T2", "T3")
        graph.upstream().map { it.name } shouldBe listOf("T0")
        graph.successors(guids.getValue("T1")) shouldBe listOf(guids.getValue("P2"))
        graph.predecessors(guids.getValue("T1")) shouldBe listOf(guids.getValue("P1"))
        graph.paths(guids.getValue("T0"), guids.getValue("T3")).map { path -> path.map { graph.asset(it)?.name } } shouldBe
            listOf(listOf("T0", "P1", "T1", "P2", "T2", "P3", "T3"))
        client.lineage.graph(guids.getValue("T1"), GraphDirection.DOWNSTREAM, depth = 1).downstream().map { it.name } shouldBe listOf("T2")
        val direct = client.lineage.graph(guids.getValue("T1"), GraphDirection.DOWNSTREAM, depth = 0, hideProcess = true)
        direct.successors(guids.getValue("T1")) shouldBe listOf(guids.getValue("T2"))
        direct.relations!!.first().processId shouldBe guids.getValue("P2")
        shouldThrow<UsageException> { client.lineage.graph(guids.getValue("T1"), depth = -1) }.message!! shouldContain "or 0 for the whole graph"
    }

    test("a deleted process takes its edge out of the lineage") {
        client.assets.delete(listOf(guids.getValue("P2")), DeleteType.PURGE)
        names(client.lineage.stream(guids.getValue("T0")) {}) shouldBe listOf("P1", "T1")
        names(client.lineage.stream(guids.getValue("T3")) { upstream() }) shouldBe listOf("P3", "T2")
    }

    test("bad input is refused with the asset and the fix") {
        shouldThrow<IllegalArgumentException> { Process.creator("empty", "$schema".substringBeforeLast("/DB/S"), emptyList(), listOf(Table.refByGuid(guids.getValue("T1")))) }
            .message!! shouldContain "Process \"empty\" has 0 inputs and 1 outputs"
        val missing = shouldThrow<AtlanException.NotFound> {
            client.assets.save(Process.creator("ghost", schema.substringBeforeLast("/DB/S"), listOf(Table.refByQualifiedName("$schema/NOPE")), listOf(Table.refByGuid(guids.getValue("T1")))).build())
        }
        missing.message!! shouldContain "$schema/NOPE"
        shouldThrow<InvalidLineageException> { client.lineage.stream(guids.getValue("T0")) { depth(0) } }
            .message!!.let {
                it shouldContain guids.getValue("T0")
                it shouldContain "depth(1)"
            }
        shouldThrow<UsageException> { client.lineage.impact(Table.creator("UNSAVED", schema).build()) }.message!! shouldContain "Save it first"
    }
})
