package dev.katalog.client.it

import dev.katalog.client.AtlanClientBuilder
import dev.katalog.client.AtlanClient
import dev.katalog.local.LocalCatalog
import java.time.Duration

/** The one local catalog of this test JVM (real HTTP, real OpenSearch), started on first use. */
object SharedCatalog {
    const val CLIENT_ID = "katalog-client-tests"
    const val CLIENT_SECRET = "katalog-client-tests-secret"

    val catalog: LocalCatalog by lazy {
        LocalCatalog.builder().oauthClient(CLIENT_ID, CLIENT_SECRET).build().start().also { started ->
            Runtime.getRuntime().addShutdownHook(Thread { started.stop() })
        }
    }

    /** A new client of the shared catalog; close it after use. */
    @JvmStatic
    fun client(configure: AtlanClientBuilder.() -> Unit = {}): AtlanClient =
        AtlanClient.builder().baseUrl(catalog.baseUrl).apiToken(catalog.apiToken).proxy(null).readTimeout(Duration.ofSeconds(60)).apply(configure).build()

    @JvmStatic
    fun client(): AtlanClient = client {}

    /** A connection qualifiedName no other test uses. */
    fun uniqueConnection(connector: String = "snowflake"): String = "default/$connector/${System.nanoTime() / 1000}"
}
