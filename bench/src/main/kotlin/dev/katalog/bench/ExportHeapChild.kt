package dev.katalog.bench

import dev.katalog.client.AtlanClient
import kotlinx.coroutines.runBlocking
import java.lang.management.ManagementFactory
import java.nio.file.Path

/**
 * Exports a connection as a definition (written to a directory) and prints
 * `exported <N> assets in <F> files (<bytes> bytes) in <T>s (<cpu>s cpu), peak heap <M> MB` (live heap, see [LiveHeapPeak]).
 * Run in its own JVM: `ExportHeapChild <baseUrl> <token> <connectionQN> <outDir>`.
 */
public object ExportHeapChild {
    @JvmStatic
    public fun main(args: Array<String>) {
        require(args.size == 4) { "usage: ExportHeapChild <baseUrl> <token> <connectionQualifiedName> <outDir>" }
        val live = LiveHeapPeak()
        val started = System.nanoTime()
        val cpu = ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean
        val cpuStarted = cpu.processCpuTime
        val export = AtlanClient(args[0], args[1]).use { client -> runBlocking { client.export.connection(args[2]) } }
        export.writeTo(Path.of(args[3]))
        val seconds = (System.nanoTime() - started) / 1e9
        val cpuSeconds = (cpu.processCpuTime - cpuStarted) / 1e9
        val peakMb = live.peakMb()
        println("exported %d assets in %d files (%d bytes) in %.1fs (%.1fs cpu), peak heap %.1f MB".format(
            export.assets, export.files.size, export.files.sumOf { it.text.length.toLong() }, seconds, cpuSeconds, peakMb))
    }
}
