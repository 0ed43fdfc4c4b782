package com.example.catalog

import dev.katalog.local.LocalCatalog
import dev.katalog.test.junit.KatalogTest
import org.jetbrains.kotlin.mainKts.MainKtsScript
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import kotlin.script.experimental.api.ResultValue
import kotlin.script.experimental.api.ResultWithDiagnostics
import kotlin.script.experimental.api.ScriptDiagnostic
import kotlin.script.experimental.api.constructorArgs
import kotlin.script.experimental.host.toScriptSource
import kotlin.script.experimental.jvmhost.BasicJvmScriptingHost
import kotlin.script.experimental.jvmhost.createJvmCompilationConfigurationFromTemplate
import kotlin.script.experimental.jvmhost.createJvmEvaluationConfigurationFromTemplate

/**
 * scripts/tables.main.kts runs as the `kotlin` command runs a `*.main.kts` file: compiled by the main-kts host,
 * its `@file:DependsOn` resolved by main-kts from the local Maven repository (the one this build used).
 */
@KatalogTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandardScriptTest {
    @BeforeAll
    fun useTheBuildsRepository() {
        // main-kts reads the user's Maven settings; point them at the repository this build resolved from.
        val repository = System.getProperty("consumer.localRepository")
        val settings = File("target/script-settings.xml")
        settings.writeText("<settings><localRepository>$repository</localRepository><offline>true</offline></settings>")
        System.setProperty("org.jetbrains.kotlin.org.apache.maven.user-settings", settings.absolutePath)
        // main-kts caches compiled scripts (in ~/.cache when it exists) keyed by the script and the jar paths, not
        // the jars' contents: a rebuilt 0.1.0-SNAPSHOT at the same path would run against an earlier compilation.
        System.setProperty("kotlin.main.kts.compiled.scripts.cache.dir", "")
    }

    @Test
    fun `a main kts script resolves Katalog by its coordinates and uses the reified DSL`(catalog: LocalCatalog) {
        val connectionQn = findTables(catalog.baseUrl, catalog.apiToken, "script-${System.nanoTime()}")
            .first().substringBefore("/SALES/")
        val output = run(File("scripts/tables.main.kts"), catalog.baseUrl, catalog.apiToken, connectionQn)
        assertEquals(listOf("table CUSTOMERS", "table ORDERS", "ORDERS: One row per order"), output)
    }

    @Test
    fun `a coordinate that cannot be resolved is named in the script's error`() {
        val script = File("target/missing-dependency.main.kts")
        script.writeText("@file:DependsOn(\"dev.katalog:katalog-nope:0.1.0-SNAPSHOT\")\nprintln(\"unreachable\")\n")
        val failure = runCatching { run(script) }.exceptionOrNull()
        val message = failure?.message.orEmpty()
        assertEquals("dev.katalog:katalog-nope:0.1.0-SNAPSHOT", Regex("""dev\.katalog:katalog-nope:[\w.-]+""").find(message)?.value, message)
        assertEquals(null, printedByLastRun.lines().firstOrNull { it == "unreachable" }, "the script must not run")
    }

    private var printedByLastRun = ""

    private fun run(script: File, vararg args: String): List<String> {
        val compilation = createJvmCompilationConfigurationFromTemplate<MainKtsScript>()
        val evaluation = createJvmEvaluationConfigurationFromTemplate<MainKtsScript> { constructorArgs(arrayOf<String>(*args)) }
        val printed = ByteArrayOutputStream()
        val console = System.out
        System.setOut(PrintStream(printed, true))
        val result = try {
            BasicJvmScriptingHost().eval(script.toScriptSource(), compilation, evaluation)
        } finally {
            System.setOut(console)
            printedByLastRun = printed.toString()
        }
        val problems = result.reports.filter { it.severity >= ScriptDiagnostic.Severity.ERROR }
        check(result is ResultWithDiagnostics.Success && problems.isEmpty()) {
            "${script.name} failed: ${result.reports.filter { it.severity >= ScriptDiagnostic.Severity.WARNING }.joinToString("\n") { it.render() }}"
        }
        val returned = result.value.returnValue
        check(returned !is ResultValue.Error) { "${script.name} threw ${returned.let { (it as ResultValue.Error).error }}" }
        return printed.toString().lines().filter { it.isNotBlank() }
    }
}
