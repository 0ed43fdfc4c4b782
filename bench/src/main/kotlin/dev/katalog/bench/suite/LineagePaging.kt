package dev.katalog.bench.suite

import dev.katalog.client.AtlanClient
import dev.katalog.client.batch.BatchOptions
import dev.katalog.dsl.lineage.FluentLineage
import dev.katalog.dsl.tree.catalog
import dev.katalog.local.LocalCatalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.runBlocking

/**
 * Lineage list paging (`/api/meta/lineage/list`): a chain of [hops] processes (T0 → P1 → T1 … → T[hops]) walked
 * downstream from T0, and one process writing [fanOut] tables walked downstream from the table it reads, each page
 * timed from the client (request, walk, answer, decode). Both walks run once untimed first, so the figures are the
 * server's steady state, not its JIT warm-up (as JMH would warm up). `bin/katalog bench lineage` runs it alone on a
 * local catalog.
 */
public object LineagePaging {
    public class Result(public val chain: List<Double>, public val fanOut: List<Double>, public val hops: Int, public val fanOutAssets: Int, public val pageSize: Int)

    public suspend fun run(client: AtlanClient, hops: Int = 1_000, fanOut: Int = 10_000, pageSize: Int = PAGE): Result {
        val name = "lineage-bench-${System.nanoTime() % 1_000_000_000}"
        val applied = client.trees.apply(catalog { connection(name, Connector.SNOWFLAKE) { adminUsers("admin"); database("DB") { schema("S") } } })
        check(applied.succeeded) { "${applied.failures}" }
        val connection = applied.plan.connections.getValue(name)
        val schema = "$connection/DB/S"
        val options = BatchOptions.builder().size(500).build()
        fun table(name: String) = Table.refByQualifiedName("$schema/$name")
        client.assets.batch(options) {
            for (t in 0..hops) add(Table.creator("C$t", schema).build())
            add(Table.creator("HUB", schema).build())
            for (t in 1..fanOut) add(Table.creator("F$t", schema).build())
        }.also { check(it.failures.isEmpty()) { "${it.failures}" } }
        client.assets.batch(options) {
            for (p in 1..hops) add(Process.creator("P$p", connection, listOf(table("C${p - 1}")), listOf(table("C$p")), "chain-$p").build())
        }.also { check(it.failures.isEmpty()) { "${it.failures}" } }
        client.assets.save(Process.creator("fan-out", connection, listOf(table("HUB")), (1..fanOut).map { table("F$it") }, "fan-out").build())
        val start = client.assets.get(Table, "$schema/C0").guid!!
        val hub = client.assets.get(Table, "$schema/HUB").guid!!
        pages(client, start, pageSize, expected = 2 * hops)
        pages(client, hub, pageSize, expected = fanOut + 1)
        val chain = pages(client, start, pageSize, expected = 2 * hops)
        val fan = pages(client, hub, pageSize, expected = fanOut + 1)
        return Result(chain, fan, hops, fanOut, pageSize)
    }

    /** The time of each page (ms) walking every result downstream of [guid]; checks every result came once. */
    private suspend fun pages(client: AtlanClient, guid: String, pageSize: Int, expected: Int): List<Double> {
        val request = FluentLineage.from(guid).pageSize(pageSize).toRequest()
        val times = ArrayList<Double>()
        val seen = HashSet<String>()
        var from = 0
        while (true) {
            val started = System.nanoTime()
            val page = client.lineage.page(request.copy(from = from))
            times += (System.nanoTime() - started) / 1e6
            val entities = page.entities.orEmpty()
            entities.forEach { check(seen.add(it.guid!!)) { "${it.guid} came twice" } }
            from += entities.size
            if (page.hasMore != true || entities.isEmpty()) break
        }
        check(seen.size == expected) { "walked ${seen.size} of $expected results" }
        return times
    }

    /** The metrics of [result]: median, 95th percentile and slowest page for the chain and the fan-out (the target is every page). */
    public fun metrics(result: Result): List<Metric> = listOf(
        Metric("lineage_chain_page_ms", percentile(result.chain, 0.5), "ms", "<=200", detail(result.chain, "a chain of ${result.hops} hops", result.pageSize)),
        Metric("lineage_chain_p95_ms", percentile(result.chain, 0.95), "ms", null, "95th percentile of the same pages"),
        Metric("lineage_chain_max_ms", result.chain.max(), "ms", "<=200", "the slowest of the same pages"),
        Metric("lineage_fanout_page_ms", percentile(result.fanOut, 0.5), "ms", "<=200", detail(result.fanOut, "one process writing ${result.fanOutAssets} tables", result.pageSize)),
        Metric("lineage_fanout_p95_ms", percentile(result.fanOut, 0.95), "ms", null, "95th percentile of the same pages"),
        Metric("lineage_fanout_max_ms", result.fanOut.max(), "ms", "<=200", "the slowest of the same pages"),
    )

    private fun detail(times: List<Double>, shape: String, pageSize: Int) =
        "median of ${times.size} pages of $pageSize walking downstream through $shape"

    private fun percentile(values: List<Double>, p: Double): Double = values.sorted()[((values.size - 1) * p).toInt()]

    @JvmStatic
    public fun main(args: Array<String>) {
        val local = LocalCatalog.builder().build().start()
        try {
            AtlanClient(local.baseUrl, local.apiToken).use { client ->
                val result = runBlocking { run(client) }
                for (m in metrics(result)) println("%-24s %10.1f %-3s %-6s %s".format(m.name, m.value, m.unit, m.target ?: "", m.detail))
            }
        } finally {
            local.stop()
        }
    }

    private const val PAGE = 100
}
