package dev.katalog.cli

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.io.File
import java.nio.file.Files
import java.util.concurrent.TimeUnit

/**
 * The runnable jar, run with `java -jar` as a Java user would: the version, the classpath, and a script compiled
 * inside the jar. It runs in `verify`, after `package` has built the jar (see cli/pom.xml).
 */
class RunnableJarSpec : FunSpec({
    val version = Regex("<version>(.+?)</version>").find(File("pom.xml").readText())!!.groupValues[1]
    val jar = File("target/katalog-cli-$version-all.jar").absoluteFile

    fun javaJar(vararg args: String): Pair<Int, String> {
        check(jar.isFile) { "No runnable jar at $jar: build it with mvn package" }
        val process = ProcessBuilder(listOf(File(System.getProperty("java.home"), "bin/java").path, "-jar", jar.path) + args)
            .redirectErrorStream(true).start()
        val out = process.inputStream.bufferedReader().readText()
        process.waitFor(180, TimeUnit.SECONDS) shouldBe true
        return process.exitValue() to out
    }

    test("java -jar prints the version and its own path as the classpath, and runs a script that inlines search<Table>") {
        javaJar("--version").let { (exit, out) -> exit to out.lines().first() } shouldBe (0 to "katalog $version")
        javaJar("classpath") shouldBe (0 to "${jar.path}\n")
        val script = Files.createTempFile("jar", ".main.kts").toFile().apply {
            writeText("println(KatalogJson.encode(search<Table> { where(Table.NAME startsWith \"ord\") }).contains(\"ord\"))\nprintln(args.toList())\n")
            deleteOnExit()
        }
        javaJar("script", "--base-url", "http://127.0.0.1:9", "--api-token", "t", script.path, "a", "--", "--b") shouldBe (0 to "true\n[a, --b]\n")
    }
})
