package dev.katalog.client.it

import dev.katalog.client.AtlanClient
import dev.katalog.client.batch.BatchOptions
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import io.kotest.matchers.collections.shouldBeEmpty

/** Saves a connection [connectionQn] with a database DB and a schema S, and [tables] tables in it (T000001, …). */
suspend fun AtlanClient.seedTables(connectionQn: String, tables: Int) {
    assets.save(Connection.creator(connectionQn.substringAfterLast('/'), connectionQn.split('/')[1], connectionQn).adminUsers(listOf("admin")).build())
    assets.save(Database.creator("DB", connectionQn).build())
    assets.save(Schema.creator("S", "$connectionQn/DB").build())
    if (tables == 0) return
    assets.batch(BatchOptions.builder().size(500).concurrency(2).collectGuids(false).build()) {
        for (i in 1..tables) add(Table.creator("T%06d".format(i), "$connectionQn/DB/S").build())
    }.failures.shouldBeEmpty()
}
