package dev.katalog.cli

import dev.katalog.cli.script.KatalogScripts
import dev.katalog.client.AtlanClient
import dev.katalog.dsl.tree.CatalogTree
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream

/** The example definition file and scripts, run through the scripting host against a real local catalog. */
class ScriptsSpec : FunSpec({
    val examples = File("../examples")
    val client = AtlanClient(TestCatalog.catalog.baseUrl, TestCatalog.catalog.apiToken)
    afterSpec { client.close() }

    fun captured(block: () -> Unit): String {
        val out = ByteArrayOutputStream()
        val previous = System.out
        System.setOut(PrintStream(out, true))
        try { block() } finally { System.setOut(previous) }
        return out.toString()
    }

    test("plan, apply, plan of the example definition file: the last plan is empty") {
        val tree = KatalogScripts.run(File(examples, "trees/analytics.catalog.kts"), null) as CatalogTree
        val first = client.plan(tree)
        first.creates.size shouldBe 12
        client.apply(first).created shouldBe 12
        client.plan(tree).isEmpty shouldBe true
    }

    test("the example scripts run with a client in scope") {
        val connection = client.plan(KatalogScripts.run(File(examples, "trees/analytics.catalog.kts"), null) as CatalogTree).connections.getValue("analytics")
        captured { KatalogScripts.run(File(examples, "scripts/table-report.main.kts"), client, listOf(connection)) } shouldBe "ORDERS: 2 columns\n"
        captured { KatalogScripts.run(File(examples, "scripts/describe-undocumented.main.kts"), client, listOf(connection)) } shouldBe "described 0 tables\n"
    }

    test("a script that does not compile is reported with file and line") {
        val bad = File.createTempFile("bad", ".kts").apply { writeText("catalog {\n  nope()\n}\n"); deleteOnExit() }
        shouldThrow<KatalogScripts.ScriptFailed> { KatalogScripts.run(bad, null) }.message!! shouldContain "${bad.name}:2:"
    }
})
