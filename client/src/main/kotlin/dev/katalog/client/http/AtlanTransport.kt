package dev.katalog.client.http

import dev.katalog.client.AtlanClientOptions
import dev.katalog.client.AtlanException
import dev.katalog.client.auth.TokenSource
import io.ktor.client.engine.HttpClientEngine
import io.ktor.http.ContentType
import io.ktor.http.HttpMethod
import java.time.Duration
import kotlin.random.Random

/**
 * Sends Atlan calls through the shared [HttpTransport]: the Atlan headers and request id, and failures as
 * [AtlanException]s. Secrets never reach its logs.
 */
internal class AtlanTransport(
    options: AtlanClientOptions,
    engine: HttpClientEngine,
    tokens: TokenSource,
    now: () -> Long = { System.nanoTime() / 1_000_000 },
    random: Random = Random.Default,
) : AutoCloseable {
    // Proxy credentials too, as typed and as the Basic header a proxy might echo back.
    private val proxySecrets = options.proxy?.password?.let { password ->
        listOf(password, java.util.Base64.getEncoder().encodeToString("${options.proxy.username.orEmpty()}:$password".toByteArray()))
    }.orEmpty()
    val redactor = Redactor { tokens.secrets() + proxySecrets }
    private val transport = HttpTransport(
        TransportSettings(options.baseUrl, options.retryPolicy, options.connectTimeout, options.readTimeout, options.maxConcurrentRequests),
        AtlanDialect(ErrorTranslator(redactor)), engine, tokens, redactor, now, random,
    )
    val gate: RateLimitGate get() = transport.gate

    /**
     * Sends [method] [path] with [query] and a JSON [body]; returns the body of a 2xx answer, retrying
     * what the policy retries, and throws the matching [AtlanException] otherwise.
     */
    suspend fun call(
        method: HttpMethod,
        path: String,
        query: List<Pair<String, String>> = emptyList(),
        body: String? = null,
        authenticated: Boolean = true,
        timeout: Duration? = null,
        contentType: ContentType = ContentType.Application.Json,
        explicitToken: String? = null,
    ): String = transport.call(method, path, query, body, authenticated, timeout, contentType, explicitToken)

    override fun close() {
        transport.close()
    }

    private class AtlanDialect(private val errors: ErrorTranslator) : TransportDialect {
        override val requestIdHeader = AtlanHeaders.REQUEST_ID
        override val headers = AtlanHeaders.fixed
        override val builderName = "AtlanClient.builder()"

        override fun connectionFailure(message: String, requestId: String, hint: String, cause: Throwable): RuntimeException =
            AtlanException.ApiConnection(message, requestId, hint, cause)

        override fun answerFailure(status: Int, body: String, contentType: String?, requestId: String, retryAfter: Long?, retries: Int): RuntimeException =
            errors.translate(status, body, contentType, requestId, retryAfter, retries)
    }
}
