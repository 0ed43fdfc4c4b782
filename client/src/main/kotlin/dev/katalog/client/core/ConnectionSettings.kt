package dev.katalog.client.core

import io.ktor.client.engine.HttpClientEngine
import java.security.KeyStore
import java.time.Duration

/**
 * How a client reaches its server, the part both clients share: where, how patiently, how many calls at
 * once, through which proxy, trusting which certificates. Built by [ConnectionBuilder].
 */
public class ConnectionSettings internal constructor(
    /** The server's root, without a trailing slash. */
    public val baseUrl: String,
    public val retryPolicy: RetryPolicy,
    public val connectTimeout: Duration,
    /** How long a call may wait for its answer. */
    public val readTimeout: Duration,
    /** The most calls the client has in flight at once. */
    public val maxConcurrentRequests: Int,
    /** The proxy calls go through, or null for direct calls; its password never shows in a log or message. */
    public val proxy: ProxySettings?,
    /** Certificates to trust instead of the JDK's defaults (a private CA, a self-signed catalog); null: the JDK's defaults. */
    public val trustStore: KeyStore?,
    internal val engine: HttpClientEngine?,
) {
    override fun toString(): String = "ConnectionSettings(baseUrl=$baseUrl, maxConcurrentRequests=$maxConcurrentRequests, proxy=$proxy)"
}
