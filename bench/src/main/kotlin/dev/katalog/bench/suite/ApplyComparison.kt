package dev.katalog.bench.suite

import dev.katalog.client.AtlanClient
import dev.katalog.client.batch.BatchOptions
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.catalog
import dev.katalog.local.LocalCatalog
import dev.katalog.model.atlan.asset.Connector
import kotlinx.coroutines.runBlocking
import java.lang.management.ManagementFactory

/**
 * `apply` of a tree with the default batching against the same tree saved in batches of 20, one call at
 * a time (the reference SDKs' pattern), by the same client; also how busy the process's cores were.
 * Alone: `bin/katalog bench apply [--assets N]`.
 */
public object ApplyComparison {
    public class Result(public val assets: Int, public val defaultSeconds: Double, public val sequentialSeconds: Double, public val detail: String) {
        public val ratio: Double get() = sequentialSeconds / defaultSeconds
    }

    public suspend fun run(client: AtlanClient, assets: Int): Result {
        val defaults = BatchOptions.DEFAULT
        val os = ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean
        val cores = Runtime.getRuntime().availableProcessors()
        var cpu = os.processCpuTime
        val fast = BenchSuite.timed { client.trees.apply(tree("apply-${System.nanoTime()}", assets), options = defaults) }
        val fastBusy = (os.processCpuTime - cpu) / 1e9 / fast / cores
        cpu = os.processCpuTime
        val slow = BenchSuite.timed { client.trees.apply(tree("sequential-${System.nanoTime()}", assets), options = BatchOptions.builder().size(20).concurrency(1).build()) }
        val slowBusy = (os.processCpuTime - cpu) / 1e9 / slow / cores
        val count = tree("count", assets).compile(mapOf("count" to "default/snowflake/1")).assets.size
        return Result(count, fast, slow,
            ("apply of $count assets: default batching (${defaults.size} × ${defaults.concurrency} at once) %.1fs, cores %.0f%% busy; " +
                "batches of 20 one at a time %.1fs, cores %.0f%% busy").format(fast, fastBusy * 100, slow, slowBusy * 100))
    }

    /** A connection tree of about [assets] assets: 2 databases, 5 schemas each, tables of 20 columns. */
    internal fun tree(name: String, assets: Int): CatalogTree {
        val tables = (assets - 13) / 21
        return catalog {
            connection(name, Connector.SNOWFLAKE) {
                adminUsers("admin")
                for (d in 1..2) database("DB$d") {
                    for (s in 1..5) schema("S$s") {
                        for (t in 0 until tables) if (t % 10 == (d - 1) * 5 + (s - 1)) table("T$t") {
                            description = "Table $t"
                            for (c in 1..20) column("C$c", dataType = "NUMBER")
                        }
                    }
                }
            }
        }
    }

    @JvmStatic
    public fun main(args: Array<String>) {
        val assets = args.indexOf("--assets").takeIf { it >= 0 }?.let { args[it + 1].toInt() } ?: 5_000
        LocalCatalog.builder().build().start().use { catalog ->
            AtlanClient(catalog.baseUrl, catalog.apiToken).use { client ->
                val result = runBlocking { run(client, assets) }
                println("apply_vs_sequential = %.2f: %s".format(result.ratio, result.detail))
            }
        }
    }
}
