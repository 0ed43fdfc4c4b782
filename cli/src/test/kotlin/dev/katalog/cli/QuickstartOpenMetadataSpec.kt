package dev.katalog.cli

import dev.katalog.cli.quickstart.QuickstartTree
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.entity.data.Table
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe

/** The quickstart's own tree, applied to the local catalog's OpenMetadata API: everything created once, the second plan empty. */
class QuickstartOpenMetadataSpec : FunSpec({
    test("the quickstart tree applies to OpenMetadata and a second plan is empty") {
        val service = "quickstart_om_${System.nanoTime()}"
        val tree = QuickstartTree.of(service, "Quickstart glossary ${System.nanoTime()}")
        OpenMetadataClient(TestCatalog.catalog.baseUrl, TestCatalog.catalog.apiToken).use { om ->
            val plan = om.trees.plan(tree)
            // 1 service, 2 databases, 4 schemas, 40 tables; a glossary, its category as a parent term, 3 terms.
            plan.creates shouldHaveSize 1 + 2 + 4 + 40 + 1 + 1 + 3
            val applied = om.trees.apply(plan)
            applied.failures shouldBe emptyMap()
            applied.created shouldBe plan.creates.size
            om.trees.plan(tree).isEmpty shouldBe true
            val table = om.entities.getByName<Table>(Fqn.build(service, "FINANCE", "CURATED", "FINANCE_CURATED_T07"), fields = listOf("columns"))
            table.columns shouldHaveSize QuickstartTree.COLUMNS_PER_TABLE
            table.description shouldBe "Table 7 of FINANCE.CURATED"
        }
    }
})
