package dev.katalog.client.it

import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.MaterialisedView
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.enums.CertificateStatus
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.double
import kotlinx.serialization.json.jsonPrimitive
import java.time.Instant

/** A tree set through typed setters plans against the local catalog by typed value: applied once, it plans nothing. */
class TypedTreePlanSpec : FunSpec({
    val connectionName = "typed-${System.nanoTime()}"
    val staleSince = Instant.parse("2026-01-02T03:04:05.678Z")

    fun tree(rowCount: Long = 5, owners: List<String> = listOf("bob", "alice")): CatalogTree = catalog {
        connection(connectionName, Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("SALES") {
                schema("PUBLIC") {
                    table("ORDERS") {
                        rowCount(rowCount)
                        ownerUsers(owners)
                        certificateStatus(CertificateStatus.VERIFIED)
                        isPartitioned(false)
                        column("ID", dataType = "NUMBER") { isNullable(false); numericScale(2.0) }
                    }
                    materialisedView("ORDERS_MV") { staleSinceDate(staleSince); definition("select * from ORDERS") }
                }
            }
        }
    }

    test("an apply followed by a plan of the same typed tree is empty, sets in any order and dates by instant") {
        SharedCatalog.client().use { client ->
            val applied = client.trees.apply(tree())
            applied.failures shouldBe emptyList()
            applied.created shouldBe 6

            val again = client.trees.plan(tree())
            again.isEmpty shouldBe true
            again.unchanged shouldHaveSize 6
            client.trees.plan(tree(owners = listOf("alice", "bob", "alice"))).isEmpty shouldBe true

            val connectionQn = again.connections.getValue(connectionName)
            val table = client.assets.get(Table, "$connectionQn/SALES/PUBLIC/ORDERS")
            table.rowCount shouldBe 5L
            table.certificateStatus shouldBe CertificateStatus.VERIFIED
            client.assets.get(MaterialisedView, "$connectionQn/SALES/PUBLIC/ORDERS_MV").staleSinceDate shouldBe staleSince
            client.assets.get(Column, "$connectionQn/SALES/PUBLIC/ORDERS/ID").isNullable shouldBe false
        }
    }

    test("changing only rowCount plans exactly one update naming rowCount with its old and new value") {
        SharedCatalog.client().use { client ->
            val plan = client.trees.plan(tree(rowCount = 6))
            plan.creates shouldHaveSize 0
            plan.updates shouldHaveSize 1
            val update = plan.updates.single()
            update.path shouldBe "$connectionName/SALES/PUBLIC/ORDERS"
            update.changes.keys shouldBe setOf("rowCount")
            val (old, new) = update.changes.getValue("rowCount")
            old!!.jsonPrimitive.double shouldBe 5.0
            new!!.jsonPrimitive.double shouldBe 6.0

            client.trees.apply(plan).updated shouldBe 1
            client.trees.plan(tree(rowCount = 6)).isEmpty shouldBe true
            client.assets.get(Table, "${plan.connections.getValue(connectionName)}/SALES/PUBLIC/ORDERS").rowCount shouldBe 6L
        }
    }
})
