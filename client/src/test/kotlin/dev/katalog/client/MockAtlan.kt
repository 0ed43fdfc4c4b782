package dev.katalog.client

import dev.katalog.client.core.RetryPolicy
import io.ktor.client.engine.mock.MockEngine
import io.ktor.client.engine.mock.MockRequestHandleScope
import io.ktor.client.engine.mock.respond
import io.ktor.client.request.HttpRequestData
import io.ktor.client.request.HttpResponseData
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.http.content.TextContent
import io.ktor.http.headersOf
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList

/** A client over a MockEngine whose answers come from [handler]; [requests] records what was sent. */
class MockAtlan(
    policy: RetryPolicy = RetryPolicy.builder().initialDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build(),
    configure: AtlanClientBuilder.() -> Unit = {},
    private val handler: suspend MockRequestHandleScope.(HttpRequestData) -> HttpResponseData,
) : AutoCloseable {
    val requests = CopyOnWriteArrayList<HttpRequestData>()
    val engine = MockEngine { request ->
        requests += request
        handler(request)
    }
    val client: AtlanClient = AtlanClient.builder().baseUrl("https://tenant.example").apiToken(TOKEN)
        .retryPolicy(policy).proxy(null).engine(engine).apply(configure).build()

    override fun close() {
        client.close()
        engine.close()
    }

    companion object {
        const val TOKEN = "secret-token-123456"
        val jsonHeaders = headersOf(HttpHeaders.ContentType, "application/json")
    }
}

fun MockRequestHandleScope.json(body: String, status: HttpStatusCode = HttpStatusCode.OK, vararg headers: Pair<String, String>): HttpResponseData =
    respond(body, status, headersOf(*(listOf(HttpHeaders.ContentType to listOf("application/json")) + headers.map { it.first to listOf(it.second) }).toTypedArray()))

fun HttpRequestData.bodyText(): String = (body as? TextContent)?.text ?: ""

fun entityJson(guid: String, typeName: String = "Table", qualifiedName: String = "default/snowflake/1/DB/S/$guid"): String =
    """{"typeName":"$typeName","guid":"$guid","status":"ACTIVE","attributes":{"qualifiedName":"$qualifiedName","name":"$guid"}}"""

fun atlanError(code: String, message: String): String = """{"errorCode":"$code","errorMessage":"$message","errorCause":null}"""
