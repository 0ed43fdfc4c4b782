package dev.katalog.cli.script

import java.io.File
import kotlin.script.experimental.api.ScriptDiagnostic

/** How a script's failures read: the place (file:line[:col]), what went wrong, and the fix where one is known. */
internal object ScriptErrors {
    /** Compiler errors, each as `file:line:col: message`, the line with a caret under the column, and a fix when known. */
    fun compilation(file: File, reports: List<ScriptDiagnostic>): String {
        val source = runCatching { file.readLines() }.getOrDefault(emptyList())
        return reports.filter { it.severity >= ScriptDiagnostic.Severity.ERROR }.joinToString("\n") { d ->
            val start = d.location?.start
            buildString {
                append(if (start != null) "${file.name}:${start.line}:${start.col}" else file.name)
                append(": ").append(d.message.lineSequence().first())
                generateSequence(d.exception) { it.cause }.lastOrNull()?.let { append(" (${it.javaClass.simpleName}: ${it.message?.lineSequence()?.firstOrNull()})") }
                source.getOrNull((start?.line ?: 0) - 1)?.let { line ->
                    append("\n    ").append(line.trimEnd())
                    append("\n    ").append(" ".repeat((start!!.col - 1).coerceAtLeast(0))).append('^')
                }
                fix(d.message)?.let { append("\n  fix: ").append(it) }
            }
        }.ifEmpty { "${file.name} could not be compiled" }
    }

    /** A script that threw: `file:line: Type: message`, the line being the script's own frame nearest the throw. */
    fun failure(file: File, error: Throwable): String {
        // The innermost cause first: coroutines rethrow a copy whose own trace starts where runBlocking was called.
        val line = generateSequence(error) { it.cause }.take(20).toList().asReversed().firstNotNullOfOrNull { e ->
            e.stackTrace.firstOrNull { it.fileName == file.name && it.lineNumber > 0 }?.lineNumber
        }
        val where = if (line != null) "${file.name}:$line" else file.name
        val type = error.javaClass.name.substringAfterLast('.').replace('$', '.')
        return "$where: $type: ${error.message ?: "(no message)"}"
    }

    private fun fix(message: String): String? = when {
        message.startsWith("Unresolved reference") ->
            "check the spelling; a name from a package that is not imported needs an import at the top of the script " +
                "(bin/katalog script --help lists the packages imported by default)"
        "JVM target" in message -> "run the script with bin/katalog, which compiles it for JVM ${ScriptJvmTarget.sdk}"
        message.startsWith("Suspend function") || "should be called only from a coroutine" in message ->
            "wrap the calls in runBlocking { … }"
        else -> null
    }
}
