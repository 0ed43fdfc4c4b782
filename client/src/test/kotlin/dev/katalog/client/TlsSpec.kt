package dev.katalog.client

import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.atlan.AtlanException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.http.ContentType
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import java.net.InetAddress
import java.net.ServerSocket
import java.util.concurrent.atomic.AtomicInteger
import kotlin.concurrent.thread
import javax.net.ssl.SSLException

/**
 * TLS is verified by default: a self-signed catalog is refused, and accepted once its certificate is trusted.
 * An https:// base URL pointing at a plain-HTTP server fails at once with the fix, for both clients.
 */
class TlsSpec : FunSpec({
    val server = SelfSignedServer {
        routing {
            get("/api/meta/entity/guid/{guid}") {
                call.respondText("""{"entity":${entityJson(call.parameters["guid"]!!)}}""", ContentType.Application.Json)
            }
        }
    }
    afterSpec { server.close() }

    test("a self-signed certificate is refused by default") {
        AtlanClient.builder().baseUrl(server.baseUrl).apiToken(MockAtlan.TOKEN).proxy(null).retryPolicy(RetryPolicy.NONE).build().use { client ->
            val e = shouldThrow<AtlanException.ApiConnection> { client.assets.get("g1") }
            val chain = generateSequence<Throwable>(e) { it.cause }.toList()
            io.kotest.assertions.withClue(chain.joinToString(" <- ") { "${it.javaClass.name}: ${it.message}" }) {
                chain.any { it is SSLException || it is java.security.GeneralSecurityException } shouldBe true
            }
            e.hint shouldContain "trustStore"
        }
    }

    test("the same certificate is accepted once the user trusts it") {
        AtlanClient.builder().baseUrl(server.baseUrl).apiToken(MockAtlan.TOKEN).proxy(null).trustStore(server.trustStore()).build().use { client ->
            client.assets.get("g1").guid shouldBe "g1"
        }
    }

    test("B53 https:// against a plain-HTTP server: one attempt, ApiConnection saying to use http://") {
        PlainHttpServer().use { plain ->
            // The default policy retries resets and timeouts five times; a TLS mismatch is not one of them.
            AtlanClient.builder().baseUrl("https://127.0.0.1:${plain.port}").apiToken(MockAtlan.TOKEN).proxy(null).build().use { client ->
                val e = shouldThrow<AtlanException.ApiConnection> { client.assets.get("g1") }
                e.hint shouldBe "The server speaks plain HTTP, not TLS: use http://127.0.0.1:${plain.port} as the base URL"
                e.message shouldContain "TLS with https://127.0.0.1:${plain.port} failed"
            }
            plain.connections shouldBe 1
            OpenMetadataClient.builder().baseUrl("https://127.0.0.1:${plain.port}").jwt("jwt").checkServerVersion(false).build().use { om ->
                val e = shouldThrow<OpenMetadataException.ApiConnection> { om.system.version() }
                e.hint shouldBe "The server speaks plain HTTP, not TLS: use http://127.0.0.1:${plain.port} as the base URL"
            }
            plain.connections shouldBe 2
        }
    }
})

/** A plain-HTTP server on loopback that answers every connection with a 400, as any HTTP server answers a TLS ClientHello; it counts connections. */
private class PlainHttpServer : AutoCloseable {
    private val socket = ServerSocket(0, 50, InetAddress.getLoopbackAddress())
    private val accepted = AtomicInteger()
    val port: Int = socket.localPort
    val connections: Int get() = accepted.get()

    init {
        thread(isDaemon = true, name = "plain-http") {
            while (!socket.isClosed) {
                val connection = runCatching { socket.accept() }.getOrNull() ?: break
                accepted.incrementAndGet()
                connection.use {
                    it.getInputStream().read(ByteArray(4096))
                    it.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Request".toByteArray())
                    it.getOutputStream().flush()
                }
            }
        }
    }

    override fun close() = socket.close()
}
