package dev.katalog.client.it

import dev.katalog.client.core.UsageException
import dev.katalog.client.names.CustomMetadataType
import dev.katalog.client.typedefs.CustomMetadataDefinition
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.TreeTerm
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Readme
import dev.katalog.model.atlan.asset.ReadmeContent
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonPrimitive

/**
 * Terms, custom metadata and READMEs declared in a tree by the names people see: created with the assets (terms of
 * the tree's own new glossary included), planned as one line per change, re-applied as nothing, removed where the
 * tree says so; unknown glossaries, terms, sets and attributes refused before anything is written.
 */
class TreeCurationSpec : FunSpec({
    val run = System.nanoTime() % 1_000_000_000
    val connectionName = "tree-curation-$run"
    val glossary = "Curation glossary $run"
    val set = "Curation quality $run"

    class Declared(val terms: List<TreeTerm>?, val score: Double?, val note: String?, val readme: String?, val removeReadme: Boolean = false)

    fun tree(declared: Declared): CatalogTree = catalog {
        connection(connectionName, Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("DB") {
                schema("S") {
                    table("ORDERS") {
                        declared.terms?.let { terms(*it.toTypedArray()) }
                        if (declared.score != null) customMetadata(set) {
                            "Score" to declared.score
                            if (declared.note != null) "Note" to declared.note
                        }
                        declared.readme?.let { readme(it) }
                        if (declared.removeReadme) noReadme()
                        column("ID", dataType = "NUMBER")
                    }
                }
            }
        }
        glossary(glossary) { term("Revenue"); term("Cost") }
    }

    beforeSpec {
        SharedCatalog.client().use { client ->
            client.typeDefs.create(
                CustomMetadataDefinition.builder(set).attribute("Score", CustomMetadataType.DECIMAL).attribute("Note", CustomMetadataType.TEXT).build(),
            )
        }
    }

    test("a tree assigns terms, custom metadata and a README by name, plans each change as a line, and re-applies as nothing") {
        SharedCatalog.client().use { client ->
            val first = Declared(listOf(TreeTerm(glossary, "Revenue")), 92.5, "checked", "<h1>Orders</h1><p>One row per order, 100% \"real\"</p>")
            // The glossary and its terms are new: the table's terms are the tree's own, assigned once they exist.
            val applied = client.trees.apply(tree(first))
            applied.failures shouldBe emptyList()
            val qualifiedName = "${applied.plan.connections.getValue(connectionName)}/DB/S/ORDERS"
            val revenue = client.glossary.findTerm("Revenue", glossary).guid
            val cost = client.glossary.findTerm("Cost", glossary).guid
            suspend fun table() = client.assets.get(Table, qualifiedName)
            table().termAssignments.orEmpty().map { it.termGuid } shouldBe listOf(revenue)
            client.customMetadata.read(table(), set).values shouldBe mapOf("Score" to 92.5, "Note" to "checked")
            ReadmeContent.of(client.assets.getReadme(Table, qualifiedName)) shouldBe first.readme
            client.trees.plan(tree(first)).isEmpty shouldBe true

            // Each kind changed: one plan line each, by the names people see.
            val second = Declared(listOf(TreeTerm(glossary, "Cost"), TreeTerm(glossary, "Revenue")), 70.0, null, "<p>Changed</p>")
            val plan = client.trees.plan(tree(second))
            plan.updates shouldHaveSize 1
            val changes = plan.updates.single().changes
            changes.keys shouldBe setOf("terms", "customMetadata \"$set\"", "readme")
            changes.getValue("terms").second shouldBe JsonArray(listOf(JsonPrimitive("$glossary/Cost"), JsonPrimitive("$glossary/Revenue")))
            changes.getValue("terms").first shouldBe JsonArray(listOf(JsonPrimitive("$glossary/Revenue")))
            plan.render() shouldContain "    readme: \"<h1>Orders</h1><p>One row per order, 100% \\\"real\\\"</p>\" → \"<p>Changed</p>\"\n"
            client.trees.apply(plan).updated shouldBe 1
            table().termAssignments.orEmpty().mapNotNull { it.termGuid }.toSet() shouldBe setOf(revenue, cost)
            // The set is exactly as declared: the note it no longer names is cleared.
            client.customMetadata.read(table(), set).values shouldBe mapOf("Score" to 70.0)
            ReadmeContent.of(client.assets.getReadme(Table, qualifiedName)) shouldBe "<p>Changed</p>"
            client.trees.plan(tree(second)).isEmpty shouldBe true

            // terms() removes every term; leaving out customMetadata and readme leaves them as they are.
            val third = Declared(emptyList(), null, null, null)
            client.trees.plan(tree(third)).updates.single().changes.keys shouldBe setOf("terms")
            client.trees.apply(tree(third)).failures shouldBe emptyList()
            table().termAssignments.orEmpty() shouldBe emptyList()
            client.customMetadata.read(table(), set).values shouldBe mapOf("Score" to 70.0)
            client.assets.getOrNull(Readme, "${table().guid}/readme") shouldBe client.assets.getReadme(Table, qualifiedName)
            client.trees.plan(tree(third)).isEmpty shouldBe true
            client.trees.plan(tree(Declared(null, null, null, null))).isEmpty shouldBe true

            // noReadme() archives the README: one change, applied, and nothing left to do.
            val fourth = Declared(null, null, null, null, removeReadme = true)
            client.trees.plan(tree(fourth)).updates.single().changes shouldBe mapOf("readme" to (JsonPrimitive("<p>Changed</p>") to null))
            client.trees.apply(tree(fourth)).failures shouldBe emptyList()
            client.search.count(FluentSearch.select(Readme).where(Asset.QUALIFIED_NAME eq "${table().guid}/readme").toRequest()) shouldBe 0L
            client.trees.plan(tree(fourth)).isEmpty shouldBe true
        }
    }

    test("an unknown glossary, term, set or attribute is refused by name before anything is written") {
        SharedCatalog.client().use { client ->
            suspend fun refused(table: dev.katalog.dsl.tree.TableScope.() -> Unit): UsageException = shouldThrow<UsageException> {
                client.trees.plan(catalog {
                    connection("tree-curation-bad-$run", Connector.SNOWFLAKE) { adminUsers("admin"); database("DB") { schema("S") { table("T") { table() } } } }
                })
            }
            refused { terms("No glossary $run" / "Revenue") }.problem shouldBe
                "tree-curation-bad-$run/DB/S/T: terms(\"No glossary $run\" / \"Revenue\") names the glossary \"No glossary $run\", which the catalog does not have"
            refused { terms(glossary / "Profit") }.problem shouldBe "tree-curation-bad-$run/DB/S/T: the glossary \"$glossary\" has no term named \"Profit\""
            refused { customMetadata("No set $run") { "Score" to 1 } }.problem shouldBe "No custom metadata set is named \"No set $run\""
            refused { customMetadata(set) { "Scroe" to 1.0 } }.problem shouldBe "The custom metadata set \"$set\" has no attribute \"Scroe\""
            refused { customMetadata(set) { "Score" to "high" } }.problem shouldContain "\"$set\" > \"Score\" takes"
            // Nothing was created for the refused trees.
            client.trees.plan(catalog {
                connection("tree-curation-bad-$run", Connector.SNOWFLAKE) { adminUsers("admin"); database("DB") { schema("S") { table("T") } } }
            }).creates shouldHaveSize 4
            shouldThrow<InvalidTreeException> {
                client.trees.plan(catalog {
                    connection("tree-curation-bad-$run", Connector.SNOWFLAKE) {
                        adminUsers("admin"); database("DB") { schema("S") { table("T") { terms(glossary / "Cost", glossary / "Cost"); readme(" ") } } }
                    }
                })
            }.problems.map { it.problem } shouldBe listOf("term \"$glossary/Cost\" is given twice", "the README is blank: give its HTML, or remove readme(…)")
        }
    }
})
