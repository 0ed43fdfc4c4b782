package dev.katalog.client.it

import dev.katalog.client.AtlanClientBuilder
import dev.katalog.client.AtlanClient
import dev.katalog.local.LocalCatalog
import java.time.Duration

/**
 * A catalog that injects faults, on the shared catalog's OpenSearch under indexes of its own, and a calm twin
 * serving the same indexes, through which a test checks what really happened.
 */
class FaultyCatalog(chaos: String) : AutoCloseable {
    private val prefix = "faults_${System.nanoTime()}_"
    private fun start(chaos: String?): LocalCatalog = LocalCatalog.builder().apiToken(TOKEN).openSearchUrl(SharedCatalog.catalog.openSearchUrl)
        .indexPrefix(prefix).apply { chaos?.let { chaos(it) } }.build().start()

    val faulty: LocalCatalog = start(chaos)
    val calm: LocalCatalog = start(null)

    fun client(configure: AtlanClientBuilder.() -> Unit = {}): AtlanClient = clientOf(faulty, configure)
    fun calmClient(): AtlanClient = clientOf(calm) {}

    private fun clientOf(catalog: LocalCatalog, configure: AtlanClientBuilder.() -> Unit) =
        AtlanClient.builder().baseUrl(catalog.baseUrl).apiToken(TOKEN).proxy(null).readTimeout(Duration.ofSeconds(60)).apply(configure).build()

    override fun close() {
        faulty.close()
        calm.close()
    }

    companion object {
        private const val TOKEN = "faulty-catalog-token"

        /** The faults of the reliability runs: 10 % 429 (Retry-After 1 s), 10 % 503, 2 % dropped connections (half after the change was made), 5 ms latency. */
        const val FAULTS = "429=0.1,503=0.1,reset=0.01,lost=0.01,latency=5ms"

        /** A size for a run: the CI default, or a larger one given as a system property (`-Dkatalog.faults.apply=20000`). */
        fun size(property: String, default: Int): Int = System.getProperty("katalog.faults.$property")?.toInt() ?: default
    }
}
