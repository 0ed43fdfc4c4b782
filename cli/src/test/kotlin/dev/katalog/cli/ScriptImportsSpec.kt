package dev.katalog.cli

import dev.katalog.cli.script.ScriptImports
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.shouldBe
import java.io.File

/** Scripts import every package of the SDK that has public declarations, but the two whose names clash with Atlan's. */
class ScriptImportsSpec : FunSpec({
    test("every public package is imported or listed as left out, and nothing else is imported") {
        val root = File("..")
        val sources = listOf("model-core/src/main/kotlin", "model/src/main/kotlin", "model/target/generated-sources/atlan", "dsl/src/main/kotlin", "client/src/main/kotlin", "openmetadata-model/src/main/kotlin", "openmetadata-model/target/generated-sources/openmetadata")
            .map { File(root, it) }
        sources.all { it.isDirectory } shouldBe true
        val public = sources.flatMap { dir -> dir.walk().filter { it.extension == "kt" }.toList() }
            .filter { file -> file.useLines { lines -> lines.any { it.startsWith("public ") } } }
            .map { file -> file.useLines { lines -> lines.first { it.startsWith("package ") } }.removePrefix("package ").replace("`", "").trim() }
            .toSortedSet()
        // The walk found each layer: the generated model, the DSL, the client's sub-APIs and the OpenMetadata model.
        public shouldContainAll listOf("dev.katalog.model.atlan.enums", "dev.katalog.dsl.tree", "dev.katalog.client.tags", "dev.katalog.model.openmetadata.api.data")
        (public - ScriptImports.packages.toSet() - ScriptImports.leftOut.toSet()).shouldBeEmpty()
        (ScriptImports.packages.filter { it.startsWith("dev.katalog") }.toSet() - public).shouldBeEmpty()
        ScriptImports.packages shouldContainAll listOf("dev.katalog.model.atlan.enums", "dev.katalog.client.progress", "kotlinx.coroutines")
    }
})
