package dev.katalog.bench

import dev.katalog.bench.suite.Metric
import dev.katalog.client.AtlanClient
import dev.katalog.dsl.tree.catalog
import dev.katalog.local.LocalCatalog
import dev.katalog.model.atlan.asset.Connector
import kotlinx.coroutines.runBlocking

/**
 * The memory of one `AssetBatch` saving many new assets: a connection with [SCHEMAS] schemas is applied, then
 * [BatchHeapChild] saves the assets in a JVM limited to `-Xmx128m`. `bin/katalog bench batch-heap [--assets N]`
 * (1,000,000 by default; the quick suite uses 20,000).
 */
public object BatchHeap {
    /** The figures of one run: assets saved, wall and CPU seconds of the batch JVM, its peak heap. */
    public class Result(public val assets: Long, public val seconds: Double, public val cpuSeconds: Double, public val peakMb: Double)

    public fun run(client: AtlanClient, baseUrl: String, token: String, assets: Long): Result {
        val name = "batch-heap-${System.nanoTime() % 1_000_000_000}"
        val tree = catalog { connection(name, Connector.SNOWFLAKE) { adminUsers("admin"); database("DB") { for (s in 1..SCHEMAS) schema("S$s") } } }
        val applied = runBlocking { client.trees.apply(tree) }
        check(applied.succeeded) { "${applied.failures}" }
        val connection = applied.plan.connections.getValue(name)
        val schemas = (1..SCHEMAS).map { "$connection/DB/S$it" }
        val line = ChildJvm.run(listOf("-Xmx128m"), BatchHeapChild::class.java, listOf(baseUrl, token, assets.toString()) + schemas, "saved ")
        val figures = Regex("""saved (\d+) assets in ([\d.]+)s \(([\d.]+)s cpu\), peak heap ([\d.]+) MB""").find(line)!!.groupValues
        return Result(figures[1].toLong(), figures[2].toDouble(), figures[3].toDouble(), figures[4].toDouble())
    }

    public fun metrics(result: Result): List<Metric> = listOf(
        Metric("batch_heap_mb", result.peakMb, "MB", "<=128",
            "peak live heap (after each collection) while one AssetBatch saved %d new assets in a -Xmx128m JVM (%.0fs, %.0f assets/s, %.1fs cpu)"
                .format(result.assets, result.seconds, result.assets / result.seconds, result.cpuSeconds)),
    )

    @JvmStatic
    public fun main(args: Array<String>) {
        val assets = args.indexOf("--assets").takeIf { it >= 0 }?.let { args[it + 1].toLong() } ?: 1_000_000L
        LocalCatalog.builder().build().start().use { local ->
            val result = AtlanClient(local.baseUrl, local.apiToken).use { client -> run(client, local.baseUrl, local.apiToken, assets) }
            for (m in metrics(result)) println("%-24s %10.1f %-3s %-6s %s".format(m.name, m.value, m.unit, m.target ?: "", m.detail))
        }
    }

    private const val SCHEMAS = 100
}
