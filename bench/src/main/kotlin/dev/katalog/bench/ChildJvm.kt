package dev.katalog.bench

import java.io.File

/** Runs a bench's measuring side in a JVM of its own (so a heap limit applies to it alone) and returns its result line. */
internal object ChildJvm {
    /** Runs [mainClass] with [jvmArgs] and [args] on [classpath] (this JVM's); the last output line starting with [resultPrefix]. */
    fun run(
        jvmArgs: List<String>, mainClass: Class<*>, args: List<String>, resultPrefix: String, classpath: String = System.getProperty("java.class.path"),
    ): String {
        val java = File(System.getProperty("java.home"), "bin/java").path
        val command = listOf(java) + jvmArgs + listOf("-cp", classpath, mainClass.name) + args
        val process = ProcessBuilder(command).redirectErrorStream(true).start()
        val output = process.inputStream.bufferedReader().readText()
        val exit = process.waitFor()
        check(exit == 0) { "${mainClass.simpleName} (${jvmArgs.joinToString(" ")}) failed (exit $exit):\n${output.takeLast(3000)}" }
        return output.lines().last { it.startsWith(resultPrefix) }
    }
}
