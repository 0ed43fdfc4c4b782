package dev.katalog.client.openmetadata

import dev.katalog.client.bodyText
import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.core.UsageException
import dev.katalog.client.json
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.InvalidFqnException
import dev.katalog.model.openmetadata.entity.data.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.longs.shouldBeGreaterThanOrEqual
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import java.io.IOException
import java.time.Duration
import java.util.concurrent.ExecutionException

/** The OpenMetadata client's own logic over a MockEngine: URLs, auth, version check, errors and retries. */
class OpenMetadataTransportSpec : FunSpec({
    test("getByName percent-encodes the whole FQN, sends the fields and the JWT") {
        MockOpenMetadata { json(MockOpenMetadata.tableJson()) }.use { m ->
            val fqn = Fqn.build("svc", "db", "sales.eu", "orders")
            val table = m.client.entities.getByName<Table>(fqn, fields = listOf("tags", "owner"))
            table.name shouldBe "orders"
            val request = m.requests.single()
            request.url.encodedPath shouldBe "/api/v1/tables/name/svc.db.%22sales.eu%22.orders"
            request.url.parameters["fields"] shouldBe "tags,owner"
            request.headers[HttpHeaders.Authorization] shouldBe "Bearer ${MockOpenMetadata.TOKEN}"
            request.headers["X-Request-Id"]!!.length shouldBe 36
        }
    }

    test("names with slashes, spaces and unicode stay one path segment") {
        MockOpenMetadata { json(MockOpenMetadata.tableJson()) }.use { m ->
            m.client.entities.getByName<Table>(Fqn.build("s", "d", "a/b c", "ü"))
            m.requests.single().url.encodedPath shouldBe "/api/v1/tables/name/s.d.a%2Fb%20c.%C3%BC"
        }
    }

    test("a malformed FQN fails before any call") {
        MockOpenMetadata { json(MockOpenMetadata.tableJson()) }.use { m ->
            shouldThrow<InvalidFqnException> { m.client.entities.getByName<Table>("svc..orders") }
            m.requests shouldHaveSize 0
        }
    }

    test("the server's major.minor is checked once before the first call") {
        MockOpenMetadata { json(MockOpenMetadata.tableJson()) }.use { m ->
            m.client.entities.getByName<Table>("a.b.c.d")
            m.client.entities.getByName<Table>("a.b.c.d")
            m.versionChecks shouldBe 1
        }
    }

    test("a server of another minor version is refused, with the opt-out in the hint") {
        MockOpenMetadata(serverVersion = "1.5.3") { json(MockOpenMetadata.tableJson()) }.use { m ->
            val e = shouldThrow<OpenMetadataException.IncompatibleServer> { m.client.entities.getByName<Table>("a.b.c.d") }
            e.serverVersion shouldBe "1.5.3"
            e.supportedVersion shouldBe "1.4"
            e.hint shouldContain "checkServerVersion(false)"
            m.requests shouldHaveSize 0
        }
        MockOpenMetadata(serverVersion = "1.5.3", configure = { checkServerVersion(false) }) { json(MockOpenMetadata.tableJson()) }.use { m ->
            m.client.entities.getByName<Table>("a.b.c.d").name shouldBe "orders"
            m.versionChecks shouldBe 0
        }
    }

    test("404 is NotFound with the server's message, null from the OrNull variants, and not retried") {
        MockOpenMetadata { json(MockOpenMetadata.omError(404, "table instance for a.b.c.d not found"), HttpStatusCode.NotFound) }.use { m ->
            shouldThrow<OpenMetadataException.NotFound> { m.client.entities.getByName<Table>("a.b.c.d") }.message shouldContain "not found"
            m.client.entities.getByNameOrNull<Table>("a.b.c.d").shouldBeNull()
            m.client.entities.getByIdOrNull<Table>(MockOpenMetadata.TABLE_ID).shouldBeNull()
            m.requests shouldHaveSize 3
        }
    }

    test("an id that is not a UUID fails before any call") {
        MockOpenMetadata { json(MockOpenMetadata.tableJson()) }.use { m ->
            shouldThrow<UsageException> { m.client.entities.getById<Table>("orders") }.fix shouldContain "getByName"
            m.requests shouldHaveSize 0
        }
    }

    test("a 429 waits for Retry-After (capped by the policy), then succeeds") {
        var calls = 0
        val policy = OpenMetadataClient.DEFAULT_RETRY_POLICY.toBuilder().maxRetryAfter(Duration.ofMillis(300)).initialDelay(Duration.ofMillis(1)).build()
        MockOpenMetadata(policy) {
            if (++calls == 1) json(MockOpenMetadata.omError(429, "slow down"), HttpStatusCode.TooManyRequests, HttpHeaders.RetryAfter to "1")
            else json(MockOpenMetadata.tableJson())
        }.use { m ->
            val started = System.nanoTime()
            m.client.entities.getByName<Table>("a.b.c.d").name shouldBe "orders"
            ((System.nanoTime() - started) / 1_000_000) shouldBeGreaterThanOrEqual 300
            m.requests shouldHaveSize 2
        }
    }

    test("429 past the retries is RateLimit with the server's Retry-After") {
        MockOpenMetadata(OpenMetadataClient.DEFAULT_RETRY_POLICY.toBuilder().maxRateLimitRetries(1).maxRetryAfter(Duration.ofMillis(1)).build()) {
            json(MockOpenMetadata.omError(429, "slow down"), HttpStatusCode.TooManyRequests, HttpHeaders.RetryAfter to "7")
        }.use { m ->
            val e = shouldThrow<OpenMetadataException.RateLimit> { m.client.entities.getByName<Table>("a.b.c.d") }
            e.retryAfterSeconds shouldBe 7
            m.requests shouldHaveSize 2
        }
    }

    test("503 is retried with one request id, then is an Api error with the status and the retry count") {
        MockOpenMetadata(OpenMetadataClient.DEFAULT_RETRY_POLICY.toBuilder().maxRetries(2).initialDelay(Duration.ofMillis(1)).build()) {
            json(MockOpenMetadata.omError(503, "overloaded"), HttpStatusCode.ServiceUnavailable)
        }.use { m ->
            val e = shouldThrow<OpenMetadataException.Api> { m.client.entities.getByName<Table>("a.b.c.d") }
            e.status shouldBe 503
            e.hint shouldContain "retried 2 times"
            m.requests shouldHaveSize 3
            m.requests.map { it.headers["X-Request-Id"] }.toSet() shouldBe setOf(e.requestId)
        }
    }

    test("a connection reset is retried; one that persists is ApiConnection") {
        var calls = 0
        MockOpenMetadata { if (++calls < 3) throw IOException("Connection reset by peer") else json(MockOpenMetadata.tableJson()) }.use { m ->
            m.client.entities.getByName<Table>("a.b.c.d").name shouldBe "orders"
            m.requests shouldHaveSize 3
        }
        MockOpenMetadata(OpenMetadataClient.DEFAULT_RETRY_POLICY.toBuilder().maxRetries(1).initialDelay(Duration.ofMillis(1)).build()) {
            throw IOException("Connection reset by peer")
        }.use { m ->
            val e = shouldThrow<OpenMetadataException.ApiConnection> { m.client.entities.getByName<Table>("a.b.c.d") }
            e.message shouldContain "Connection reset"
            e.hint shouldContain "retried 1 times"
        }
    }

    test("a read timeout is retried; one that persists is ApiConnection naming where timeouts are set; CallTimeout overrides it") {
        var calls = 0
        MockOpenMetadata(configure = { readTimeout(Duration.ofMillis(200)) }) {
            if (++calls == 1) kotlinx.coroutines.delay(2_000)
            json(MockOpenMetadata.tableJson())
        }.use { m ->
            m.client.entities.getByName<Table>("a.b.c.d").name shouldBe "orders"
            m.requests shouldHaveSize 2
        }
        MockOpenMetadata(RetryPolicy.NONE) {
            kotlinx.coroutines.delay(2_000)
            json(MockOpenMetadata.tableJson())
        }.use { m ->
            kotlinx.coroutines.withContext(dev.katalog.client.core.CallTimeout(Duration.ofMillis(100))) {
                shouldThrow<OpenMetadataException.ApiConnection> { m.client.entities.getByName<Table>("a.b.c.d") }.hint shouldContain "OpenMetadataClient.builder()"
            }
        }
    }

    test("java().withTimeout is the read timeout of each call of the Java twins") {
        MockOpenMetadata(RetryPolicy.NONE) {
            kotlinx.coroutines.delay(1_000)
            json(MockOpenMetadata.tableJson())
        }.use { m ->
            val e = shouldThrow<ExecutionException> { m.client.java().withTimeout(Duration.ofMillis(100)).entities().getByName(EntityKinds.TABLE, "a.b.c.d").get() }
            e.cause.shouldBeInstanceOf<OpenMetadataException.ApiConnection>()
            // The client's own read timeout (2 minutes) lets the same call through.
            m.client.java().entities().getByName(EntityKinds.TABLE, "a.b.c.d").get().name shouldBe "orders"
        }
    }

    test("403 is not retried (OpenMetadata permissions do not lag) and 401 names the JWT, redacted") {
        MockOpenMetadata { json(MockOpenMetadata.omError(403, "Principal bot is not authorized"), HttpStatusCode.Forbidden) }.use { m ->
            shouldThrow<OpenMetadataException.Permission> { m.client.entities.getByName<Table>("a.b.c.d") }
            m.requests shouldHaveSize 1
        }
        MockOpenMetadata { json(MockOpenMetadata.omError(401, "Token ${MockOpenMetadata.TOKEN} has expired"), HttpStatusCode.Unauthorized) }.use { m ->
            val e = shouldThrow<OpenMetadataException.Authentication> { m.client.entities.getByName<Table>("a.b.c.d") }
            e.message shouldNotContain MockOpenMetadata.TOKEN
            e.message shouldContain "****"
            e.hint shouldContain "OPENMETADATA_JWT_TOKEN"
        }
    }

    test("an HTML answer says a proxy or a wrong base URL is in the way") {
        MockOpenMetadata(RetryPolicy.NONE) { json("<html><title>Bad gateway</title></html>", HttpStatusCode.BadGateway) }.use { m ->
            shouldThrow<OpenMetadataException.Api> { m.client.entities.getByName<Table>("a.b.c.d") }.message shouldContain "HTML page"
        }
    }

    test("an answer that does not fit the model is an Api error naming the path") {
        MockOpenMetadata { json("""{"id":"${MockOpenMetadata.TABLE_ID}","name":"orders","columns":[{"name":"id"}]}""") }.use { m ->
            shouldThrow<OpenMetadataException.Api> { m.client.entities.getByName<Table>("a.b.c.d") }.message shouldContain "columns[0]"
        }
    }

    test("the base URL may be given with /api/v1; a missing JWT or URL is a UsageException with the fix") {
        MockOpenMetadata(configure = { baseUrl("https://om.example/api/v1/") }) { json(MockOpenMetadata.tableJson()) }.use { m ->
            m.client.entities.getByName<Table>("a.b.c.d")
            m.requests.single().url.toString() shouldContain "https://om.example/api/v1/tables/name/a.b.c.d"
        }
        shouldThrow<UsageException> { OpenMetadataClient.builder().baseUrl("http://x").build() }.fix shouldContain "OPENMETADATA_JWT_TOKEN"
        shouldThrow<UsageException> { OpenMetadataClient.fromEnv(mapOf("OPENMETADATA_JWT_TOKEN" to "t")) }.message shouldContain "OPENMETADATA_BASE_URL"
        shouldThrow<UsageException> { OpenMetadataClient.builder().baseUrl("localhost:8585").jwt("t").build() }.message shouldContain "http://"
    }

    test("the JWT can come from a file, read again after a 401") {
        val file = kotlin.io.path.createTempFile("jwt", ".txt")
        file.toFile().writeText("old-token-1111\n")
        var calls = 0
        MockOpenMetadata(configure = { jwtFile(file) }) { request ->
            calls++
            if (request.headers[HttpHeaders.Authorization] == "Bearer old-token-1111") {
                file.toFile().writeText("new-token-2222")
                json(MockOpenMetadata.omError(401, "expired"), HttpStatusCode.Unauthorized)
            } else json(MockOpenMetadata.tableJson())
        }.use { m ->
            m.client.entities.getByName<Table>("a.b.c.d").name shouldBe "orders"
            m.requests.last().headers[HttpHeaders.Authorization] shouldBe "Bearer new-token-2222"
        }
        file.toFile().delete()
    }
})
