package dev.katalog.cli

import dev.katalog.cli.script.KatalogScripts
import dev.katalog.cli.script.TreeFileCommands
import dev.katalog.client.AtlanClient
import dev.katalog.dsl.tree.CatalogTree
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files

/** The example definition file and scripts, and scripts written for the test, run through the scripting host against a real local catalog. */
class ScriptsSpec : FunSpec({
    val examples = File("../examples")
    val catalog = TestCatalog.catalog
    val client = AtlanClient(catalog.baseUrl, catalog.apiToken)
    val dir = Files.createTempDirectory("scripts").toFile()
    afterSpec { client.close(); dir.deleteRecursively() }

    fun script(name: String, text: String): File = File(dir, name).apply { writeText(text) }

    fun captured(block: () -> Unit): String {
        val out = ByteArrayOutputStream()
        val previous = System.out
        System.setOut(PrintStream(out, true))
        try { block() } finally { System.setOut(previous) }
        return out.toString()
    }

    test("plan, apply, plan of the example definition file: the last plan is empty") {
        val tree = KatalogScripts.run(File(examples, "trees/analytics.catalog.kts"), null) as CatalogTree
        val first = client.trees.plan(tree)
        first.creates.size shouldBe 12
        client.trees.apply(first).created shouldBe 12
        client.trees.plan(tree).isEmpty shouldBe true
    }

    test("the example scripts run with a client in scope") {
        val connection = client.trees.plan(KatalogScripts.run(File(examples, "trees/analytics.catalog.kts"), null) as CatalogTree).connections.getValue("analytics")
        captured { KatalogScripts.run(File(examples, "scripts/table-report.main.kts"), client, listOf(connection)) } shouldBe "ORDERS: 2 columns\n"
        captured { KatalogScripts.run(File(examples, "scripts/describe-undocumented.main.kts"), client, listOf(connection)) } shouldBe "described 0 tables\n"
    }

    test("every inline and reified entry point (search<T>, get<T>, stream<T>, KatalogJson, getByName<T>, list<T>…) and the enums work in a script run by bin/katalog script") {
        val name = "inline-${System.nanoTime()}"
        val file = File("src/test/resources/scripts/inline-entry-points.main.kts")
        val out = captured {
            // Options before the file, the script's own arguments after it.
            TreeFileCommands.script(listOf("--base-url", catalog.baseUrl, "--api-token", catalog.apiToken, file.path, name, catalog.baseUrl, catalog.apiToken)) shouldBe 0
        }
        out shouldBe "atlan: 1 found, ORDERS VERIFIED null\nopenmetadata: ORDERS with 1 column, 1 listed, missing null null\n"
    }

    test("args hold only the script's own arguments, wherever bin/katalog's options stand; after -- everything is the script's") {
        val file = script("args.main.kts", "println(args.toList())\nprintln(client.options.baseUrl)\n")
        val out = captured {
            TreeFileCommands.script(listOf(file.path, "a", "--base-url", catalog.baseUrl, "b", "--api-token", catalog.apiToken, "--flag", "--", "--base-url", "x"))
        }
        out shouldBe "[a, b, --flag, --base-url, x]\n${catalog.baseUrl}\n"
    }

    test("a script that throws is reported with its file:line, the exception's type and message") {
        val failing = script("failing.main.kts", "val count = args.size\ncheck(count == 2) { \"expected 2 arguments, got \$count\" }\n")
        shouldThrow<KatalogScripts.ScriptFailed> { KatalogScripts.run(failing, client) }.message shouldBe
            "failing.main.kts:2: IllegalStateException: expected 2 arguments, got 0"
        val silent = script("silent.main.kts", "\nthrow UnsupportedOperationException()\n")
        shouldThrow<KatalogScripts.ScriptFailed> { KatalogScripts.run(silent, client) }.message shouldBe
            "silent.main.kts:2: UnsupportedOperationException: (no message)"
        // Thrown by the SDK after a suspended call resumed: the script's frame nearest the throw is its runBlocking.
        val missing = script("missing.main.kts", "// looks up a table that is not there\nrunBlocking {\n    client.assets.get(Table, \"default/snowflake/0/NOPE\")\n}\n")
        shouldThrow<KatalogScripts.ScriptFailed> { KatalogScripts.run(missing, client) }.message!! shouldStartWith
            "missing.main.kts:2: AtlanException.NotFound: HTTP 404"
    }

    test("a script that does not compile is reported with file:line:col, the line, and the fix") {
        val bad = script("bad.catalog.kts", "catalog {\n  nope()\n}\n")
        val lines = shouldThrow<KatalogScripts.ScriptFailed> { KatalogScripts.run(bad, null) }.message!!.lines()
        lines[0] shouldStartWith "bad.catalog.kts:2:3: Unresolved reference"
        lines[1] shouldBe "      nope()"
        lines[2] shouldBe "      ^"
        lines[3] shouldStartWith "  fix: check the spelling; a name from a package that is not imported needs an import"
    }

    test("a missing script names the path") {
        shouldThrow<KatalogScripts.ScriptFailed> { KatalogScripts.run(File(dir, "nowhere.main.kts"), null) }.message shouldBe
            "No script at ${File(dir, "nowhere.main.kts").path}: give the path of a .kts file"
    }
})
