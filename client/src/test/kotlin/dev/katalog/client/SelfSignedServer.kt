package dev.katalog.client

import io.ktor.network.tls.certificates.buildKeyStore
import io.ktor.server.application.Application
import io.ktor.server.engine.embeddedServer
import io.ktor.server.engine.sslConnector
import io.ktor.server.netty.Netty
import kotlinx.coroutines.runBlocking
import java.security.KeyStore

/** An HTTPS server on loopback with a freshly made self-signed certificate, serving [module]. */
class SelfSignedServer(module: Application.() -> Unit) : AutoCloseable {
    private val keyStore = buildKeyStore {
        certificate(ALIAS) {
            password = PASSWORD
            domains = listOf("127.0.0.1", "localhost")
        }
    }
    private val server = embeddedServer(Netty, configure = {
        sslConnector(keyStore, ALIAS, { PASSWORD.toCharArray() }, { PASSWORD.toCharArray() }) { host = "127.0.0.1"; port = 0 }
    }, module = module).start(wait = false)

    val baseUrl: String = "https://127.0.0.1:${runBlocking { server.engine.resolvedConnectors().first().port }}"

    /** A trust store holding only this server's certificate, as a user would build for a private CA. */
    fun trustStore(): KeyStore = KeyStore.getInstance(KeyStore.getDefaultType()).apply {
        load(null, null)
        setCertificateEntry(ALIAS, keyStore.getCertificate(ALIAS))
    }

    override fun close() = server.stop(100, 1_000)

    private companion object {
        const val ALIAS = "server"
        const val PASSWORD = "changeit"
    }
}
