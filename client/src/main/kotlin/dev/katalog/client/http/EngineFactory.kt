package dev.katalog.client.http

import dev.katalog.client.core.ProxySettings
import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.engine.java.Java
import java.net.Authenticator
import java.net.InetSocketAddress
import java.net.PasswordAuthentication
import java.net.ProxySelector
import java.net.http.HttpClient
import java.security.KeyStore
import java.util.Base64
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509TrustManager

/**
 * The engines of both clients, built one way: direct calls go through OkHttp ([pooledEngine]), calls through a
 * [ProxySettings] through the JDK client, whose Authenticator also answers proxy challenges on HTTPS tunnels.
 * A [KeyStore] given as trust store replaces the JVM's trusted certificates either way.
 *
 * OkHttp keeps connections alive and reuses them (HTTP/2 where the server offers it), which matters over TLS,
 * where a new connection costs a handshake. Ktor's CIO engine, as fast on plain loopback (streaming 20,000
 * assets from the local catalog: CIO 10.4 s, OkHttp 10.5 s, the JDK client 14.3 s, medians of 3 rounds;
 * `bin/katalog bench engines`), opens a connection per call unless it pipelines.
 */
internal object EngineFactory {
    fun create(baseUrl: String, maxConcurrentRequests: Int, proxy: ProxySettings?, trustStore: KeyStore?): HttpClientEngine {
        val trust = trustStore?.let(::trustManagerOf)
        if (proxy == null) return pooledEngine(maxConcurrentRequests, plaintext = baseUrl.startsWith("http://", ignoreCase = true), trust)
        return Java.create { config(javaClientConfig(proxy, trust)) }
    }

    /** How the JDK client is set up for [proxy]: its address, its credentials when it has some, and [trust]. */
    fun javaClientConfig(proxy: ProxySettings, trust: X509TrustManager?): HttpClient.Builder.() -> Unit = {
        if (trust != null) sslContext(SSLContext.getInstance("TLS").apply { init(null, arrayOf(trust), null) })
        proxy(ProxySelector.of(InetSocketAddress(proxy.url.host, if (proxy.url.port > 0) proxy.url.port else 8080)))
        if (proxy.username != null) authenticator(ProxyAuthenticator(proxy))
    }

    /** The proxy password as typed and as the Basic header a proxy might echo back: what a [Redactor] must mask. */
    fun proxySecrets(proxy: ProxySettings?): List<String> = proxy?.password?.let { password ->
        listOf(password, Base64.getEncoder().encodeToString("${proxy.username.orEmpty()}:$password".toByteArray()))
    }.orEmpty()

    fun trustManagerOf(keyStore: KeyStore): X509TrustManager {
        val factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        factory.init(keyStore)
        return factory.trustManagers.filterIsInstance<X509TrustManager>().first()
    }

    /** Answers the proxy's challenges only, so the proxy's credentials never go to the catalog itself. */
    private class ProxyAuthenticator(private val proxy: ProxySettings) : Authenticator() {
        override fun getPasswordAuthentication(): PasswordAuthentication? =
            if (requestorType == RequestorType.PROXY) PasswordAuthentication(proxy.username, proxy.password.orEmpty().toCharArray()) else null

        override fun toString(): String = "ProxyAuthenticator(${proxy.username})"
    }
}
