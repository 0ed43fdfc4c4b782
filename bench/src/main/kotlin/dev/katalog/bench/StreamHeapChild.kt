package dev.katalog.bench

import dev.katalog.bench.suite.RawStreamFloor
import dev.katalog.client.AtlanClient
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.json.KatalogJson
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.runBlocking
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.long
import java.lang.management.ManagementFactory
import java.lang.management.MemoryType

/**
 * Streams every asset of a connection with the SDK and prints
 * `streamed <N> assets in <T>s (<cpu>s cpu), peak heap <M> MB, steady <S> ms cpu per 10k (…)`: the first pass is what
 * a short script pays (JIT and class loading included); after [warmUp], the median of [STEADY_PASSES] more passes is
 * what a long-running service pays once warm.
 * Run in its own JVM (with `-Xmx32m` for the memory check): `StreamHeapChild <baseUrl> <token> <connectionQN> [pageSize]`.
 */
public object StreamHeapChild {
    @JvmStatic
    public fun main(args: Array<String>) {
        require(args.size >= 3) { "usage: StreamHeapChild <baseUrl> <token> <connectionQualifiedName> [pageSize]" }
        val pageSize = args.getOrNull(3)?.toInt() ?: 300
        val pools = ManagementFactory.getMemoryPoolMXBeans().filter { it.type == MemoryType.HEAP }
        pools.forEach { it.resetPeakUsage() }
        val started = System.nanoTime()
        val cpuStarted = processCpuNanos()
        var count = 0L
        val steadyCounts = ArrayList<Long>()
        // CPU nanoseconds and JIT milliseconds of each warm pass.
        val steady = ArrayList<Pair<Long, Long>>()
        var seconds = 0.0
        var cpuSeconds = 0.0
        lateinit var warm: WarmUp
        var firstPassPeak = 0L
        AtlanClient(args[0], args[1]).use { client ->
            val request = search { where(Asset.QUALIFIED_NAME startsWith args[2]); pageSize(pageSize) }
            runBlocking {
                client.search.stream(request).collect { count++ }
                seconds = (System.nanoTime() - started) / 1e9
                cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9
                firstPassPeak = pools.sumOf { it.peakUsage.used }
                warm = warmUp(args[0], args[1], request, pageSize)
                // The warm-up's replay server and client are not what is measured: the peak counts the catalog passes only.
                pools.forEach { it.resetPeakUsage() }
                repeat(STEADY_PASSES) {
                    val steadyStarted = processCpuNanos()
                    val compileStarted = compileMillis()
                    steadyCounts += client.search.stream(request).count().toLong()
                    steady += (processCpuNanos() - steadyStarted) to (compileMillis() - compileStarted)
                }
            }
        }
        check(steadyCounts.all { it == count }) { "the warm passes streamed $steadyCounts assets, the first $count" }
        // The peak of each heap pool, summed: an upper bound on the heap in use at any moment.
        val peakMb = maxOf(firstPassPeak, pools.sumOf { it.peakUsage.used }) / (1024.0 * 1024.0)
        fun per10k(nanos: Long) = nanos / 1e6 * 10_000 / count.coerceAtLeast(1)
        val median = steady.sortedBy { it.first }[steady.size / 2]
        println(
            ("streamed %d assets in %.1fs (%.1fs cpu), peak heap %.1f MB, steady %.1f ms cpu per 10k " +
                "(median of %s ms per 10k, JIT %s ms in those passes; warmed by %d replayed pages in %.0fs)")
                .format(
                    count, seconds, cpuSeconds, peakMb, per10k(median.first), steady.joinToString("/") { "%.0f".format(per10k(it.first)) },
                    steady.joinToString("/") { "${it.second}" }, warm.pages, warm.seconds,
                ),
        )
    }

    /** How the JIT was warmed: pages answered by the replay server and the time it took. */
    private class WarmUp(val pages: Long, val seconds: Double)

    /**
     * Streams [request] from a [ReplayServer] answering its first page until [WARM_UP_PAGES] pages were decoded: the
     * client's per-page code then runs compiled, as in a service that has streamed for a while, without asking the
     * catalog for thousands of pages.
     */
    private suspend fun warmUp(baseUrl: String, token: String, request: IndexSearchRequest, pageSize: Int): WarmUp {
        val started = System.nanoTime()
        val answer = pagedByOffset(RawStreamFloor(baseUrl, token).page(request))
        var pages = 0L
        ReplayServer(answer).use { replay ->
            AtlanClient(replay.baseUrl, token).use { client ->
                while (pages < WARM_UP_PAGES) pages += (client.search.stream(request).count() + pageSize - 1) / pageSize
            }
        }
        return WarmUp(pages, (System.nanoTime() - started) / 1e9)
    }

    /**
     * [answer] claiming at most [REPLAY_TOTAL] results. Past the client's window threshold (99,700) a stream pages by
     * creation time, continuing after each page's last hit; the replay answers the same page to every request, so such
     * a stream would never end. Below it, a pass is [REPLAY_TOTAL] results' worth of pages.
     */
    private fun pagedByOffset(answer: ByteArray): ByteArray {
        val page = KatalogJson.decode(JsonObject.serializer(), answer.decodeToString())
        val total = page["approximateCount"]?.jsonPrimitive?.long ?: return answer
        if (total <= REPLAY_TOTAL) return answer
        val capped = JsonObject(page + ("approximateCount" to JsonPrimitive(REPLAY_TOTAL)))
        return KatalogJson.encode(JsonObject.serializer(), capped).encodeToByteArray()
    }

    private fun processCpuNanos(): Long =
        (ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean).processCpuTime

    private fun compileMillis(): Long = ManagementFactory.getCompilationMXBean().totalCompilationTime

    private const val WARM_UP_PAGES = 10_000
    private const val REPLAY_TOTAL = 30_000L
    private const val STEADY_PASSES = 3
}
