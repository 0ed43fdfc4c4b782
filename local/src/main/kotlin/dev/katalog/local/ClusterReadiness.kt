package dev.katalog.local

import dev.katalog.local.opensearch.OpenSearchClient
import java.time.Duration

/** Waits until OpenSearch at [client] reports yellow health, polling until [timeout]; a [LocalCatalogException] after it. */
internal suspend fun awaitCluster(client: OpenSearchClient, timeout: Duration) {
    val deadline = System.nanoTime() + timeout.toNanos()
    while (true) {
        val health = runCatching { client.call("GET", "/_cluster/health?wait_for_status=yellow&timeout=10s") }.getOrNull()
        if (health != null && health.ok) return
        if (System.nanoTime() > deadline) {
            throw LocalCatalogException("OpenSearch at ${client.baseUrl} did not become ready within ${timeout.seconds} s")
        }
        kotlinx.coroutines.delay(200)
    }
}
