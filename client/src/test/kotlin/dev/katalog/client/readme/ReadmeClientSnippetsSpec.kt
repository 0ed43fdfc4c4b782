package dev.katalog.client.readme

import dev.katalog.client.it.SharedCatalog
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.File

/** The README's client snippets are these test sources, verbatim, and they run against the local catalog. */
class ReadmeClientSnippetsSpec : FunSpec({
    val readme = File("../README.md").readText()
    val regions = listOf(
        File("src/test/kotlin/dev/katalog/client/readme/ReadmeClientSnippets.kt"),
        File("src/test/java/dev/katalog/client/readme/ReadmeClientSnippetsJava.java"),
    ).flatMap { file ->
        Regex("""// region (\S+)\n(.*?)\n\s*// endregion""", RegexOption.DOT_MATCHES_ALL).findAll(file.readText())
            .map { it.groupValues[1] to it.groupValues[2].trimIndent() }.toList()
    }.toMap()

    test("README shows the client snippets verbatim") {
        regions.keys shouldBe setOf("readme-kotlin-client", "readme-java-client")
        regions.values.forEach { readme shouldContain it }
    }

    test("the Kotlin tour runs") {
        val catalog = SharedCatalog.catalog
        val lines = clientTour(catalog.baseUrl, catalog.apiToken)
        lines.first() shouldContain "+ Connection analytics"
        lines.any { it.contains("/SALES/PUBLIC/ORDERS") } shouldBe true
        lines.last() shouldContain "OrNull"
    }

    test("the Java tour runs") {
        val catalog = SharedCatalog.catalog
        val lines = ReadmeClientSnippetsJava.tour(catalog.baseUrl, catalog.apiToken)
        Regex("""(\d+) tables""").matchEntire(lines.first())!!.groupValues[1].toLong() shouldBeGreaterThan 0L
        lines.any { it.endsWith("/SALES/PUBLIC/ORDERS") } shouldBe true
        lines.last() shouldContain "OrNull"
    }
})
