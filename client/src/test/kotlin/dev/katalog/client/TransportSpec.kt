package dev.katalog.client

import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.core.ProxySettings
import dev.katalog.client.atlan.AtlanException
import ch.qos.logback.classic.Level
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.json.ModelDecodeException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ktor.client.engine.mock.respond
import io.ktor.client.plugins.HttpRequestTimeoutException
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.http.headersOf
import kotlinx.coroutines.delay
import java.time.Duration

/** The transport's own logic over a MockEngine: retries, errors, auth refresh, redaction. */
class TransportSpec : FunSpec({
    test("a 403 is retried, then the call succeeds") {
        var calls = 0
        MockAtlan { if (++calls < 3) json(atlanError("ATLAS-403-00-001", "not yet"), HttpStatusCode.Forbidden) else json("""{"entity":${entityJson("g1")}}""") }.use { m ->
            m.client.assets.get("g1").guid shouldBe "g1"
            m.requests shouldHaveSize 3
        }
    }

    test("a 503 past the retries is an Api error with status, code, request id and hint") {
        MockAtlan(RetryPolicy.builder().maxRetries(2).initialDelay(Duration.ofMillis(1)).build()) {
            json(atlanError("ATLAS-503-00-001", "overloaded"), HttpStatusCode.ServiceUnavailable)
        }.use { m ->
            val e = shouldThrow<AtlanException.Api> { m.client.assets.get("g1") }
            e.status shouldBe 503
            e.errorCode shouldBe "ATLAS-503-00-001"
            e.requestId!!.length shouldBe 36
            e.hint shouldContain "retried 2 times"
            m.requests shouldHaveSize 3
            m.requests.map { it.headers["X-Atlan-Request-Id"] }.toSet() shouldBe setOf(e.requestId)
        }
    }

    test("429s have their own budget of waits, beyond the retries of failures, and say how to allow more") {
        var calls = 0
        val tooMany: suspend io.ktor.client.engine.mock.MockRequestHandleScope.(io.ktor.client.request.HttpRequestData) -> io.ktor.client.request.HttpResponseData = {
            if (++calls <= 8) json(atlanError("ATLAN-429-00-001", "slow down"), HttpStatusCode.TooManyRequests, HttpHeaders.RetryAfter to "0") else json("""{"entity":${entityJson("g1")}}""")
        }
        MockAtlan(handler = tooMany).use { m ->
            m.client.assets.get("g1").guid shouldBe "g1"
            m.requests shouldHaveSize 9
        }
        calls = 0
        MockAtlan(RetryPolicy.builder().maxRateLimitRetries(2).initialDelay(Duration.ofMillis(1)).build(), handler = tooMany).use { m ->
            val e = shouldThrow<AtlanException.RateLimit> { m.client.assets.get("g1") }
            e.hint shouldContain "maxRateLimitRetries"
            m.requests shouldHaveSize 3
        }
    }

    test("B40 a 404 is not retried: NotFound, or null from the OrNull variant") {
        MockAtlan { json(atlanError("ATLAS-404-00-005", "no entity with guid x"), HttpStatusCode.NotFound) }.use { m ->
            val e = shouldThrow<AtlanException.NotFound> { m.client.assets.get("x") }
            e.message shouldContain "no entity with guid x"
            m.client.assets.getOrNull("x").shouldBeNull()
            m.client.assets.getOrNull(Table, "default/x").shouldBeNull()
            m.requests shouldHaveSize 3
        }
    }

    test("B41 a 400 is not retried and carries the server's reason") {
        MockAtlan { json(atlanError("ATLAS-400-00-01A", "unknown typeName Tabel"), HttpStatusCode.BadRequest) }.use { m ->
            shouldThrow<AtlanException.InvalidRequest> { m.client.assets.get("x") }.message shouldContain "unknown typeName Tabel"
            m.requests shouldHaveSize 1
        }
    }

    test("every call carries the Atlan headers and the token") {
        MockAtlan { json("""{"entity":${entityJson("g1")}}""") }.use { m ->
            m.client.assets.get("g1")
            val headers = m.requests.single().headers
            headers[HttpHeaders.Authorization] shouldBe "Bearer ${MockAtlan.TOKEN}"
            headers["x-atlan-agent"] shouldBe "sdk"
            headers["x-atlan-agent-id"] shouldBe "kotlin"
            headers["x-atlan-client-origin"] shouldBe "product_sdk"
            headers[HttpHeaders.UserAgent]!! shouldContain "katalog"
        }
    }

    test("a 401 triggers exactly one OAuth token exchange, then the call succeeds") {
        var exchanges = 0
        val m = MockAtlan(configure = { oauthClient("client-1", "client-secret-xyz") }) { request ->
            if (request.url.encodedPath == "/api/service/oauth-clients/token") {
                exchanges++
                json("""{"accessToken":"token-$exchanges","expiresIn":600}""")
            } else if (request.headers[HttpHeaders.Authorization] == "Bearer token-1") {
                json(atlanError("ATLAN-401", "expired"), HttpStatusCode.Unauthorized)
            } else json("""{"entity":${entityJson("g1")}}""")
        }
        m.use {
            it.client.assets.get("g1").guid shouldBe "g1"
            exchanges shouldBe 2
            it.requests.filter { r -> r.url.encodedPath.startsWith("/api/meta") }.map { r -> r.headers[HttpHeaders.Authorization] } shouldBe
                listOf("Bearer token-1", "Bearer token-2")
        }
    }

    test("a second 401 after the refresh is an Authentication error, not a loop") {
        val m = MockAtlan(configure = { oauthClient("client-1", "client-secret-xyz") }) { request ->
            if (request.url.encodedPath == "/api/service/oauth-clients/token") json("""{"accessToken":"t","expiresIn":600}""")
            else json(atlanError("ATLAN-401", "revoked"), HttpStatusCode.Unauthorized)
        }
        m.use { shouldThrow<AtlanException.Authentication> { it.client.assets.get("g1") }.hint shouldContain "credentials" }
    }

    test("B45 a timeout becomes an ApiConnection error after the retries") {
        MockAtlan(RetryPolicy.builder().maxRetries(1).initialDelay(Duration.ofMillis(1)).build(), { readTimeout(Duration.ofMillis(100)) }) {
            delay(5_000)
            json("{}")
        }.use { m ->
            val e = shouldThrow<AtlanException.ApiConnection> { m.client.assets.get("g1") }
            e.cause.shouldBeInstanceOf<HttpRequestTimeoutException>()
            m.requests shouldHaveSize 2
        }
    }

    test("B42 malformed JSON in a successful answer is a typed error naming the path") {
        MockAtlan { json("""{"entity":{"typeName":"Table","attributes":""") }.use { m ->
            val e = shouldThrow<AtlanException.Api> { m.client.assets.get("g1") }
            e.cause.shouldBeInstanceOf<ModelDecodeException>()
            e.hint shouldContain "version"
        }
    }

    test("B43 an HTML error page from a proxy is described, not dumped") {
        MockAtlan(RetryPolicy.NONE) {
            respond("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", HttpStatusCode.BadGateway, headersOf(HttpHeaders.ContentType, "text/html"))
        }.use { m ->
            val e = shouldThrow<AtlanException.Api> { m.client.assets.get("g1") }
            e.message shouldContain "HTML page"
            e.message shouldContain "502 Bad Gateway"
            e.message shouldNotContain "nginx"
        }
    }

    test("B44 an empty error body still says what happened") {
        MockAtlan(RetryPolicy.NONE) { respond("", HttpStatusCode.InternalServerError) }.use { m ->
            shouldThrow<AtlanException.Api> { m.client.assets.get("g1") }.message shouldContain "empty body"
        }
    }

    test("tokens and secrets never reach logs, messages or toString") {
        capturingTraceLogs { appender ->
            val m = MockAtlan(RetryPolicy.builder().maxRetries(1).initialDelay(Duration.ofMillis(1)).build(), { oauthClient("client-1", "client-secret-xyz") }) { request ->
                if (request.url.encodedPath == "/api/service/oauth-clients/token") json("""{"accessToken":"issued-token-abcdef","expiresIn":600}""")
                // A misbehaving server that echoes the credentials back.
                else json(atlanError("ATLAS-500", "boom for ${request.headers[HttpHeaders.Authorization]} and client-secret-xyz"), HttpStatusCode.InternalServerError)
            }
            m.use {
                val e = shouldThrow<AtlanException.Api> { it.client.assets.get("g1") }
                val everything = appender.list.joinToString("\n") { ev -> ev.formattedMessage } + e.message + e.toString() + it.client.toString() + it.client.options.toString()
                everything shouldNotContain "issued-token-abcdef"
                everything shouldNotContain "client-secret-xyz"
                everything shouldContain "****"
                appender.list.any { ev -> ev.level == Level.TRACE } shouldBe true
            }
        }
    }

    test("proxy credentials never reach logs, messages or toString, even when the proxy echoes them") {
        capturingTraceLogs { appender ->
            val proxy = ProxySettings.fromEnvironment("https://tenant.example", mapOf("HTTPS_PROXY" to "http://proxy-user:proxy-pass-4321@127.0.0.1:3128"))!!
            val basic = java.util.Base64.getEncoder().encodeToString("proxy-user:proxy-pass-4321".toByteArray())
            val m = MockAtlan(RetryPolicy.NONE, { proxy(proxy) }) {
                json(atlanError("PROXY", "denied proxy-pass-4321 (Proxy-Authorization: Basic $basic)"), HttpStatusCode.BadGateway)
            }
            m.use {
                val e = shouldThrow<AtlanException.Api> { it.client.assets.get("g1") }
                val everything = appender.list.joinToString("\n") { ev -> ev.formattedMessage } + e.message + e.toString() + it.client.options.toString() + proxy.toString()
                everything shouldNotContain "proxy-pass-4321"
                everything shouldNotContain basic
                everything shouldContain "proxy-user"
            }
        }
    }
})
