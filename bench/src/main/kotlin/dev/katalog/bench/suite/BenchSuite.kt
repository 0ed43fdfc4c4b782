package dev.katalog.bench.suite

import dev.katalog.bench.BatchHeap
import dev.katalog.bench.ColdStartChild
import dev.katalog.bench.DecodeRatio
import dev.katalog.bench.SearchBuildTime
import dev.katalog.bench.StreamHeap
import dev.katalog.bench.seed.SeedShape
import dev.katalog.bench.seed.Seeder
import dev.katalog.client.AtlanClient
import dev.katalog.dsl.search.search
import dev.katalog.local.LocalCatalog
import dev.katalog.model.atlan.asset.Asset
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.runBlocking
import kotlinx.serialization.json.Json
import java.io.File
import java.time.LocalDate

/**
 * `bin/katalog bench [--quick] [--base-url U --api-token T]`: the whole suite, each metric a ratio or
 * a figure measured in this run, printed as a table and written to `bench/results/latest.json`.
 */
public object BenchSuite {
    private class Sizes(val stream: Int, val apply: Int, val rounds: Int, val hops: Int, val fanOut: Int, val batch: Long)

    @JvmStatic
    public fun main(args: Array<String>) {
        val quick = "--quick" in args
        val sizes = if (quick) Sizes(stream = 30_000, apply = 5_000, rounds = 3, hops = 300, fanOut = 3_000, batch = 20_000)
            else Sizes(stream = 200_000, apply = 50_000, rounds = 3, hops = 1_000, fanOut = 10_000, batch = 1_000_000)
        val baseUrl = option(args, "--base-url")
        val token = option(args, "--api-token")
        val metrics = ArrayList<Metric>()
        val local = if (baseUrl == null) phase("local catalog start") { LocalCatalog.builder().build().start() } else null
        try {
            val url = baseUrl ?: local!!.baseUrl
            val apiToken = token ?: local?.apiToken ?: error("--api-token is needed with --base-url")
            AtlanClient(url, apiToken).use { client -> runBlocking { measureCatalogWork(client, url, apiToken, sizes, metrics) } }
        } finally {
            local?.stop()
        }
        val decode = phase("decode") { DecodeRatio.run(quick) }
        metrics += Metric(
            "decode_vs_jackson_tree", decode.getValue("katalogTyped") / decode.getValue("jacksonReadTree"), "ratio", ">=1.5",
            "JMH: 1000-entity answer into typed assets %.0f ops/s vs Jackson readTree %.0f ops/s (typed + 3 attributes read: %.0f ops/s)"
                .format(decode.getValue("katalogTyped"), decode.getValue("jacksonReadTree"), decode.getValue("katalogTypedRead")),
        )
        metrics += Metric("search_build_us", phase("search build") { SearchBuildTime.run(quick) }, "us", "<=20", "JMH: build and serialize a typed search with where, 3 whereSome + minSomes 2, include, sort")
        report(BenchReport(commit(), quick, machine(), LocalDate.now().toString(), metrics), quick)
    }

