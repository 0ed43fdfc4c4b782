package dev.katalog.test

import dev.katalog.dsl.tree.CatalogTree
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.ConcurrentHashMap

/**
 * Reads catalog definition files (`*.catalog.kts`: a Kotlin script whose last expression is `catalog { … }`) into
 * trees, each file once per JVM. Compiling them needs the Kotlin scripting host, an optional dependency.
 */
internal object DefinitionFiles {
    private val trees = ConcurrentHashMap<Path, CatalogTree>()
    private val hostClasses = listOf(
        "kotlin.script.experimental.jvmhost.BasicJvmScriptingHost" to "kotlin-main-kts",
        "org.jetbrains.kotlin.scripting.compiler.plugin.impl.ScriptJvmCompilerIsolated" to "kotlin-scripting-compiler-embeddable",
        "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler" to "kotlin-compiler-embeddable",
    )

    fun tree(file: Path): CatalogTree {
        val path = file.toAbsolutePath().normalize()
        trees[path]?.let { return it }
        if (!Files.isRegularFile(path)) {
            throw TestCatalogException("No definition file at $path. Fix: give its path relative to ${Path.of("").toAbsolutePath()} (the working directory of the tests), or an absolute one.")
        }
        val missing = hostClasses.filter { (name, _) -> !present(name) }.map { it.second }.distinct()
        if (missing.isNotEmpty()) {
            val version = KotlinVersion.CURRENT
            throw TestCatalogException(
                "Loading ${path.fileName} needs the Kotlin scripting host, which is not on the test classpath. Fix: add " +
                    missing.joinToString(", ") { "org.jetbrains.kotlin:$it:$version" } + " as test dependencies, or build the tree in code and load it with tree(…).",
            )
        }
        return DefinitionScript.evaluate(path).also { trees[path] = it }
    }

    private fun present(className: String): Boolean =
        runCatching { Class.forName(className, false, DefinitionFiles::class.java.classLoader) }.isSuccess
}
