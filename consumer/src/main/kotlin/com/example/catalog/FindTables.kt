package com.example.catalog

import dev.katalog.client.AtlanClient
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.Connector
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking

/** Declares a small estate, applies it, and lists its tables: the smallest Kotlin program a Katalog user writes. */
fun findTables(baseUrl: String, apiToken: String, connectionName: String): List<String> = runBlocking {
    AtlanClient(baseUrl, apiToken).use { client ->
        val applied = client.trees.apply(catalog {
            connection(connectionName, connector = Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") {
                    schema("PUBLIC") {
                        table("ORDERS") {
                            description = "One row per order"
                            column("ID", dataType = "NUMBER")
                        }
                        table("CUSTOMERS") { column("ID", dataType = "NUMBER") }
                    }
                }
            }
        })
        val connectionQn = applied.plan.connections.getValue(connectionName)
        client.search.stream(Table) {
            where(Table.CONNECTION_QUALIFIED_NAME eq connectionQn)
            include(Table.DESCRIPTION)
            sort(Table.NAME.asc())
        }.map { "${it.qualifiedName}: ${it.description ?: "-"}" }.toList()
    }
}

fun main(args: Array<String>) {
    require(args.size == 3) { "usage: FindTables BASE_URL API_TOKEN CONNECTION_NAME" }
    findTables(args[0], args[1], args[2]).forEach(::println)
}
