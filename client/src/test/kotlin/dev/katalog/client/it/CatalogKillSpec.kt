package dev.katalog.client.it

import dev.katalog.client.core.RetryPolicy
import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.longs.shouldBeGreaterThan
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.toList
import java.nio.file.Files
import java.util.concurrent.TimeUnit

/**
 * The local catalog killed with SIGKILL in the middle of a 20k-asset apply, started again on the same data
 * directory: what it acknowledged is there (OpenSearch replays its translog, fsynced before each bulk write
 * is answered), nothing is half there, and a re-apply completes the tree with every asset exactly once.
 */
class CatalogKillSpec : FunSpec({
    test("killed mid-apply and restarted on its data: a re-apply leaves every asset exactly once, linked to its parent, and an empty plan") {
        val dataDir = Files.createTempDirectory("katalog-kill")
        val name = "killed-${System.nanoTime()}"
        val tree = tree(name)
        val total = TABLES * (COLUMNS + 1) + 1 + 1 + SCHEMAS
        try {
            var connectionQn: String
            CatalogProcess.start(dataDir).use { first ->
                first.client { retryPolicy(RetryPolicy.NONE) }.use { client ->
                    val apply = CoroutineScope(Dispatchers.Default).async { runCatching { client.trees.apply(tree) } }
                    connectionQn = eventually("the connection saved") {
                        client.search.stream(Connection) { where(Connection.NAME eq name) }.toList().firstOrNull()?.qualifiedName
                    }
                    // Kill once a quarter of the tree is in, while the rest is being saved.
                    eventually("a quarter of the tree saved") {
                        client.search.count(search { where(Asset.CONNECTION_QUALIFIED_NAME eq connectionQn) }).takeIf { it > total / 4 }
                    }
                    first.kill()
                    apply.cancelAndJoin()
                }
            }
            CatalogProcess.start(dataDir).use { second ->
                second.client().use { client ->
                    val kept = client.search.count(search { where(Asset.QUALIFIED_NAME startsWith connectionQn) })
                    // The kill came in the middle: part of the tree survived it, and part was never made.
                    kept shouldBeGreaterThan 0L
                    kept shouldBeLessThan total.toLong()

                    val again = client.trees.apply(tree)
                    again.failures.shouldBeEmpty()
                    println("kill: $kept of $total assets were saved before the kill; the re-apply created ${again.created}")
                    again.created shouldBe total - kept
                    client.trees.plan(tree).isEmpty shouldBe true

                    val assets = client.search.stream(search { where(Asset.QUALIFIED_NAME startsWith connectionQn); pageSize(1000) }).toList()
                    val names = assets.map { it.qualifiedName }
                    names.size shouldBe total
                    names.toSet().size shouldBe total

                    // Nothing half-written: every table sits in its schema, every column in its table, by GUID.
                    val guids = assets.associate { it.qualifiedName to it.guid }
                    val tables = client.search.stream(Table) { where(Table.CONNECTION_QUALIFIED_NAME eq connectionQn); include(Table.ATLAN_SCHEMA); pageSize(1000) }.toList()
                    tables.size shouldBe TABLES
                    tables.filter { it.atlanSchema?.guid != guids[it.qualifiedName!!.substringBeforeLast('/')] }.map { it.qualifiedName }.shouldBeEmpty()
                    val columns = client.search.stream(Column) { where(Column.CONNECTION_QUALIFIED_NAME eq connectionQn); include(Column.TABLE); pageSize(1000) }.toList()
                    columns.size shouldBe TABLES * COLUMNS
                    columns.filter { it.table?.guid != guids[it.qualifiedName!!.substringBeforeLast('/')] }.map { it.qualifiedName }.shouldBeEmpty()
                }
            }
        } finally {
            dataDir.toFile().deleteRecursively()
        }
    }
}) {
    private companion object {
        const val SCHEMAS = 10
        const val TABLES = 950
        const val COLUMNS = 20

        /** One connection, one database, [SCHEMAS] schemas, [TABLES] tables of [COLUMNS] columns: 19,962 assets. */
        fun tree(name: String): CatalogTree = catalog {
            connection(name, Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("DB") {
                    for (s in 0 until SCHEMAS) schema("S$s") {
                        for (t in 0 until TABLES / SCHEMAS) table("T$t") { for (c in 1..COLUMNS) column("C$c", dataType = "NUMBER") }
                    }
                }
            }
        }

        /** Polls [probe] until it answers, for at most two minutes. */
        suspend fun <T : Any> eventually(what: String, probe: suspend () -> T?): T {
            val deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2)
            while (System.nanoTime() < deadline) {
                probe()?.let { return it }
                delay(POLL_MS)
            }
            error("not within two minutes: $what")
        }

        const val POLL_MS = 200L
    }
}
