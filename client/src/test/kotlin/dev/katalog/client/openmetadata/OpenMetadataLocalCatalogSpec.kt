package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.search.OpenMetadataFields
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.entity.data.DatabaseSchema
import dev.katalog.model.openmetadata.entity.data.GlossaryTerm
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.type.ColumnDataType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.util.UUID
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.toList

/**
 * The OpenMetadata client against the local catalog's OpenMetadata API over real HTTP; every body it sends is
 * checked against OpenMetadata 1.4's schemas on the way out.
 */
class OpenMetadataLocalCatalogSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val service = "quickstart_$suffix"
    val glossaryName = "Quickstart glossary $suffix"
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    // The quickstart's shape (2 databases × 2 schemas × 10 tables × 10 columns, a glossary with a category), one schema named with a dot.
    fun quickstart(description: String = "Table"): CatalogTree = catalog {
        connection(service, Connector.SNOWFLAKE) {
            adminUsers("admin")
            for (database in listOf("SALES", "FINANCE")) database(database) {
                for (schema in listOf("RAW", "CURATED.v2")) schema(schema) {
                    for (t in 1..10) table("%s_T%02d".format(database, t)) {
                        this.description = "$description $t of $database.$schema"
                        rowCount(t * 125_000L)
                        for (c in 1..10) column(if (c == 1) "ID" else "COL_%02d".format(c), dataType = if (c == 1) "NUMBER" else "VARCHAR")
                    }
                }
            }
        }
        glossary(glossaryName) {
            category("Finance") { term("ARR") }
            term("Revenue")
            term("Customer")
        }
    }

    test("the server is 1.4 and the version check passes") {
        om.system.checkCompatibility().version!! shouldContain "1.4"
    }

    test("the quickstart tree applies; the second plan is empty; its table under a dotted schema reads back by name") {
        val plan = om.trees.plan(quickstart())
        plan.creates shouldHaveSize 1 + 2 + 4 + 40 + 1 + 4
        plan.ignored.map { it.problem.substringBefore(" has") }.toSet() shouldBe setOf("\"adminUsers\"", "\"rowCount\"")
        val result = om.trees.apply(plan)
        result.failures shouldBe emptyMap()
        result.created shouldBe plan.creates.size

        val again = om.trees.plan(quickstart())
        again.render() shouldContain "0 to create, 0 to update, 52 unchanged"
        again.isEmpty shouldBe true

        val fqn = Fqn.build(service, "SALES", "CURATED.v2", "SALES_T03")
        fqn shouldBe "$service.SALES.\"CURATED.v2\".SALES_T03"
        val table = om.entities.getByName<Table>(fqn, fields = listOf("columns"))
        table.fullyQualifiedName shouldBe fqn
        table.description shouldBe "Table 3 of SALES.CURATED.v2"
        table.columns shouldHaveSize 10
        table.columns[0].dataType shouldBe ColumnDataType.NUMBER
        table.columns[1].dataType shouldBe ColumnDataType.VARCHAR
        om.entities.getById<Table>(table.id).name shouldBe "SALES_T03"
        om.entities.getByName<DatabaseSchema>(Fqn.build(service, "SALES", "CURATED.v2")).name shouldBe "CURATED.v2"
        om.entities.getByName<GlossaryTerm>(Fqn.build(glossaryName, "Finance", "ARR")).name shouldBe "ARR"

        OutgoingRequestValidator.validated.count { it.startsWith("PUT /api/v1/tables") } shouldBeGreaterThan 39
    }

    test("a changed tree plans exactly the changes, and applying them empties the plan again") {
        val changed = om.trees.plan(quickstart(description = "Fact table"))
        changed.updates shouldHaveSize 40
        changed.updates.first().changes.keys shouldBe setOf("description")
        om.trees.apply(changed).updated shouldBe 40
        om.trees.plan(quickstart(description = "Fact table")).isEmpty shouldBe true
    }

    test("absent entities: null from the OrNull calls, NotFound otherwise") {
        om.entities.getByNameOrNull<Table>(Fqn.build(service, "SALES", "RAW", "NOPE")).shouldBeNull()
        shouldThrow<OpenMetadataException.NotFound> { om.entities.getByName<Table>(Fqn.build(service, "SALES", "RAW", "NOPE")) }
    }

    test("list pages through a schema's tables with after cursors") {
        val tables = om.entities.list<Table>(mapOf("databaseSchema" to Fqn.build(service, "FINANCE", "CURATED.v2")), pageSize = 3).toList()
        tables.map { it.name }.sorted() shouldBe (1..10).map { "FINANCE_T%02d".format(it) }
    }

    test("patch, versions, lineage and search round-trip through the server") {
        val orders = om.entities.getByName<Table>(Fqn.build(service, "SALES", "RAW", "SALES_T01"))
        val patched = om.entities.patch(orders) { replace("/description", "Orders, patched") }
        patched.description shouldBe "Orders, patched"
        (patched.version!! > orders.version!!) shouldBe true
        om.entities.versions(EntityKinds.TABLE, orders.id).first().description shouldBe "Orders, patched"

        val totals = om.entities.getByName<Table>(Fqn.build(service, "SALES", "CURATED.v2", "SALES_T01"))
        om.lineage.add(orders, totals, description = "curated nightly")
        val lineage = om.lineage.get(EntityKinds.TABLE, orders.fullyQualifiedName!!, upstreamDepth = 0, downstreamDepth = 1)
        lineage.downstreamEdges!!.map { it.toEntity } shouldContain totals.id
        // By id, as LineageResource.get (1.4) reads it: the same graph.
        om.lineage.getById(EntityKinds.TABLE, orders.id, upstreamDepth = 0, downstreamDepth = 1).downstreamEdges!!.map { it.toEntity } shouldContain totals.id
        shouldThrow<UsageException> { om.lineage.getById(EntityKinds.TABLE, "SALES_T01") }.problem shouldBe "\"SALES_T01\" is not an OpenMetadata entity id (a UUID)"
        shouldThrow<UsageException> { om.lineage.getById(EntityKinds.TABLE, orders.id, upstreamDepth = 4) }.problem shouldBe
            "Lineage of ${orders.id}: OpenMetadata reads at most 3 hops each way, asked for 4 up and 1 down"

        // The index follows writes shortly after: poll with a deadline rather than sleep a fixed time.
        val deadline = System.nanoTime() + 20_000_000_000
        var hits: List<Table>
        do {
            hits = om.search.page(EntityKinds.TABLE) { where(OpenMetadataFields.SERVICE eq service); where(OpenMetadataFields.NAME eq "SALES_T01"); size(10) }.hits
            if (hits.size == 2 || System.nanoTime() > deadline) break
            delay(200)
        } while (true)
        hits.map { it.fullyQualifiedName }.toSet() shouldBe setOf(orders.fullyQualifiedName, totals.fullyQualifiedName)
    }

    test("a search of glossary terms finds Approved terms, in glossary_term_search_index") {
        val deadline = System.nanoTime() + 20_000_000_000
        var terms: List<GlossaryTerm>
        do {
            terms = om.search.page(EntityKinds.GLOSSARY_TERM) { where(OpenMetadataFields.NAME eq "ARR"); size(50) }.hits
            if (terms.any { it.fullyQualifiedName == Fqn.build(glossaryName, "Finance", "ARR") } || System.nanoTime() > deadline) break
            delay(200)
        } while (true)
        terms.map { it.fullyQualifiedName } shouldContain Fqn.build(glossaryName, "Finance", "ARR")
        terms.forEach { it.glossary.type shouldBe "glossary" }
    }

    test("delete removes a table; getByNameOrNull then answers null") {
        val doomed = om.entities.getByName<Table>(Fqn.build(service, "FINANCE", "RAW", "FINANCE_T10"))
        om.entities.delete(doomed, hardDelete = true)
        om.entities.getByNameOrNull<Table>(doomed.fullyQualifiedName!!).shouldBeNull()
    }
})
