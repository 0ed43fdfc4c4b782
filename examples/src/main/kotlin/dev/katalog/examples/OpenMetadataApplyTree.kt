package dev.katalog.examples

import dev.katalog.client.openmetadata.tree.OpenMetadataApplyResult
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.entity.data.Table
import kotlinx.coroutines.runBlocking

/** The same kind of tree, applied to OpenMetadata; then a table under a schema whose name has a dot, read back by name. */
object OpenMetadataApplyTree {
    fun tree(service: String) = catalog {
        connection(service, Connector.POSTGRES) {
            database("shop") {
                schema("sales.eu") {                        // a dot in a name: the FQN quotes it
                    table("orders") {
                        description = "One row per order"
                        column("id", dataType = "BIGINT")
                        column("amount", dataType = "DECIMAL(10,2)")
                        column("note", dataType = "varchar(200)")
                    }
                    view("recent_orders") { column("id", dataType = "BIGINT") }
                }
            }
        }
        glossary("Sales metrics") {
            category("Revenue") { term("ARR") }             // categories become parent terms
            term("Order")
        }
    }

    suspend fun run(om: OpenMetadataClient, service: String): Pair<OpenMetadataApplyResult, Table> {
        val plan = om.trees.plan(tree(service))
        println(plan.render())                             // + creates, ~ updates, ! settings OpenMetadata has no field for
        val result = om.trees.apply(plan)                  // creates by PUT, updates by JSON Patch, parents first
        val orders = om.entities.getByName<Table>(Fqn.build(service, "shop", "sales.eu", "orders"), fields = listOf("columns"))
        println("${orders.fullyQualifiedName}: ${orders.columns.joinToString { "${it.name} ${it.dataTypeDisplay}" }}")
        return result to orders
    }

    /** Reads OPENMETADATA_BASE_URL and OPENMETADATA_JWT_TOKEN (or OPENMETADATA_JWT_TOKEN_FILE). */
    @JvmStatic
    fun main(args: Array<String>) = OpenMetadataClient.fromEnv().use { om -> runBlocking { println(run(om, args.firstOrNull() ?: "shop_db").first) } }
}