    private suspend fun measureCatalogWork(client: AtlanClient, url: String, token: String, sizes: Sizes, metrics: MutableList<Metric>) {
        val connection = "default/snowflake/${System.currentTimeMillis() / 1000}"
        val seeded = phase("seed") { Seeder(client).seed(SeedShape(sizes.stream), connection) }
        metrics += Metric("catalog_ingest_rate", seeded.assets / seeded.seconds, "assets/s", null, "the catalog's own ingest rate while seeding ${seeded.assets} assets in batches of 500, 4 at a time")

        // Alternate the SDK and the floor so drift on this shared machine hits both alike; take medians.
        val request = search { where(Asset.QUALIFIED_NAME startsWith connection); pageSize(PAGE) }
        val floor = RawStreamFloor(url, token)
        val sdkTimes = ArrayList<Double>()
        val rawTimes = ArrayList<Double>()
        val javaTimes = ArrayList<Double>()
        val java = client.java().search()
        var streamed = 0L
        var streamedByJava = 0L
        phase("stream rounds") { repeat(sizes.rounds) {
            rawTimes += timed { floor.stream(request) }
            sdkTimes += timed { streamed = client.search.stream(request).count().toLong() }
            javaTimes += timed { streamedByJava = java.stream(request).use { it.count() } }
        } }
        check(streamed == seeded.assets && streamedByJava == streamed) { "streamed $streamed (Java: $streamedByJava) of ${seeded.assets} assets" }
        // Wall time of the Flow over the Java Stream's: 1.0 means Java pays nothing for its thread hand-off.
        metrics += Metric("java_stream_vs_flow", median(sdkTimes) / median(javaTimes), "ratio", ">=0.95",
            "median of ${sizes.rounds}: Kotlin Flow %.2fs vs Java Stream %.2fs for %d assets".format(median(sdkTimes), median(javaTimes), streamed))
        val sdk = median(sdkTimes)
        val raw = median(rawTimes)
        metrics += Metric("stream_vs_raw_wall", sdk / raw, "ratio", "<=1.05",
            "median of ${sizes.rounds}: SDK Flow %.2fs vs raw HTTP loop %.2fs for %d assets, page size $PAGE".format(sdk, raw, streamed))
        metrics += Metric("stream_assets_per_s", streamed / sdk, "assets/s", null, "SDK streaming, in-process")

        val heapLine = phase("stream child") { StreamHeap.runChild(listOf("-Xmx32m"), url, token, connection, PAGE) }
        val heap = Regex("""streamed (\d+) assets in ([\d.]+)s \(([\d.]+)s cpu\), peak heap ([\d.]+) MB, steady ([\d.]+) ms cpu per 10k \((.*)\)""").find(heapLine)!!.groupValues
        metrics += Metric("stream_heap_mb", heap[4].toDouble(), "MB", "<=32", "peak of the heap pools while streaming ${heap[1]} assets four times in a -Xmx32m JVM (first pass ${heap[2]}s)")
        val coldPattern = Regex("""streamed (\d+) assets in ([\d.]+)s, ([\d.]+)s cpu""")
        fun perTenK(line: String) = coldPattern.find(line)!!.groupValues.let { it[3].toDouble() * 10_000 / it[1].toDouble() }
        val coldLines = phase("cold start child") { ColdStartChild.run(url, token, connection, PAGE) }
        val coldRuns = coldLines.map(::perTenK)
        metrics += Metric("client_cpu_s_per_10k", median(coldRuns), "s", "<=0.5",
            "CPU of a JVM started as bin/katalog starts scripts (C1, class-data archive of an earlier run), on a client program's classpath, streaming $streamed assets once, " +
                "per 10k, JVM start, JIT, class loading and GC included: median of ${coldRuns.joinToString("/") { "%.2f".format(it) }} s")
        val reflectLine = phase("cold start child, kotlin-reflect") { ColdStartChild.runWithKotlinReflect(url, token, connection, PAGE) }
        metrics += Metric("client_cpu_s_per_10k_with_kotlin_reflect", perTenK(reflectLine), "s", null,
            "the same with kotlin-reflect on the classpath, whose presence makes Ktor's plugin set-up start Kotlin's full reflection")
        metrics += Metric("client_cpu_s_per_10k_default_jvm", heap[3].toDouble() * 10_000 / heap[1].toDouble(), "s", null,
            "the same in a JVM with default flags (-Xmx32m), first pass, from main")
        metrics += Metric("client_cpu_steady_ms_per_10k", heap[5].toDouble(), "ms", "<=100", "CPU of the same JVM per 10k assets streaming the same search once warm: ${heap[6]}")

        val apply = phase("apply") { ApplyComparison.run(client, sizes.apply) }
        metrics += Metric("apply_vs_sequential", apply.ratio, "ratio", ">=6", apply.detail)
        metrics += Metric("apply_assets_per_s", apply.assets / apply.defaultSeconds, "assets/s", ">=3000", "apply with default batching, plan included")

        // --quick walks a smaller lineage to stay within its time; `bench lineage` runs the full shape alone.
        metrics += LineagePaging.metrics(phase("lineage") { LineagePaging.run(client, sizes.hops, sizes.fanOut) })
        metrics += BatchHeap.metrics(phase("batch heap") { BatchHeap.run(client, url, token, sizes.batch) })
    }

    internal inline fun timed(block: () -> Unit): Double {
        val started = System.nanoTime()
        block()
        return (System.nanoTime() - started) / 1e9
    }

    /** Runs one phase of the suite and says on stderr how long it took, so the run's time can be accounted for. */
    private inline fun <T> phase(name: String, block: () -> T): T {
        val started = System.nanoTime()
        return block().also { System.err.println("bench: %s took %.1fs".format(name, (System.nanoTime() - started) / 1e9)) }
    }

    private fun median(values: List<Double>): Double = values.sorted()[values.size / 2]

    private fun option(args: Array<String>, name: String): String? = args.indexOf(name).takeIf { it >= 0 }?.let { args.getOrNull(it + 1) }

    private fun report(report: BenchReport, quick: Boolean) {
        println()
        println("%-24s %12s %-9s %-8s %s".format("metric", "value", "unit", "target", "detail"))
        for (m in report.metrics) {
            val mark = when { m.target == null -> " "; m.met -> "✓"; else -> "✗" }
            println("%-24s %12.2f %-9s %-8s %s %s".format(m.name, m.value, m.unit, m.target ?: "", mark, m.detail))
        }
        val dir = File(System.getProperty("katalog.root", "."), "bench/results").apply { mkdirs() }
        val json = Json { prettyPrint = true; encodeDefaults = true }.encodeToString(BenchReport.serializer(), report)
        File(dir, "latest.json").writeText(json + "\n")
        if (!quick) File(dir, "full.json").writeText(json + "\n")
        println("\nwritten to ${File(dir, "latest.json").path}${if (!quick) " and full.json" else ""}")
    }

    private fun commit(): String = runCatching {
        ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start().inputStream.bufferedReader().readText().trim()
    }.getOrDefault("unknown").ifEmpty { "unknown" }

    private fun machine(): String = "${Runtime.getRuntime().availableProcessors()} cores, ${Runtime.getRuntime().maxMemory() / (1 shl 20)} MB max heap, " +
        "${System.getProperty("os.name")} ${System.getProperty("os.arch")}, Java ${System.getProperty("java.version")}"

    private const val PAGE = 300
}
