package dev.katalog.client.readme

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.batch.BatchOptions
import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table

// The client snippets of README.md: each region appears there verbatim (ReadmeClientSnippetsSpec checks it and runs it).

suspend fun clientTour(baseUrl: String, apiKey: String): List<String> {
    val out = mutableListOf<String>()
    fun println(line: Any?) { out += line.toString() }
    // region readme-kotlin-client
    AtlanClient(baseUrl, apiKey).use { client ->
        val tree = catalog {
            connection("analytics", Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") { schema("PUBLIC") { table("ORDERS") { column("ID", dataType = "NUMBER") } } }
            }
        }
        println(client.trees.plan(tree).render())              // + Connection analytics … Plan: 5 to create, …
        client.trees.apply(tree)                                // parents first, each level in concurrent batches

        client.search.stream(Table) { where(Table.NAME startsWith "ORD") }   // a lazy Flow<Table>, paged as you collect
            .collect { println("${it.qualifiedName}: ${it.rowCount} rows") }

        val byType = client.search.aggregate(search { aggregate("types", Asset.TYPE_NAME.bucketBy(10)) })
        println(byType.getValue("types").buckets.map { "${it.key}=${it.docCount}" })

        client.assets.batch(BatchOptions.builder().size(50).build()) {
            client.search.stream(Table) { }.collect { add(Table.updater(it).ownerUsers(listOf("alice")).build()) }
        }

        try {
            client.assets.get(Table, "default/snowflake/0/NOPE")
        } catch (e: AtlanException.NotFound) {
            println(e.hint)                               // what to do about it
        }
    }
    // endregion
    return out
}
