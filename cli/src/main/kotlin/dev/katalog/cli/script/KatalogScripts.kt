package dev.katalog.cli.script

import dev.katalog.client.AtlanClient
import java.io.File
import kotlin.script.experimental.api.ResultValue
import kotlin.script.experimental.api.ResultWithDiagnostics
import kotlin.script.experimental.api.ScriptCompilationConfiguration
import kotlin.script.experimental.api.ScriptDiagnostic
import kotlin.script.experimental.api.ScriptEvaluationConfiguration
import kotlin.script.experimental.api.defaultImports
import kotlin.script.experimental.api.providedProperties
import kotlin.script.experimental.host.toScriptSource
import kotlin.script.experimental.jvm.dependenciesFromCurrentContext
import kotlin.script.experimental.jvm.jvm
import kotlin.script.experimental.jvmhost.BasicJvmScriptingHost

/**
 * Compiles and runs Kotlin scripts with the SDK on the classpath, its packages imported, and, when given,
 * a configured `client` in scope. A catalog definition file is a script whose last expression is `catalog { … }`.
 */
internal object KatalogScripts {
    private val imports = listOf(
        "dev.katalog.client.*", "dev.katalog.client.batch.*", "dev.katalog.dsl.search.*", "dev.katalog.dsl.tree.*",
        "dev.katalog.model.atlan.asset.*", "dev.katalog.model.atlan.search.*", "kotlinx.coroutines.*", "kotlinx.coroutines.flow.*",
    )

    /** A script that cannot be compiled or that failed: the diagnostics, with file and line. */
    class ScriptFailed(message: String, cause: Throwable? = null) : RuntimeException(message, cause)

    /** Runs [file] with [client] in scope as `client` (or no client) and [args] as `args` (a list); returns its last expression's value. */
    fun run(file: File, client: AtlanClient?, args: List<String> = emptyList()): Any? {
        if (!file.isFile) throw ScriptFailed("No script at ${file.path}")
        val compilation = ScriptCompilationConfiguration {
            jvm { dependenciesFromCurrentContext(wholeClasspath = true) }
            defaultImports(imports)
            // A non-generic class: the script host keeps no type arguments of provided properties.
            providedProperties("args" to ScriptArguments::class)
            if (client != null) providedProperties("client" to AtlanClient::class)
        }
        val evaluation = ScriptEvaluationConfiguration {
            providedProperties("args" to ScriptArguments(args))
            if (client != null) providedProperties("client" to client)
        }
        return when (val result = BasicJvmScriptingHost().eval(file.toScriptSource(), compilation, evaluation)) {
            is ResultWithDiagnostics.Failure -> throw ScriptFailed(describe(file, result.reports))
            is ResultWithDiagnostics.Success -> when (val value = result.value.returnValue) {
                is ResultValue.Value -> value.value
                is ResultValue.Unit -> Unit
                is ResultValue.Error -> throw ScriptFailed("${file.name} failed: ${value.error.message}", value.error)
                else -> throw ScriptFailed("${file.name} did not run")
            }
        }
    }

    private fun describe(file: File, reports: List<ScriptDiagnostic>): String =
        reports.filter { it.severity >= ScriptDiagnostic.Severity.ERROR }.joinToString("\n") { d ->
            val at = d.location?.start?.let { "${file.name}:${it.line}:${it.col}" } ?: file.name
            val cause = generateSequence(d.exception) { it.cause }.lastOrNull()?.let { " (${it.javaClass.simpleName}: ${it.message?.lineSequence()?.firstOrNull()})" } ?: ""
            "$at: ${d.message.lineSequence().first()}$cause"
        }.ifEmpty { "${file.name} could not be compiled" }
}
