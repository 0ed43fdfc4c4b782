package dev.katalog.bench

import dev.katalog.client.AtlanClient
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import kotlinx.coroutines.runBlocking
import java.lang.management.ManagementFactory
import java.lang.management.MemoryType

/**
 * Streams every asset of a connection with the SDK and prints `streamed <N> assets in <T>s (<cpu>s cpu), peak heap <M> MB`.
 * Run in its own JVM (with `-Xmx64m` for the memory check): `StreamHeapChild <baseUrl> <token> <connectionQN> [pageSize]`.
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
        AtlanClient(args[0], args[1]).use { client ->
            runBlocking {
                client.search.stream(search { where(Asset.QUALIFIED_NAME startsWith args[2]); pageSize(pageSize) }).collect { count++ }
            }
        }
        val seconds = (System.nanoTime() - started) / 1e9
        val cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9
        // The peak of each heap pool, summed: an upper bound on the heap in use at any moment.
        val peakMb = pools.sumOf { it.peakUsage.used } / (1024.0 * 1024.0)
        println("streamed %d assets in %.1fs (%.1fs cpu), peak heap %.1f MB".format(count, seconds, cpuSeconds, peakMb))
    }

    private fun processCpuNanos(): Long =
        (ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean).processCpuTime
}
