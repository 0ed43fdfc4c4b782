package dev.katalog.cli.script

import dev.katalog.client.AtlanClient
import java.io.File
import kotlin.script.experimental.api.ResultValue
import kotlin.script.experimental.api.ResultWithDiagnostics
import kotlin.script.experimental.api.ScriptCompilationConfiguration
import kotlin.script.experimental.api.ScriptEvaluationConfiguration
import kotlin.script.experimental.api.defaultImports
import kotlin.script.experimental.api.implicitReceivers
import kotlin.script.experimental.api.providedProperties
import kotlin.script.experimental.host.toScriptSource
import kotlin.script.experimental.jvm.dependenciesFromCurrentContext
import kotlin.script.experimental.jvm.jvm
import kotlin.script.experimental.jvm.jvmTarget
import kotlin.script.experimental.jvmhost.BasicJvmScriptingHost

/**
 * Compiles and runs Kotlin scripts with the SDK on the classpath, its packages imported ([ScriptImports]), and,
 * when given, a configured `client` in scope, and [DefinitionIncludes.include] callable. A catalog definition file is a script whose last
 * expression is `catalog { … }`.
 */
internal object KatalogScripts {
    /** A script that cannot be compiled or that failed: where (file:line), what, and what to do. */
    class ScriptFailed(message: String, cause: Throwable? = null) : RuntimeException(message, cause)

    /** Runs [file] with [client] in scope as `client` (or no client) and [args] as `args` (a list); returns its last expression's value. */
    fun run(file: File, client: AtlanClient?, args: List<String> = emptyList()): Any? = run(file, client, args, emptyList())

    /** [run], for a file included by the files in [including] (outermost first), which it may not include again. */
    internal fun run(file: File, client: AtlanClient?, args: List<String>, including: List<File>): Any? {
        if (!file.isFile) throw ScriptFailed("No script at ${file.path}: give the path of a .kts file")
        val includes = DefinitionIncludes(file.absoluteFile, including)
        val compilation = ScriptCompilationConfiguration {
            jvm {
                dependenciesFromCurrentContext(wholeClasspath = true)
                // The SDK's inline functions (search<Table> { }, getByName<Table>(…)) carry its bytecode level.
                jvmTarget(ScriptJvmTarget.sdk)
            }
            defaultImports(ScriptImports.directives)
            implicitReceivers(DefinitionIncludes::class)
            // A non-generic class: the script host keeps no type arguments of provided properties.
            providedProperties("args" to ScriptArguments::class)
            if (client != null) providedProperties("client" to AtlanClient::class)
        }
        val evaluation = ScriptEvaluationConfiguration {
            providedProperties("args" to ScriptArguments(args))
            implicitReceivers(includes)
            if (client != null) providedProperties("client" to client)
        }
        return when (val result = BasicJvmScriptingHost().eval(file.toScriptSource(), compilation, evaluation)) {
            is ResultWithDiagnostics.Failure -> throw ScriptFailed(ScriptErrors.compilation(file, result.reports))
            is ResultWithDiagnostics.Success -> when (val value = result.value.returnValue) {
                is ResultValue.Value -> value.value
                is ResultValue.Unit -> Unit
                is ResultValue.Error -> throw ScriptFailed(ScriptErrors.failure(file, value.error), value.error)
                else -> throw ScriptFailed("${file.name} did not run: it was compiled but not evaluated")
            }
        }
    }
}
