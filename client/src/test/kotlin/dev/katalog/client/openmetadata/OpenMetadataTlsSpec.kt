package dev.katalog.client.openmetadata

import dev.katalog.client.SelfSignedServer
import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.http.ContentType
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import javax.net.ssl.SSLException

/** TLS is verified by default for OpenMetadata too: a self-signed server is refused, and accepted once its certificate is trusted. */
class OpenMetadataTlsSpec : FunSpec({
    val server = SelfSignedServer {
        routing {
            get("/api/v1/system/version") {
                call.respondText("""{"version":"1.4.2","revision":"abc","timestamp":1700000000000}""", ContentType.Application.Json)
            }
        }
    }
    afterSpec { server.close() }

    test("a self-signed certificate is refused by default, with trustStore in the hint") {
        OpenMetadataClient.builder().baseUrl(server.baseUrl).jwt(MockOpenMetadata.TOKEN).proxy(null).retryPolicy(RetryPolicy.NONE).build().use { om ->
            val e = shouldThrow<OpenMetadataException.ApiConnection> { om.system.version() }
            val chain = generateSequence<Throwable>(e) { it.cause }.toList()
            withClue(chain.joinToString(" <- ") { "${it.javaClass.name}: ${it.message}" }) {
                chain.any { it is SSLException || it is java.security.GeneralSecurityException } shouldBe true
            }
            e.hint shouldContain "OpenMetadataClient.builder().trustStore"
        }
    }

    test("the same certificate is accepted once the user trusts it") {
        OpenMetadataClient.builder().baseUrl(server.baseUrl).jwt(MockOpenMetadata.TOKEN).proxy(null).trustStore(server.trustStore()).build().use { om ->
            om.system.version().version shouldBe "1.4.2"
        }
    }
})
