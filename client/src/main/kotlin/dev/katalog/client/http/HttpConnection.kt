package dev.katalog.client.http

import dev.katalog.client.core.ConnectionSettings
import io.ktor.client.engine.HttpClientEngine

/**
 * One client's way to its server: the engine (built from the [settings], or the one given, which is then not
 * closed here) and the [transport] over it, with [tokens]' and the proxy's secrets masked everywhere.
 */
internal class HttpConnection(settings: ConnectionSettings, dialect: (Redactor) -> TransportDialect, tokens: TokenSource) : AutoCloseable {
    private val ownedEngine: HttpClientEngine? =
        if (settings.engine == null) EngineFactory.create(settings.baseUrl, settings.maxConcurrentRequests, settings.proxy, settings.trustStore) else null
    private val proxySecrets = EngineFactory.proxySecrets(settings.proxy)
    val redactor = Redactor { tokens.secrets() + proxySecrets }
    val transport = HttpTransport(
        TransportSettings(settings.baseUrl, settings.retryPolicy, settings.connectTimeout, settings.readTimeout, settings.maxConcurrentRequests),
        dialect(redactor), settings.engine ?: ownedEngine!!, tokens, redactor,
    )

    override fun close() {
        transport.close()
        ownedEngine?.close()
    }
}
