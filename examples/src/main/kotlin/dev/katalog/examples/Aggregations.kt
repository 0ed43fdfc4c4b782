package dev.katalog.examples

import dev.katalog.client.AtlanClient
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.runBlocking

/** Count and aggregate without fetching results: assets by type, and row totals of tables. */
object Aggregations {
    suspend fun run(client: AtlanClient, connectionQualifiedName: String): Map<String, Any> {
        val underConnection = Asset.QUALIFIED_NAME startsWith connectionQualifiedName
        val total = client.search.count(search { where(underConnection) })
        val byType = client.search.aggregate(search { where(underConnection); aggregate("types", Asset.TYPE_NAME.bucketBy(20)) })
            .getValue("types").buckets.associate { it.key to it.docCount }
        val rows = client.search.aggregate(Table.search {
            where(Table.CONNECTION_QUALIFIED_NAME eq connectionQualifiedName)
            aggregate("rows", Table.ROW_COUNT.sum())
            aggregate("largest", Table.ROW_COUNT.max())
        })
        return mapOf("total" to total, "byType" to byType, "rows" to rows.getValue("rows").value!!, "largest" to rows.getValue("largest").value!!)
    }

    @JvmStatic
    fun main(args: Array<String>) = AtlanClient.fromEnv().use { client -> runBlocking { println(run(client, args.first())) } }
}
