package dev.katalog.test.kotest

import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import dev.katalog.test.junit.SeenCatalogs
import io.kotest.assertions.withClue
import io.kotest.core.extensions.install
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith

/** The Kotest extension's properties: both clients configured for the shared catalog, names of the spec's own. */
class KotestClientsSpec : FunSpec({
    val katalog = install(LocalCatalogExtension())
    val warehouse = katalog.names.name("warehouse")

    test("the OpenMetadata client talks to the same catalog") {
        katalog.openMetadata.system.version().version shouldBe "1.4.0"
        katalog.openMetadata.options.baseUrl shouldBe katalog.local.baseUrl
    }

    test("the specs share one catalog") {
        SeenCatalogs.record("kotest", KotestClientsSpec::class.java, katalog.local)
        withClue(SeenCatalogs.census("kotest")) { SeenCatalogs.baseUrls("kotest") shouldBe listOf(katalog.local.baseUrl) }
    }

    test("names are the spec's own") {
        warehouse shouldBe "warehouse_kotestclientsspec_${katalog.names.runId}"
        katalog.names.unique("orders") shouldStartWith "orders_kotestclientsspec_${katalog.names.runId}_"
    }

    test("the Atlan client applies and finds what the spec makes under its own names") {
        katalog.atlan.trees.apply(catalog {
            connection(warehouse, Connector.SNOWFLAKE) { adminUsers("admin"); database("DB") { schema("S") { table("MINE") } } }
        }).created shouldBe 4L
        katalog.atlan.search.count(Table.search { where(Table.NAME eq "MINE") }) shouldBe 1L
    }
})
