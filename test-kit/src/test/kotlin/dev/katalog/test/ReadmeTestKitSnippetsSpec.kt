package dev.katalog.test

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.File

/** The README's test-kit snippets are these test sources, verbatim; the tests they come from run in this module. */
class ReadmeTestKitSnippetsSpec : FunSpec({
    test("README shows the JUnit and Kotest examples verbatim") {
        val readme = File("../README.md").readText()
        val regions = listOf(
            File("src/test/java/dev/katalog/test/junit/ShopCatalogTest.java"),
            File("src/test/java/dev/katalog/test/junit/RegisteredExtensionTest.java"),
            File("src/test/kotlin/dev/katalog/test/kotest/LocalCatalogExtensionSpec.kt"),
            File("src/test/resources/shop.catalog.kts"),
        ).flatMap { file ->
            val text = file.readText()
            val marked = Regex("""// region (\S+)\n(.*?)\n\s*// endregion""", RegexOption.DOT_MATCHES_ALL).findAll(text)
                .map { it.groupValues[1] to it.groupValues[2].trimIndent() }.toList()
            marked.ifEmpty { listOf(file.name to text.lines().filterNot { it.startsWith("//") }.joinToString("\n").trim()) }
        }.toMap()
        regions.keys shouldBe setOf("readme-junit", "readme-junit-register", "readme-kotest", "shop.catalog.kts")
        regions.values.forEach { readme shouldContain it }
    }
})
