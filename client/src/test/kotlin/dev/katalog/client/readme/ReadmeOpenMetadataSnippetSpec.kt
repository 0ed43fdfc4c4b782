package dev.katalog.client.readme

import dev.katalog.client.it.SharedCatalog
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.File

/** The README's OpenMetadata snippet is this test source, verbatim, and it runs against the local catalog's OpenMetadata API. */
class ReadmeOpenMetadataSnippetSpec : FunSpec({
    test("README shows the OpenMetadata snippet verbatim") {
        val source = File("src/test/kotlin/dev/katalog/client/readme/ReadmeOpenMetadataSnippets.kt").readText()
        val region = Regex("""// region readme-kotlin-openmetadata\n(.*?)\n\s*// endregion""", RegexOption.DOT_MATCHES_ALL).find(source)!!.groupValues[1].trimIndent()
        File("../README.md").readText() shouldContain region
    }

    test("the OpenMetadata tour runs") {
        val service = "readme_${System.nanoTime()}"
        val lines = openMetadataTour(SharedCatalog.catalog.baseUrl, SharedCatalog.catalog.apiToken, service)
        lines.first() shouldBe "$service.SALES.\"eu.west\".ORDERS"
        // The search runs right after the writes; the index may or may not have caught up, but it answers a count.
        lines.last().toLongOrNull() shouldBe lines.last().toLong()
    }
})
