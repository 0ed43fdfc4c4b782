package dev.katalog.test

import dev.katalog.dsl.tree.CatalogTree
import java.nio.file.Path
import kotlin.script.experimental.api.ResultValue
import kotlin.script.experimental.api.ResultWithDiagnostics
import kotlin.script.experimental.api.ScriptCompilationConfiguration
import kotlin.script.experimental.api.ScriptDiagnostic
import kotlin.script.experimental.api.ScriptEvaluationConfiguration
import kotlin.script.experimental.api.defaultImports
import kotlin.script.experimental.host.toScriptSource
import kotlin.script.experimental.jvm.dependenciesFromCurrentContext
import kotlin.script.experimental.jvm.jvm
import kotlin.script.experimental.jvmhost.BasicJvmScriptingHost

/** Compiles and runs one definition file with the SDK's packages imported, as `bin/katalog plan` does. Touched only once the scripting host is known to be present. */
internal object DefinitionScript {
    private val imports = listOf(
        "dev.katalog.dsl.search.*", "dev.katalog.dsl.tree.*", "dev.katalog.model.atlan.asset.*", "dev.katalog.model.atlan.search.*",
    )

    fun evaluate(path: Path): CatalogTree {
        val file = path.toFile()
        val compilation = ScriptCompilationConfiguration {
            jvm { dependenciesFromCurrentContext(wholeClasspath = true) }
            defaultImports(imports)
        }
        val result = BasicJvmScriptingHost().eval(file.toScriptSource(), compilation, ScriptEvaluationConfiguration())
        val value = when (result) {
            is ResultWithDiagnostics.Failure -> throw TestCatalogException("${file.name} does not compile:\n${describe(file.name, result.reports)}\nFix: correct the file; it must end with a catalog { … } expression.")
            is ResultWithDiagnostics.Success -> when (val returned = result.value.returnValue) {
                is ResultValue.Value -> returned.value
                is ResultValue.Error -> throw TestCatalogException("${file.name} failed when run: ${returned.error.message}", returned.error)
                else -> null
            }
        }
        return value as? CatalogTree
            ?: throw TestCatalogException("${file.name} ends with ${value?.javaClass?.simpleName ?: "no value"}. Fix: make its last expression a catalog { … } tree.")
    }

    private fun describe(name: String, reports: List<ScriptDiagnostic>): String =
        reports.filter { it.severity >= ScriptDiagnostic.Severity.ERROR }.joinToString("\n") { d ->
            val at = d.location?.start?.let { "$name:${it.line}:${it.col}" } ?: name
            "$at: ${d.message.lineSequence().first()}"
        }
}
