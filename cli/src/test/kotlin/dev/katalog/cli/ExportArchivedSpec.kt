package dev.katalog.cli

import dev.katalog.cli.script.KatalogScripts
import dev.katalog.client.AtlanClient
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Connector
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import kotlinx.coroutines.flow.toList
import java.nio.file.Files

/**
 * Archived assets are not part of an export (a tree declares active assets), and the export says how many it left out
 * rather than dropping them silently; the exported definition still plans empty.
 */
class ExportArchivedSpec : FunSpec({
    val catalog = TestCatalog.catalog
    val client = AtlanClient(catalog.baseUrl, catalog.apiToken)
    val dir = Files.createTempDirectory("export-archived").toFile()
    afterSpec { client.close(); dir.deleteRecursively() }

    test("archived tables and terms are counted in the not-exported list, and the rest plans empty") {
        val n = System.nanoTime() % 1_000_000_000
        val name = "archived-$n"
        val glossary = "Archived glossary $n"
        val applied = client.trees.apply(catalog {
            connection(name, Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") {
                    schema("PUBLIC") {
                        table("ORDERS") { terms(glossary / "Revenue") }
                        table("OLD_ORDERS")
                        table("OLDER_ORDERS")
                    }
                }
            }
            glossary(glossary) { term("Revenue"); term("Legacy revenue $n") }
        })
        applied.succeeded shouldBe true
        val qualifiedName = applied.plan.connections.getValue(name)
        val tables = client.search.stream(
            FluentSearch.select().where(Asset.CONNECTION_QUALIFIED_NAME eq qualifiedName).where(Asset.NAME within listOf("OLD_ORDERS", "OLDER_ORDERS")).toRequest(),
        ).toList()
        val legacy = client.search.stream(FluentSearch.select(AtlasGlossaryTerm).where(Asset.NAME eq "Legacy revenue $n").toRequest()).toList()
        (tables.size to legacy.size) shouldBe (2 to 1)
        client.assets.delete((tables + legacy).mapNotNull { it.guid })

        val export = client.export.connection(qualifiedName, listOf(glossary))
        export.notExported shouldContainExactly listOf(
            "2 archived assets of connection \"$name\": a tree declares active assets; restore them to export them",
            "1 archived asset of glossary \"$glossary\": a tree declares active assets; restore them to export them",
        )
        export.root.text shouldContain "// not exported: 2 archived assets of connection"
        export.root.text shouldNotContain "OLD_ORDERS"
        val root = export.writeTo(dir.toPath())
        client.trees.plan(KatalogScripts.run(root.toFile(), null) as CatalogTree).isEmpty shouldBe true
    }
})
