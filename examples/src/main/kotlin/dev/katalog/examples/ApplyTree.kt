package dev.katalog.examples

import dev.katalog.client.AtlanClient
import dev.katalog.client.tree.ApplyResult
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import kotlinx.coroutines.runBlocking

/** Declare assets as a tree, look at the plan, apply it; applying again changes nothing. */
object ApplyTree {
    fun tree(connection: String) = catalog {
        connection(connection, Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("SALES") {
                schema("PUBLIC") {
                    table("ORDERS") {
                        description = "One row per order"
                        rowCount(2_500_000)
                        column("ID", dataType = "NUMBER")
                        column("AMOUNT", dataType = "DECIMAL(10,2)")
                        column("PLACED_AT", dataType = "TIMESTAMP_NTZ")
                    }
                    table("ORDER_LINES") { rowCount(9_000_000); column("ORDER_ID", dataType = "NUMBER") }
                    view("ORDERS_V") { column("ID", dataType = "NUMBER") }
                }
            }
        }
        glossary("Sales metrics") {
            category("Revenue") { term("ARR"); term("MRR") }
            term("Order")
        }
    }

    suspend fun run(client: AtlanClient, connection: String): ApplyResult {
        val plan = client.trees.plan(tree(connection))
        println(plan.render())                      // + creates, ~ updates with old → new, - deletes (with prune)
        return client.trees.apply(plan)                   // parents first, each level in concurrent batches
    }

    @JvmStatic
    fun main(args: Array<String>) = AtlanClient.fromEnv().use { client -> runBlocking { println(run(client, args.firstOrNull() ?: "analytics")) } }
}
