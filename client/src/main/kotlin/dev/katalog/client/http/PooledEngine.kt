package dev.katalog.client.http

import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.engine.okhttp.OkHttp
import javax.net.ssl.SSLContext
import javax.net.ssl.X509TrustManager

/**
 * The engine of a client that talks to its catalog directly: OkHttp, which keeps connections alive and reuses
 * them (HTTP/2 where the server offers it), so a call over TLS does not pay for a handshake. [trust], when
 * given, replaces the JVM's trusted certificates.
 */
internal fun pooledEngine(maxConcurrentRequests: Int, trust: X509TrustManager? = null): HttpClientEngine = OkHttp.create {
    config {
        if (trust != null) sslSocketFactory(SSLContext.getInstance("TLS").apply { init(null, arrayOf(trust), null) }.socketFactory, trust)
        // OkHttp's own cap (5 calls per host) would sit below the client's gate; the gate is the one limit.
        val cap = maxOf(64, maxConcurrentRequests * 2)
        dispatcher(okhttp3.Dispatcher().apply { maxRequests = cap; maxRequestsPerHost = cap })
    }
}
