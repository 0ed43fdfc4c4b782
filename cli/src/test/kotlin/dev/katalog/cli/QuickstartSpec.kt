package dev.katalog.cli

import dev.katalog.cli.quickstart.Quickstart
import dev.katalog.client.AtlanClient
import dev.katalog.local.LocalCatalog
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch

/** The quickstart's tour runs against a real local catalog, twice, with the same counts. */
class QuickstartSpec : FunSpec({
    val catalog = TestCatalog.catalog

    test("the tour passes every check and reports counts that do not depend on timing") {
        val lines = (1..2).map {
            val out = mutableListOf<String>()
            val closing = AtlanClient(catalog.baseUrl, catalog.apiToken).use { client -> Quickstart(client) { out += it }.run() }
            closing shouldMatch Regex("""quickstart ok: 452 assets applied, 417 found by search, 49 updated, 1 deleted in [\d.]+s""")
            // What the tour prints (its progress included) never carries the token.
            out.none { line -> catalog.apiToken in line } shouldBe true
            out.first() shouldBe "1. Plan and apply a tree: 1 connection, 2 databases, 4 schemas, 40 tables, 400 columns, a glossary with a category and 3 terms"
            closing.substringBefore(" in ")
        }
        lines[0] shouldBe lines[1]
    }

    test("under faults (10 % 429 with Retry-After, 10 % 503, 2 % dropped connections, latency) the tour ends with the same counts") {
        val faults = System.getProperty("katalog.faults.quickstart") ?: "429=0.1,503=0.1,reset=0.01,lost=0.01,latency=5ms,seed=31"
        LocalCatalog.builder().openSearchUrl(catalog.openSearchUrl).indexPrefix("faulty_quickstart_").chaos(faults).build().start().use { faulty ->
            val closing = AtlanClient(faulty.baseUrl, faulty.apiToken).use { client -> Quickstart(client) { println("faulty: $it") }.run() }
            println("faulty: ${faulty.traffic.callsReceived} calls, injected ${faulty.traffic.faultsInjected}")
            closing shouldMatch Regex("""quickstart ok: 452 assets applied, 417 found by search, 49 updated, 1 deleted in [\d.]+s""")
            faulty.traffic.faultsInjected.keys shouldContainAll listOf("429", "503")
        }
    }
})
