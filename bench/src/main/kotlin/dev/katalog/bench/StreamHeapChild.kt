package dev.katalog.bench

import dev.katalog.client.AtlanClient
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import kotlinx.coroutines.runBlocking
import java.lang.management.ManagementFactory
import java.lang.management.MemoryType

/**
 * Streams every asset of a connection with the SDK twice and prints
 * `streamed <N> assets in <T>s (<cpu>s cpu), peak heap <M> MB, steady <S> ms cpu per 10k`: the first pass is what a
 * short script pays (JIT and class loading included), the second what a long-running service pays once warm.
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
        var steadyCount = 0L
        var seconds = 0.0
        var cpuSeconds = 0.0
        var steadyCpuNanos = 0L
        AtlanClient(args[0], args[1]).use { client ->
            val request = search { where(Asset.QUALIFIED_NAME startsWith args[2]); pageSize(pageSize) }
            runBlocking {
                client.search.stream(request).collect { count++ }
                seconds = (System.nanoTime() - started) / 1e9
                cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9
                val steadyStarted = processCpuNanos()
                client.search.stream(request).collect { steadyCount++ }
                steadyCpuNanos = processCpuNanos() - steadyStarted
            }
        }
        check(steadyCount == count) { "the second pass streamed $steadyCount assets, the first $count" }
        // The peak of each heap pool, summed: an upper bound on the heap in use at any moment.
        val peakMb = pools.sumOf { it.peakUsage.used } / (1024.0 * 1024.0)
        val steadyMsPer10k = steadyCpuNanos / 1e6 * 10_000 / count.coerceAtLeast(1)
        println("streamed %d assets in %.1fs (%.1fs cpu), peak heap %.1f MB, steady %.1f ms cpu per 10k".format(count, seconds, cpuSeconds, peakMb, steadyMsPer10k))
    }

    private fun processCpuNanos(): Long =
        (ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean).processCpuTime
}
