package dev.katalog.examples

import dev.katalog.client.AtlanClient
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.batch.BatchSummary
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.runBlocking

/** Set the owners of every table of a connection through a batch: bounded memory, concurrent calls, failures recorded. */
object BatchUpdateOwners {
    suspend fun run(client: AtlanClient, connectionQualifiedName: String, owners: List<String>): BatchSummary {
        val options = BatchOptions.builder()
            .size(50)                                // assets per call
            .concurrency(4)                          // calls at once
            .updateOnly(true)                        // never create by mistake
            .listener { println("  ${it.done} done, %.0f/s".format(it.assetsPerSecond)) }
            .build()
        return client.assets.batch(options) {
            client.search.stream(Table) { where(Table.CONNECTION_QUALIFIED_NAME eq connectionQualifiedName) }.collect { table ->
                // An updater sends only what it sets: the other attributes of the table are kept.
                add(Table.updater(table.qualifiedName!!, table.name!!).ownerUsers(owners).build())
            }
        }
    }

    @JvmStatic
    fun main(args: Array<String>) = AtlanClient.fromEnv().use { client -> runBlocking { println(run(client, args[0], args.drop(1))) } }
}
