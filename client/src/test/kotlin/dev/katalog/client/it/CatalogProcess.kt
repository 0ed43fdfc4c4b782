package dev.katalog.client.it

import dev.katalog.client.AtlanClient
import dev.katalog.client.AtlanClientBuilder
import java.io.File
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.util.concurrent.TimeUnit

/**
 * A local catalog in a JVM of its own (`LocalCatalogMain`, as `bin/katalog local` starts it), with its embedded
 * OpenSearch keeping its data in [dataDir], so a test can kill it outright and start it again on the same data.
 */
class CatalogProcess private constructor(private val process: Process, val baseUrl: String, private val log: File) : AutoCloseable {

    fun client(configure: AtlanClientBuilder.() -> Unit = {}): AtlanClient =
        AtlanClient.builder().baseUrl(baseUrl).apiToken(TOKEN).proxy(null).readTimeout(Duration.ofSeconds(60)).apply(configure).build()

    /** SIGKILL: the JVM and its OpenSearch stop at once, with no shutdown hook, flush or close. */
    fun kill() {
        process.destroyForcibly()
        check(process.waitFor(30, TimeUnit.SECONDS)) { "the catalog process did not die" }
    }

    /** SIGTERM, then SIGKILL if it does not stop in time. */
    override fun close() {
        process.destroy()
        if (!process.waitFor(30, TimeUnit.SECONDS)) kill()
        log.delete()
    }

    companion object {
        const val TOKEN = "catalog-process-token"

        /** Starts a catalog on [dataDir] and returns once it answers, within [startSeconds]. */
        fun start(dataDir: Path, startSeconds: Long = 120): CatalogProcess {
            val java = File(System.getProperty("java.home"), "bin/java").path
            val log = Files.createTempFile("katalog-catalog-process", ".log").toFile()
            val process = ProcessBuilder(
                java, "-Xmx768m", "-cp", System.getProperty("java.class.path"), "dev.katalog.local.LocalCatalogMain",
                "--port", "0", "--api-token", TOKEN, "--data-dir", dataDir.toString(),
            ).redirectErrorStream(true).redirectOutput(log).start()
            val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(startSeconds)
            while (System.nanoTime() < deadline) {
                val ready = log.readLines().firstOrNull { it.startsWith("ready on ") }
                if (ready != null) return CatalogProcess(process, ready.removePrefix("ready on ").trim(), log)
                check(process.isAlive) { "the catalog process exited (${process.exitValue()}):\n${log.readText().takeLast(3000)}" }
                process.waitFor(100, TimeUnit.MILLISECONDS)
            }
            process.destroyForcibly()
            error("the catalog process was not ready within $startSeconds s:\n${log.readText().takeLast(3000)}")
        }
    }
}
