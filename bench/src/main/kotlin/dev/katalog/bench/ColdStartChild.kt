package dev.katalog.bench

import dev.katalog.client.AtlanClient
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.runBlocking
import java.lang.management.ManagementFactory
import java.nio.file.Files

/**
 * What a short script pays to stream a connection once, started as `bin/katalog` starts CLI commands and scripts: C1
 * alone and a class-data archive recorded by an earlier run ([run] makes one with a first, unmeasured run). Prints
 * `streamed <N> assets in <T>s, <C>s cpu`, the CPU being the whole process's, JVM start included.
 * `ColdStartChild <baseUrl> <token> <connectionQN> <pageSize>`.
 */
public object ColdStartChild {
    /** The flags `bin/katalog` gives CLI commands and scripts, beside the archive. */
    internal val LAUNCHER_FLAGS = listOf("-XX:TieredStopAtLevel=1", "-Xlog:cds*=off")

    @JvmStatic
    public fun main(args: Array<String>) {
        val pageSize = args[3].toInt()
        val started = System.nanoTime()
        val count = AtlanClient(args[0], args[1]).use { client ->
            runBlocking { client.search.stream(search { where(Asset.QUALIFIED_NAME startsWith args[2]); pageSize(pageSize) }).count() }
        }
        val cpu = (ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean).processCpuTime
        println("streamed %d assets in %.1fs, %.2fs cpu".format(count, (System.nanoTime() - started) / 1e9, cpu / 1e9))
    }

    /** Records an archive with one run, then returns the result line of a second run that uses it. */
    public fun run(baseUrl: String, token: String, connection: String, pageSize: Int): String {
        val archive = Files.createTempFile("katalog-cold-start", ".jsa").also { Files.delete(it) }
        val args = listOf(baseUrl, token, connection, pageSize.toString())
        try {
            ChildJvm.run(LAUNCHER_FLAGS + "-XX:ArchiveClassesAtExit=$archive", ColdStartChild::class.java, args, "streamed ")
            check(Files.size(archive) > 0) { "the first run wrote no class-data archive to $archive" }
            return ChildJvm.run(LAUNCHER_FLAGS + "-XX:SharedArchiveFile=$archive", ColdStartChild::class.java, args, "streamed ")
        } finally {
            Files.deleteIfExists(archive)
        }
    }
}
