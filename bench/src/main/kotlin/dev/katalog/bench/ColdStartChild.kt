package dev.katalog.bench

import java.lang.management.ManagementFactory
import java.nio.file.Files

/**
 * What a short program pays to stream a connection once, started as `bin/katalog` starts CLI commands and scripts:
 * C1 alone and a class-data archive recorded by an earlier run ([run] makes one with a first, unmeasured run), on
 * the classpath of a program that depends on the client ([ClientClasspath]). Prints
 * `streamed <N> assets in <T>s, <C>s cpu`, the CPU being the whole process's, JVM start included.
 * `ColdStartChild <baseUrl> <token> <connectionQN> <pageSize>`.
 */
public object ColdStartChild {
    /** The flags `bin/katalog` gives CLI commands and scripts, beside the archive. */
    internal val LAUNCHER_FLAGS = listOf("-XX:TieredStopAtLevel=1", "-Xlog:cds*=off")

    @JvmStatic
    public fun main(args: Array<String>) {
        val started = System.nanoTime()
        val count = StreamOnce.count(args[0], args[1], args[2], args[3].toInt())
        val cpu = (ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean).processCpuTime
        println("streamed %d assets in %.1fs, %.2fs cpu".format(count, (System.nanoTime() - started) / 1e9, cpu / 1e9))
    }

    /**
     * Records an archive with one run on [classpath], then returns the result lines of [measured] runs that use it
     * (a single short run's CPU varies by a tenth between runs on a shared machine).
     */
    public fun run(baseUrl: String, token: String, connection: String, pageSize: Int, measured: Int = 3, classpath: String = ClientClasspath.of()): List<String> {
        val archive = Files.createTempFile("katalog-cold-start", ".jsa").also { Files.delete(it) }
        val args = listOf(baseUrl, token, connection, pageSize.toString())
        try {
            ChildJvm.run(LAUNCHER_FLAGS + "-XX:ArchiveClassesAtExit=$archive", ColdStartChild::class.java, args, "streamed ", classpath)
            check(Files.size(archive) > 0) { "the first run wrote no class-data archive to $archive" }
            return List(measured) { ChildJvm.run(LAUNCHER_FLAGS + "-XX:SharedArchiveFile=$archive", ColdStartChild::class.java, args, "streamed ", classpath) }
        } finally {
            Files.deleteIfExists(archive)
        }
    }

    /** The same with `kotlin-reflect` on the classpath, measured once. */
    public fun runWithKotlinReflect(baseUrl: String, token: String, connection: String, pageSize: Int): String =
        run(baseUrl, token, connection, pageSize, 1, ClientClasspath.withKotlinReflect()).single()
}
