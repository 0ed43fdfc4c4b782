package dev.katalog.client

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.http.ContentType
import io.ktor.network.tls.certificates.buildKeyStore
import io.ktor.server.engine.embeddedServer
import io.ktor.server.engine.sslConnector
import io.ktor.server.netty.Netty
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import kotlinx.coroutines.runBlocking
import java.security.KeyStore
import javax.net.ssl.SSLException

/** TLS is verified by default: a self-signed catalog is refused, and accepted once its certificate is trusted. */
class TlsSpec : FunSpec({
    val keyStore = buildKeyStore {
        certificate("catalog") {
            password = "changeit"
            domains = listOf("127.0.0.1", "localhost")
        }
    }
    val server = embeddedServer(Netty, configure = {
        sslConnector(keyStore, "catalog", { "changeit".toCharArray() }, { "changeit".toCharArray() }) { host = "127.0.0.1"; port = 0 }
    }) {
        routing {
            get("/api/meta/entity/guid/{guid}") {
                call.respondText("""{"entity":${entityJson(call.parameters["guid"]!!)}}""", ContentType.Application.Json)
            }
        }
    }.start(wait = false)
    val port = runBlocking { server.engine.resolvedConnectors().first().port }
    afterSpec { server.stop(100, 1_000) }

    test("a self-signed certificate is refused by default") {
        AtlanClient.builder().baseUrl("https://127.0.0.1:$port").apiToken(MockAtlan.TOKEN).proxy(null).retryPolicy(RetryPolicy.NONE).build().use { client ->
            val e = shouldThrow<AtlanException.ApiConnection> { client.get("g1") }
            val chain = generateSequence<Throwable>(e) { it.cause }.toList()
            io.kotest.assertions.withClue(chain.joinToString(" <- ") { "${it.javaClass.name}: ${it.message}" }) {
                chain.any { it is SSLException || it is java.security.GeneralSecurityException } shouldBe true
            }
            e.hint shouldContain "trustStore"
        }
    }

    test("the same certificate is accepted once the user trusts it") {
        val trusted = KeyStore.getInstance(KeyStore.getDefaultType()).apply {
            load(null, null)
            setCertificateEntry("catalog", keyStore.getCertificate("catalog"))
        }
        AtlanClient.builder().baseUrl("https://127.0.0.1:$port").apiToken(MockAtlan.TOKEN).proxy(null).trustStore(trusted).build().use { client ->
            client.get("g1").guid shouldBe "g1"
        }
    }
})
