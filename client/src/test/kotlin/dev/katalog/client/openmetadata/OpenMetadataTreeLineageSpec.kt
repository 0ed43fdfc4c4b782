package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.dsl.openmetadata.compileForOpenMetadata
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.LineageDetails
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.util.UUID

/**
 * A tree's processes applied to OpenMetadata (the local catalog, every body checked against 1.4's schemas) become
 * lineage edges whose `lineageDetails` carry the process's description, SQL and column lineage, where OpenMetadata
 * keeps them (openmetadata-service `jdbi3/LineageRepository.java` stores an edge's `lineageDetails` only).
 */
class OpenMetadataTreeLineageSpec : FunSpec({
    val service = "lineage_${UUID.randomUUID().toString().take(8)}"
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    fun pipeline(sql: String): CatalogTree = catalog {
        connection(service, Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("SALES") {
                schema("PUBLIC") {
                    table("ORDERS") { column("ID", "NUMBER"); column("AMOUNT", "NUMBER") }
                    table("ORDERS_AGG") { column("TOTAL", "NUMBER") }
                    table("REPORT") { column("TOTAL", "NUMBER") }
                }
            }
            process("agg") {
                description = "Sums the orders"
                reads("$service/SALES/PUBLIC/ORDERS")
                writes("$service/SALES/PUBLIC/ORDERS_AGG")
                this.sql = sql
                columnProcess("total") { reads("$service/SALES/PUBLIC/ORDERS/AMOUNT"); writes("$service/SALES/PUBLIC/ORDERS_AGG/TOTAL") }
            }
            process("report") { reads("$service/SALES/PUBLIC/ORDERS_AGG"); writes("$service/SALES/PUBLIC/REPORT") }
        }
    }

    test("processes become edges with lineageDetails; re-applying changes nothing; a changed SQL puts the edge again") {
        val plan = om.trees.plan(pipeline("select sum(AMOUNT) from ORDERS"))
        plan.lineage.map { it.toString() } shouldBe listOf("$service.SALES.PUBLIC.ORDERS → $service.SALES.PUBLIC.ORDERS_AGG", "$service.SALES.PUBLIC.ORDERS_AGG → $service.SALES.PUBLIC.REPORT")
        plan.render() shouldContain "2 lineage edges to put."
        val applied = om.trees.apply(plan)
        applied.succeeded shouldBe true
        applied.lineageEdges shouldBe 2

        val lineage = om.lineage.get(EntityKinds.TABLE, "$service.SALES.PUBLIC.ORDERS", upstreamDepth = 0, downstreamDepth = 2)
        lineage.downstreamEdges!!.size shouldBe 2
        val details = lineage.downstreamEdges!!.single { it.fromEntity == lineage.entity.id }.lineageDetails!!
        details.description shouldBe "Sums the orders"
        details.sqlQuery shouldBe "select sum(AMOUNT) from ORDERS"
        details.source shouldBe LineageDetails.Source.Manual
        details.columnsLineage!!.single().fromColumns shouldBe listOf("$service.SALES.PUBLIC.ORDERS.AMOUNT")
        details.columnsLineage!!.single().toColumn shouldBe "$service.SALES.PUBLIC.ORDERS_AGG.TOTAL"

        om.trees.plan(pipeline("select sum(AMOUNT) from ORDERS")).isEmpty shouldBe true
        val changed = om.trees.plan(pipeline("select sum(AMOUNT) as TOTAL from ORDERS"))
        changed.lineage.map { it.path } shouldBe listOf("$service/agg")
        om.trees.apply(changed).lineageEdges shouldBe 1
        om.lineage.get(EntityKinds.TABLE, "$service.SALES.PUBLIC.ORDERS", 0, 1).downstreamEdges!!.single().lineageDetails!!.sqlQuery shouldBe
            "select sum(AMOUNT) as TOTAL from ORDERS"
    }

    test("an edge's description travels in lineageDetails, the only part of an edge the server keeps") {
        val orders = om.entities.getByName(EntityKinds.TABLE, "$service.SALES.PUBLIC.ORDERS")
        val report = om.entities.getByName(EntityKinds.TABLE, "$service.SALES.PUBLIC.REPORT")
        om.lineage.add(orders, report, description = "shortcut")
        val edge = om.lineage.get(EntityKinds.TABLE, "$service.SALES.PUBLIC.REPORT", 1, 0).upstreamEdges!!.single { it.fromEntity == orders.id }
        edge.lineageDetails!!.description shouldBe "shortcut"
        edge.description shouldBe null
    }

    test("depths above 3 are refused before sending, as the server refuses them") {
        shouldThrow<UsageException> { om.lineage.get(EntityKinds.TABLE, "$service.SALES.PUBLIC.ORDERS", upstreamDepth = 0, downstreamDepth = 4) }
            .message!! shouldContain "at most 3 hops each way"
    }

    test("an Atlan reference or a process linking columns is refused for OpenMetadata, naming the process") {
        val tree = catalog {
            connection(service, Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") { schema("PUBLIC") { table("A") { column("X", "NUMBER") }; table("B") { column("X", "NUMBER") } } }
                process("outside") { reads(Table.refByQualifiedName("default/snowflake/1/DB/S/T")); writes("$service/SALES/PUBLIC/B") }
                process("columns") { reads("$service/SALES/PUBLIC/A/X"); writes("$service/SALES/PUBLIC/B") }
            }
        }
        val problems = shouldThrow<InvalidTreeException> { tree.compileForOpenMetadata() }.problems.map { it.toString() }
        problems.single { it.startsWith("$service/outside:") } shouldContain "an Atlan reference: OpenMetadata lineage links entities of the tree"
        problems.single { it.startsWith("$service/columns:") } shouldContain "which is not a table"
    }
})
