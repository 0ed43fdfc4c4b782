package dev.katalog.client.http

import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.engine.okhttp.OkHttp
import okhttp3.ConnectionSpec
import okhttp3.OkHttpClient
import javax.net.ssl.SSLContext
import javax.net.ssl.X509TrustManager

/**
 * The engine of a client that talks to its catalog directly: OkHttp, which keeps connections alive and reuses
 * them (HTTP/2 where the server offers it), so a call over TLS does not pay for a handshake. [trust], when
 * given, replaces the JVM's trusted certificates.
 *
 * A client of a [plaintext] (`http://`) catalog, such as the local one, speaks cleartext only. OkHttp then never
 * reads the JVM's trusted certificates nor sets up TLS, which Ktor's default OkHttp client does on creation: a
 * tenth of a short run's CPU (bench/results/profile-stream.md). Such a client cannot follow a redirect to https.
 */
internal fun pooledEngine(maxConcurrentRequests: Int, plaintext: Boolean, trust: X509TrustManager? = null): HttpClientEngine = OkHttp.create {
    preconfigured = OkHttpClient.Builder().apply { if (plaintext) connectionSpecs(listOf(ConnectionSpec.CLEARTEXT)) }.build()
    config {
        if (trust != null) sslSocketFactory(SSLContext.getInstance("TLS").apply { init(null, arrayOf(trust), null) }.socketFactory, trust)
        // OkHttp's own cap (5 calls per host) would sit below the client's gate; the gate is the one limit.
        val cap = maxOf(64, maxConcurrentRequests * 2)
        dispatcher(okhttp3.Dispatcher().apply { maxRequests = cap; maxRequestsPerHost = cap })
    }
}
