package dev.katalog.client

import dev.katalog.client.auth.Credentials
import io.ktor.client.engine.HttpClientEngine
import java.time.Duration

/**
 * Everything a client is configured with, frozen once built. Build with [AtlanClient.builder], or read
 * the environment with [AtlanClient.fromEnv].
 */
public class AtlanClientOptions internal constructor(
    /** The tenant, e.g. `https://acme.atlan.com`, without a trailing slash. */
    public val baseUrl: String,
    public val credentials: Credentials,
    public val retryPolicy: RetryPolicy,
    public val connectTimeout: Duration,
    /** How long a call may wait for its answer (Atlan's large searches can take minutes). */
    public val readTimeout: Duration,
    /** The most calls this client has in flight at once. */
    public val maxConcurrentRequests: Int,
    /** Past this many results a search pages by creation time instead of by offset. */
    public val searchWindowThreshold: Int,
    public val proxy: ProxySettings?,
    /** Certificates to trust instead of the JDK's defaults (a private CA, a self-signed catalog); null: the JDK's defaults. */
    public val trustStore: java.security.KeyStore?,
    internal val engine: HttpClientEngine?,
) {
    override fun toString(): String =
        "AtlanClientOptions(baseUrl=$baseUrl, credentials=$credentials, maxConcurrentRequests=$maxConcurrentRequests, proxy=$proxy)"
}
