package dev.katalog.client.openmetadata

import dev.katalog.client.capturingTraceLogs
import dev.katalog.client.core.ProxySettings
import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.http.EngineFactory
import dev.katalog.client.json
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.entity.data.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ktor.client.engine.java.JavaHttpConfig
import io.ktor.client.engine.okhttp.OkHttpConfig
import io.ktor.http.HttpStatusCode
import java.net.Authenticator
import java.net.InetSocketAddress
import java.net.Proxy
import java.net.URI
import java.net.http.HttpClient

/** Proxies for the OpenMetadata client: set on the builder or read from the environment, credentials never shown. */
class OpenMetadataProxySpec : FunSpec({
    val proxy = ProxySettings.fromEnvironment("https://om.example", mapOf("HTTPS_PROXY" to "http://proxy-user:proxy-pass-4321@127.0.0.1:3128"))!!
    val basic = java.util.Base64.getEncoder().encodeToString("proxy-user:proxy-pass-4321".toByteArray())

    test("a proxy set on the builder becomes the JDK client's proxy and authenticator; toString shows no password") {
        OpenMetadataClient.builder().baseUrl("https://om.example").jwt(MockOpenMetadata.TOKEN).proxy(proxy).build().use { om ->
            om.options.proxy shouldBe proxy
            (om.toString() + om.options.proxy.toString()) shouldNotContain "proxy-pass-4321"
            om.options.proxy.toString() shouldContain "proxy-user"
        }
        EngineFactory.create("https://tenant.example.com", 16, proxy, null).use { it.config.shouldBeInstanceOf<JavaHttpConfig>() }
        EngineFactory.create("https://tenant.example.com", 16, null, null).use { it.config.shouldBeInstanceOf<OkHttpConfig>() }

        val jdk = HttpClient.newBuilder().apply(EngineFactory.javaClientConfig(proxy, null)).build()
        jdk.proxy().get().select(URI("https://om.example/api/v1/tables")) shouldBe listOf(Proxy(Proxy.Type.HTTP, InetSocketAddress("127.0.0.1", 3128)))
        val authenticator = jdk.authenticator().get()
        fun ask(type: Authenticator.RequestorType) =
            authenticator.requestPasswordAuthenticationInstance("127.0.0.1", null, 3128, "http", "proxy", "basic", null, type)
        val answer = ask(Authenticator.RequestorType.PROXY)!!
        answer.userName shouldBe "proxy-user"
        String(answer.password) shouldBe "proxy-pass-4321"
        ask(Authenticator.RequestorType.SERVER).shouldBeNull()
        authenticator.toString() shouldNotContain "proxy-pass-4321"
    }

    test("the proxy comes from HTTPS_PROXY and NO_PROXY in fromEnv's environment") {
        val env = mapOf("OPENMETADATA_BASE_URL" to "https://om.example", "OPENMETADATA_JWT_TOKEN" to MockOpenMetadata.TOKEN)
        OpenMetadataClient.fromEnv(env + ("HTTPS_PROXY" to "http://proxy-user:proxy-pass-4321@127.0.0.1:3128")).use { om ->
            om.options.proxy?.url shouldBe URI("http://127.0.0.1:3128")
            om.options.proxy?.username shouldBe "proxy-user"
        }
        OpenMetadataClient.fromEnv(env + ("HTTPS_PROXY" to "http://127.0.0.1:3128") + ("NO_PROXY" to ".example")).use { om ->
            om.options.proxy.shouldBeNull()
        }
        OpenMetadataClient.builder().baseUrl("https://om.example").jwt(MockOpenMetadata.TOKEN).proxy(null).build().use { om ->
            om.options.proxy.shouldBeNull()
        }
    }

    test("proxy credentials never reach logs or messages, even when the proxy echoes them") {
        capturingTraceLogs { appender ->
            MockOpenMetadata(RetryPolicy.NONE, configure = { proxy(proxy) }) {
                json(MockOpenMetadata.omError(502, "denied proxy-pass-4321 (Proxy-Authorization: Basic $basic)"), HttpStatusCode.BadGateway)
            }.use { m ->
                val e = shouldThrow<OpenMetadataException.Api> { m.client.entities.getByName<Table>("a.b.c.d") }
                e.status shouldBe 502
                val everything = appender.list.joinToString("\n") { ev -> ev.formattedMessage } + e.message + e.toString() + m.client.options.proxy.toString()
                everything shouldNotContain "proxy-pass-4321"
                everything shouldNotContain basic
                everything shouldContain "****"
            }
        }
    }
})
