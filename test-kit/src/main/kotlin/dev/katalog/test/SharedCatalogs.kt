package dev.katalog.test

import dev.katalog.local.LocalCatalog
import org.slf4j.LoggerFactory
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.ExecutionException
import java.util.concurrent.TimeUnit
import java.util.concurrent.TimeoutException

/**
 * The catalogs of this JVM, one per OpenSearch (embedded, or an external URL), shared by every test class and
 * spec. Each holder of a lease ([acquire]) gives it back with [release]; the last one stops the catalog. A
 * catalog that failed to start is not tried again: later acquires fail at once with the same message.
 */
internal object SharedCatalogs {
    private val log = LoggerFactory.getLogger(SharedCatalogs::class.java)
    private val entries = HashMap<String, Entry>()

    private class Entry(val catalog: LocalCatalog?, val failure: TestCatalogException?, var leases: Int = 0)

    init {
        // A safety net for runs that never release (a Kotest project without LocalCatalogProject, a killed run).
        Runtime.getRuntime().addShutdownHook(Thread({ stopAll() }, "katalog-test-shutdown"))
    }

    /** The catalog for [options]' OpenSearch, started on first use within its start timeout; counts one more lease. */
    @Synchronized
    fun acquire(options: TestCatalogOptions): LocalCatalog {
        val source = options.resolveOpenSearch()
        val entry = entries.getOrPut(source.key) {
            try {
                Entry(start(source, options.startTimeout), null)
            } catch (e: TestCatalogException) {
                Entry(null, e)
            }
        }
        entry.failure?.let { throw TestCatalogException(it.message!!, it.cause) }
        entry.leases++
        return entry.catalog!!
    }

    /** Gives back one lease of [catalog]; the last one stops it. */
    @Synchronized
    fun release(catalog: LocalCatalog) {
        val key = entries.entries.firstOrNull { it.value.catalog === catalog }?.key ?: return
        val entry = entries.getValue(key)
        if (--entry.leases > 0) return
        entries.remove(key)
        stop(key, catalog)
    }

    @Synchronized
    private fun stopAll() {
        entries.forEach { (key, entry) -> entry.catalog?.let { stop(key, it) } }
        entries.clear()
    }

    private fun start(source: OpenSearchSource, timeout: Duration): LocalCatalog {
        val deadline = System.nanoTime() + timeout.toNanos()
        OpenSearchProbe.check(source, minOf(timeout, PROBE_TIMEOUT))
        var attempt = 1
        while (true) {
            try {
                return startOnce(source, timeout, deadline)
            } catch (e: ExecutionException) {
                val cause = e.cause ?: e
                // Ports are picked free and bound a moment later; on a busy machine another process can win the race.
                // A fresh catalog (new ports, new data directory) is tried once while the deadline allows.
                if (attempt == 1 && source.url == null && StartFailure.isRace(cause) && System.nanoTime() < deadline) {
                    log.warn("The embedded OpenSearch did not start ({}); trying once more", StartFailure.rootReason(cause))
                    attempt++
                    continue
                }
                throw StartFailure.of(cause, source)
            }
        }
    }

    private fun startOnce(source: OpenSearchSource, timeout: Duration, deadline: Long): LocalCatalog {
        val builder = LocalCatalog.builder().startTimeout(timeout)
        if (source.url != null) builder.openSearchUrl(source.url).indexPrefix("katalog_test_${RunNames.RUN_ID}_")
        val catalog = builder.build()
        // start() blocks on the node; run it aside so that a start that hangs fails the tests at the deadline.
        val starting = CompletableFuture.supplyAsync({ catalog.start() }, { Thread(it, "katalog-test-start").apply { isDaemon = true }.start() })
        try {
            starting.get(maxOf(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
        } catch (e: TimeoutException) {
            starting.whenComplete { started, _ -> started?.stop() }
            throw TestCatalogException(
                StartFailure.message(
                    "${if (source.url == null) "the embedded OpenSearch" else "OpenSearch at ${source.url} (from ${source.origin})"} was not ready within ${timeout.toSeconds()} s.",
                    "Fix: raise the start timeout (startTimeout), give the test JVM more CPU and memory, " +
                        "or set ${TestCatalogOptions.OPENSEARCH_URL_VARIABLE} to an OpenSearch you run yourself.",
                ),
            )
        }
        log.info("Local catalog for the tests at {} on {}", catalog.baseUrl, source.url ?: "an embedded OpenSearch")
        return catalog
    }

    private fun stop(key: String, catalog: LocalCatalog) {
        val external = key != "embedded"
        catalog.stop()
        // An external cluster outlives the run: remove this run's indexes from it.
        if (external) dropIndexes(catalog.openSearchUrl, "katalog_test_${RunNames.RUN_ID}_*")
    }

    private fun dropIndexes(openSearchUrl: String, pattern: String) {
        try {
            val request = HttpRequest.newBuilder(URI.create("${openSearchUrl.trimEnd('/')}/$pattern")).timeout(PROBE_TIMEOUT).DELETE().build()
            val answer = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build().send(request, HttpResponse.BodyHandlers.ofString())
            if (answer.statusCode() !in 200..299) log.warn("Could not remove the test indexes {} from {}: HTTP {}", pattern, openSearchUrl, answer.statusCode())
        } catch (e: Exception) {
            log.warn("Could not remove the test indexes {} from {}: {}", pattern, openSearchUrl, e.toString())
        }
    }

    private val PROBE_TIMEOUT: Duration = Duration.ofSeconds(10)
}
