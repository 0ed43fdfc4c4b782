package dev.katalog.client.tags

import dev.katalog.client.it.SharedCatalog
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.TagPropagation
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonPrimitive

/** Tags declared in a tree: created with the assets, planned as changes of the asset's own tags, re-applied as nothing. */
class TreeTagsSpec : FunSpec({
    val connectionName = "tree-tags-${System.nanoTime()}"

    fun tree(vararg tags: String, propagation: TagPropagation = TagPropagation.NONE): CatalogTree = catalog {
        connection(connectionName, Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("DB") {
                schema("S") {
                    table("ORDERS") {
                        tags(propagation, *tags)
                        column("ID", dataType = "NUMBER")
                    }
                }
            }
        }
    }

    test("a tree creates tagged assets, plans tag changes by name, and re-applies as nothing") {
        SharedCatalog.client().use { client ->
            val applied = client.trees.apply(tree("Confidential", "Internal"))
            applied.failures shouldBe emptyList()
            val qualifiedName = "${applied.plan.connections.getValue(connectionName)}/DB/S/ORDERS"
            client.tags.namesOf(client.assets.get(Table, qualifiedName)).sorted() shouldBe listOf("Confidential", "Internal")
            client.trees.plan(tree("Internal", "Confidential")).isEmpty shouldBe true

            val plan = client.trees.plan(tree("Confidential", propagation = TagPropagation.FULL))
            plan.updates shouldHaveSize 1
            val (before, after) = plan.updates.single().changes.getValue("atlanTags")
            (before as JsonArray).map { (it as JsonPrimitive).content }.sorted() shouldBe listOf("Confidential", "Internal")
            after shouldBe JsonArray(listOf(JsonPrimitive("Confidential")))
            client.trees.apply(plan).updated shouldBe 1

            val table = client.assets.get(Table, qualifiedName)
            client.tags.tagsOf(table).map { it.name to it.propagation } shouldBe listOf("Confidential" to TagPropagation.FULL)
            client.tags.tagsOf(client.assets.get(Column, "$qualifiedName/ID")).map { it.name to it.direct } shouldBe listOf("Confidential" to false)
            client.trees.plan(tree("Confidential", propagation = TagPropagation.FULL)).isEmpty shouldBe true
        }
    }

    test("a tag named twice in a node is a tree problem") {
        SharedCatalog.client().use { client ->
            shouldThrow<InvalidTreeException> { client.trees.plan(tree("Confidential", "Confidential")) }.problems.single().problem shouldBe
                "tag \"Confidential\" is given twice"
        }
    }
})
