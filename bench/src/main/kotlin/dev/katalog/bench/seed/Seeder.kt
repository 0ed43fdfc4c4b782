package dev.katalog.bench.seed

import dev.katalog.client.AtlanClient
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.batch.BatchSummary
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import kotlin.random.Random

/** Loads a deterministic connection tree of a [SeedShape] level by level, and says how long it took. */
public class Seeder(private val client: AtlanClient, private val options: BatchOptions = BatchOptions.builder().size(500).concurrency(4).collectGuids(false).build()) {

    /** The result: the connection's qualifiedName, how many assets were saved, and the wall time. */
    public class Seeded(public val connectionQualifiedName: String, public val assets: Long, public val seconds: Double)

    /** Loads the tree under the connection [connectionQualifiedName] (`default/snowflake/<epoch>`). */
    public suspend fun seed(shape: SeedShape, connectionQualifiedName: String, listener: ((Long) -> Unit)? = null): Seeded {
        val started = System.nanoTime()
        val random = Random(shape.seed)
        var saved = 0L
        fun count(summary: BatchSummary) {
            check(summary.failures.isEmpty()) { "Seeding failed: ${summary.failures.first().error.message}" }
            saved += summary.createdCount + summary.updatedCount
            listener?.invoke(saved)
        }
        client.assets.save(Connection.creator("seed-${shape.total}-${shape.seed}", "snowflake", connectionQualifiedName).adminUsers(listOf("admin")).build())
        saved++
        val databases = (1..shape.databases).map { "$connectionQualifiedName/DB_$it" }
        count(client.assets.batch(options) { databases.forEach { add(Database.creator(it.substringAfterLast('/'), connectionQualifiedName).build()) } })
        val schemas = databases.flatMap { db -> (1..shape.schemasPerDatabase).map { "$db/SCHEMA_$it" } }
        count(client.assets.batch(options) { schemas.forEach { add(Schema.creator(it.substringAfterLast('/'), it.substringBeforeLast('/')).build()) } })
        val tables = (0 until shape.tables).map { t -> "${schemas[t % schemas.size]}/TABLE_%05d".format(t) }
        count(client.assets.batch(options) {
            tables.forEach { add(Table.creator(it.substringAfterLast('/'), it.substringBeforeLast('/')).rowCount(random.nextLong(0, 10_000_000)).description("Table ${it.substringAfterLast('/')}").build()) }
        })
        count(client.assets.batch(options) {
            for (table in tables) for (c in 1..shape.columnsPerTable) {
                add(Column.creator("COL_%02d".format(c), Table, table, c).dataType(TYPES[random.nextInt(TYPES.size)]).build())
            }
        })
        return Seeded(connectionQualifiedName, saved, (System.nanoTime() - started) / 1e9)
    }

    private companion object {
        val TYPES = listOf("NUMBER", "VARCHAR", "DATE", "TIMESTAMP_NTZ", "BOOLEAN", "DECIMAL(10,2)")
    }
}
