package dev.katalog.dsl.readme

import dev.katalog.dsl.search.FluentSearch
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.File

/** The README's Kotlin and Java snippets are these compiled test sources, verbatim, and they run. */
class ReadmeSnippetsSpec : FunSpec({
    val readme = File("../README.md").readText()
    val sources = listOf(
        File("src/test/kotlin/dev/katalog/dsl/readme/ReadmeSnippets.kt"),
        File("src/test/java/dev/katalog/dsl/readme/ReadmeSnippetsJava.java"),
    )
    val regions: Map<String, String> = sources.flatMap { file ->
        Regex("""// region (\S+)\n(.*?)\n\s*// endregion""", RegexOption.DOT_MATCHES_ALL).findAll(file.readText())
            .map { it.groupValues[1] to it.groupValues[2].trimIndent() }.toList()
    }.toMap()

    test("the snippets exist") {
        regions.keys shouldContainAll listOf("readme-kotlin-model", "readme-kotlin-search", "readme-kotlin-tree", "readme-java-search", "readme-java-creator", "readme-java-tree")
    }

    for ((name, code) in regions) {
        test("README shows $name verbatim") { readme shouldContain code }
    }

    test("the snippets run") {
        searchSnippet().dsl.size shouldBe 50
        modelSnippet(
            """{"entities":[{"typeName":"Table","attributes":{"qualifiedName":"q/T","rowCount":5},"relationshipAttributes":{"atlanSchema":{"typeName":"Schema","guid":"s1"}}},""" +
                """{"typeName":"Column","attributes":{"qualifiedName":"q/T/C","dataType":"NUMBER"}}]}""",
        ) shouldBe listOf("q/T: 5 rows in s1", "q/T/C: NUMBER")
        treeSnippet().compile(mapOf("analytics" to "default/snowflake/1700000000")).entities.size shouldBe 12
        ReadmeSnippetsJava.search().requestMetadata!!.utmTags shouldBe listOf(FluentSearch.UTM_TAG)
        ReadmeSnippetsJava.table().description shouldBe "Orders, one row each"
        ReadmeSnippetsJava.tree().problems() shouldBe emptyList()
    }
})
