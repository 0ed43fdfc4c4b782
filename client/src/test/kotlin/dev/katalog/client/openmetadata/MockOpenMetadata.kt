package dev.katalog.client.openmetadata

import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.json
import io.ktor.client.engine.mock.MockEngine
import io.ktor.client.engine.mock.MockRequestHandleScope
import io.ktor.client.request.HttpRequestData
import io.ktor.client.request.HttpResponseData
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList

/**
 * An [OpenMetadataClient] over a MockEngine answering with [handler]; [requests] records what was sent (the
 * version check excluded), and every body is checked by [OutgoingRequestValidator].
 */
class MockOpenMetadata(
    policy: RetryPolicy = OpenMetadataClient.DEFAULT_RETRY_POLICY.toBuilder().initialDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build(),
    serverVersion: String = "1.4.2",
    configure: OpenMetadataClientBuilder.() -> Unit = {},
    private val handler: suspend MockRequestHandleScope.(HttpRequestData) -> HttpResponseData,
) : AutoCloseable {
    val requests = CopyOnWriteArrayList<HttpRequestData>()
    var versionChecks = 0
        private set
    val engine = MockEngine { request ->
        OutgoingRequestValidator.check(request)
        if (request.url.encodedPath == "/api/v1/system/version") {
            versionChecks++
            return@MockEngine json("""{"version":"$serverVersion","revision":"abc","timestamp":1700000000000}""")
        }
        requests += request
        handler(request)
    }
    val client: OpenMetadataClient = OpenMetadataClient.builder().baseUrl("https://om.example").jwt(TOKEN)
        .retryPolicy(policy).engine(engine).apply(configure).build()

    override fun close() {
        client.close()
        engine.close()
    }

    companion object {
        const val TOKEN = "eyJhbGciOiJSUzI1NiJ9.bot-token-123456"
        const val TABLE_ID = "7f1b3c0e-3a8e-4b8a-9a57-0d1c2e3f4a5b"
        const val SCHEMA_ID = "0b8a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"

        fun tableJson(name: String = "orders", id: String = TABLE_ID, fqn: String = "svc.db.\\\"sales.eu\\\".$name", description: String? = null): String =
            """{"id":"$id","name":"$name","fullyQualifiedName":"$fqn","version":0.1,"columns":[{"name":"id","dataType":"BIGINT"}],""" +
                """"databaseSchema":{"id":"$SCHEMA_ID","type":"databaseSchema"}${description?.let { ",\"description\":\"$it\"" } ?: ""}}"""

        fun omError(code: Int, message: String): String = """{"code":$code,"message":"$message"}"""
    }
}
