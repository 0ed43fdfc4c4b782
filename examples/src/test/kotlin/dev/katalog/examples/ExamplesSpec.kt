package dev.katalog.examples

import dev.katalog.client.AtlanClient
import dev.katalog.client.names.CustomMetadataType
import dev.katalog.client.typedefs.CustomMetadataDefinition
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.examples.java.JavaApplyAndUpdate
import dev.katalog.examples.java.JavaErrorHandling
import dev.katalog.examples.java.JavaOpenMetadata
import dev.katalog.examples.java.JavaSearchAndStream
import dev.katalog.local.LocalCatalog
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldStartWith

/** Every example runs against a real local catalog and does what it says. */
class ExamplesSpec : FunSpec({
    val catalog = LocalCatalog.builder().build().start()
    val client = AtlanClient(catalog.baseUrl, catalog.apiToken)
    afterSpec { client.close(); catalog.stop() }
    val connection = "examples-${System.nanoTime()}"
    lateinit var connectionQn: String

    test("ApplyTree applies, and applying again changes nothing") {
        val result = ApplyTree.run(client, connection)
        result.created shouldBe 16
        connectionQn = result.plan.connections.getValue(connection)
        client.trees.plan(ApplyTree.tree(connection)).isEmpty shouldBe true
    }

    test("SearchAndStream finds the large ORD tables and streams the columns of the largest") {
        SearchAndStream.run(client) shouldBe listOf(
            "$connectionQn/SALES/PUBLIC/ORDER_LINES: 9000000 rows",
            "$connectionQn/SALES/PUBLIC/ORDERS: 2500000 rows",
            "  1. ORDER_ID NUMBER",
        )
    }

    test("Aggregations count by type and sum rows") {
        val result = Aggregations.run(client, connectionQn)
        result["total"] shouldBe 11L
        // Bucket keys of __typeName.keyword come lower-cased, as Atlan's normalizer makes them.
        result["byType"] shouldBe mapOf("column" to 5L, "table" to 2L, "view" to 1L, "schema" to 1L, "database" to 1L, "connection" to 1L)
        result["rows"] shouldBe 11_500_000.0
        result["largest"] shouldBe 9_000_000.0
    }

    test("BatchUpdateOwners sets owners of every table") {
        val summary = BatchUpdateOwners.run(client, connectionQn, listOf("alice", "bob"))
        summary.updatedCount shouldBe 2
        client.assets.get(dev.katalog.model.atlan.asset.Table, "$connectionQn/SALES/PUBLIC/ORDERS").ownerUsers shouldBe listOf("alice", "bob")
    }

    test("TagsAndCustomMetadata works by human names") {
        client.typeDefs.create(CustomMetadataDefinition.builder("Quality").attribute("Score", CustomMetadataType.INTEGER).build())
        TagsAndCustomMetadata.run(client, "$connectionQn/SALES/PUBLIC/ORDERS", "Quality") shouldBe
            listOf("tags: [Confidential]", "Quality: {Score=92}")
    }

    test("ErrorHandling shows the typed errors") {
        val lines = ErrorHandling.run(client)
        lines.first() shouldBe "missing table: null"
        lines.last() shouldStartWith "not found (404)"
    }

    test("the Java examples run") {
        val applied = JavaApplyAndUpdate.run(client, "java-examples-${System.nanoTime()}")
        applied shouldBe "6 created, 1 owners set, tagged"
        val lines = JavaSearchAndStream.run(client)
        lines.first() shouldContain " tables, "
        lines shouldContain "$connectionQn/SALES/PUBLIC/ORDER_LINES"
        JavaErrorHandling.run(client) shouldStartWith "present=false, not found (404)"
    }

    test("OpenMetadataApplyTree applies to the catalog's OpenMetadata API and reads the table back by name") {
        val service = "examples_${System.nanoTime()}"
        OpenMetadataClient(catalog.baseUrl, catalog.apiToken).use { om ->
            val (result, orders) = OpenMetadataApplyTree.run(om, service)
            result.created shouldBe 9
            orders.fullyQualifiedName shouldBe "$service.shop.\"sales.eu\".orders"
            orders.columns.map { it.dataTypeDisplay } shouldBe listOf("BIGINT", "DECIMAL(10,2)", "varchar(200)")
            om.trees.plan(OpenMetadataApplyTree.tree(service)).isEmpty shouldBe true
        }
    }

    test("the Java OpenMetadata example runs") {
        val service = "java_examples_${System.nanoTime()}"
        OpenMetadataClient(catalog.baseUrl, catalog.apiToken).use { om ->
            JavaOpenMetadata.run(om, service) shouldBe "5 created; $service.shop.\"v1.2\".orders has 2 columns; tables: order_lines,orders"
        }
    }
})
