package dev.katalog.client.core

import io.ktor.client.engine.HttpClientEngine
import java.security.KeyStore
import java.time.Duration

/**
 * The settings every client builder has, whichever catalog it talks to; [B] is the concrete builder, so that
 * chained calls keep its own methods. A bad value fails at once with a [UsageException].
 */
public abstract class ConnectionBuilder<B : ConnectionBuilder<B>> internal constructor(
    private var retryPolicy: RetryPolicy,
    private var readTimeout: Duration,
) {
    private var baseUrl: String? = null
    private var connectTimeout: Duration = Duration.ofSeconds(30)
    private var maxConcurrentRequests = 16
    private var proxy: ProxySettings? = null
    private var proxyFromEnvironment = true
    private var trustStore: KeyStore? = null
    private var engine: HttpClientEngine? = null

    internal abstract fun self(): B

    /** What [value] becomes as the base URL: trimmed of suffixes that calls add themselves. */
    internal abstract fun normaliseBaseUrl(value: String): String

    /** What a base URL here points at, for the hint on a missing scheme, e.g. "an Atlan tenant". */
    internal abstract val remoteName: String

    /** Where the base URL comes from besides [baseUrl], for the hint when it is missing. */
    internal abstract val baseUrlHint: String

    /** The server's root, e.g. `https://acme.atlan.com` or `http://localhost:8585`. */
    public fun baseUrl(value: String): B = self().also { baseUrl = normaliseBaseUrl(value) }

    /** Which failures are retried, how often and how long to wait between. */
    public fun retryPolicy(value: RetryPolicy): B = self().also { retryPolicy = value }

    public fun connectTimeout(value: Duration): B = self().also { connectTimeout = positive(value, "connectTimeout") }

    /** How long a call may wait for its answer. */
    public fun readTimeout(value: Duration): B = self().also { readTimeout = positive(value, "readTimeout") }

    /** The most calls in flight at once (16 by default). */
    public fun maxConcurrentRequests(value: Int): B = self().also {
        UsageException.check(value >= 1, { "maxConcurrentRequests must be at least 1, was $value" }, "Use 16 (the default), or fewer for a small server")
        maxConcurrentRequests = value
    }

    /** Use this proxy, or none with null; by default the proxy comes from HTTPS_PROXY / HTTP_PROXY / NO_PROXY. */
    public fun proxy(value: ProxySettings?): B = self().also { proxy = value; proxyFromEnvironment = false }

    /**
     * Trust the certificates of [keyStore] (a private CA, or a self-signed server) instead of the JDK's
     * defaults. TLS verification is always on: without this, only publicly trusted certificates pass.
     */
    public fun trustStore(keyStore: KeyStore): B = self().also { trustStore = keyStore }

    /** Use this Ktor engine (tests use MockEngine); the client does not close an engine it was given. */
    public fun engine(value: HttpClientEngine): B = self().also { engine = value }

    /** The settings as set, the base URL checked; the proxy read from the environment unless one was set. */
    internal fun connectionSettings(): ConnectionSettings {
        val url = baseUrl ?: throw UsageException("No base URL", baseUrlHint)
        BaseUrl.schemeProblem(url, remoteName)?.let { throw UsageException(it.problem, it.fix) }
        val chosenProxy = if (proxyFromEnvironment) ProxySettings.fromEnvironment(url) else proxy
        return ConnectionSettings(url, retryPolicy, connectTimeout, readTimeout, maxConcurrentRequests, chosenProxy, trustStore, engine)
    }

    private fun positive(value: Duration, name: String): Duration {
        UsageException.check(!value.isNegative && !value.isZero, { "$name must be positive, was $value" }, "Use a positive Duration, e.g. Duration.ofSeconds(30)")
        return value
    }
}
