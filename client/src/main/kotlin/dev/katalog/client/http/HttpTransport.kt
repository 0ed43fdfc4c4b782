package dev.katalog.client.http

import dev.katalog.client.core.CallTimeout
import dev.katalog.client.http.TokenSource
import io.ktor.client.HttpClient
import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.plugins.timeout
import io.ktor.client.request.header
import io.ktor.client.request.request
import io.ktor.client.request.setBody
import io.ktor.client.statement.HttpResponse
import io.ktor.client.statement.bodyAsBytes
import io.ktor.http.charset
import io.ktor.http.ContentType
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.http.content.TextContent
import io.ktor.http.takeFrom
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.delay
import kotlinx.coroutines.isActive
import org.slf4j.LoggerFactory
import java.io.IOException
import java.time.Duration
import java.util.UUID
import kotlin.random.Random

/**
 * Sends the calls of one client, whichever backend it talks to: authorization, the [dialect]'s headers, a
 * request id per call, the client-wide gate (concurrency and 429 pauses), retries with backoff, one token
 * refresh on a 401, and the dialect's typed errors. Secrets never reach its logs.
 */
internal class HttpTransport(
    private val options: TransportSettings,
    private val dialect: TransportDialect,
    engine: HttpClientEngine,
    private val tokens: TokenSource,
    val redactor: Redactor,
    private val now: () -> Long = { System.nanoTime() / 1_000_000 },
    private val random: Random = Random.Default,
) : AutoCloseable {
    private val log = LoggerFactory.getLogger("dev.katalog.client.http")
    private val policy = options.retryPolicy
    val gate = RateLimitGate(options.maxConcurrentRequests, now)

    private val http = HttpClient(engine) {
        expectSuccess = false
        install(HttpTimeout) {
            connectTimeoutMillis = options.connectTimeout.toMillis()
            requestTimeoutMillis = options.readTimeout.toMillis()
            socketTimeoutMillis = options.readTimeout.toMillis()
        }
    }

    /**
     * Sends [method] [path] with [query] and a JSON [body]; returns the body of a 2xx answer, retrying
     * what the policy retries, and throws the dialect's exception otherwise.
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
    ): String {
        val requestId = UUID.randomUUID().toString()
        val callTimeout = timeout ?: currentCoroutineContext()[CallTimeout]?.timeout
        var retries = 0
        var rateLimited = 0
        var refreshed = false
        // An explicit token (start-up exchanges) is used as is; otherwise the client's own, refreshed on a 401.
        val tokenIsOwn = explicitToken == null
        var token = explicitToken ?: if (authenticated) tokens.token() else null
        while (true) {
            val started = now()
            val outcome = try {
                gate.pass { send(method, path, query, body, contentType, token, requestId, callTimeout) }
            } catch (e: CancellationException) {
                throw e
            } catch (e: Exception) {
                // A cancelled call can surface as the exception that cancelled it (a sibling's failure): not this call's fault.
                if (!currentCoroutineContext().isActive) throw e
                // A TLS failure never heals by retrying: the fix is the base URL's scheme or a trust store.
                TlsFailure.of(e, options.baseUrl, dialect.builderName)?.let { tls ->
                    throw dialect.connectionFailure(
                        "TLS with ${options.baseUrl} failed: ${redactor.redact(tls.problem.message ?: tls.problem.javaClass.simpleName)}", requestId, tls.hint, e,
                    )
                }
                if (e !is IOException) throw dialect.connectionFailure(
                    "Could not call ${options.baseUrl}$path: ${redactor.redact(e.message ?: e.javaClass.simpleName)}", requestId,
                    "Check the base URL (${options.baseUrl}) and the network", e,
                )
                if (retries < policy.maxRetries) {
                    retries++
                    val wait = policy.backoff(retries, random).toMillis()
                    log.warn("{} {} failed to connect ({}); retry {}/{} in {} ms [{}]", method.value, path, e.javaClass.simpleName, retries, policy.maxRetries, wait, requestId)
                    delay(wait)
                    continue
                }
                throw dialect.connectionFailure(
                    "No answer from ${options.baseUrl}$path: ${redactor.redact(e.message ?: e.javaClass.simpleName)}", requestId,
                    "Check the base URL, the network and proxy settings; retried $retries times. Timeouts are set on ${dialect.builderName}", e,
                )
            }
            log.debug("{} {} -> {} in {} ms [{}]", method.value, path, outcome.status, now() - started, requestId)
            if (log.isTraceEnabled) log.trace("answer [{}]: {}", requestId, redactor.redact(outcome.body.take(2000)))
            when {
                outcome.status in 200..299 -> return outcome.body
                outcome.status == 401 && authenticated && !refreshed && tokenIsOwn -> {
                    refreshed = true
                    token = tokens.refreshAfterRejection(token!!) ?: throw dialect.answerFailure(401, outcome.body, outcome.contentType, requestId, null, retries)
                }
                outcome.status == 429 && 429 in policy.retryStatuses && rateLimited < policy.maxRateLimitRetries -> {
                    rateLimited++
                    val wait = policy.rateLimitDelay(rateLimited, outcome.retryAfter, random).toMillis()
                    log.warn("{} {} rate limited; every call of this client pauses {} ms (wait {}/{}) [{}]", method.value, path, wait, rateLimited, policy.maxRateLimitRetries, requestId)
                    gate.pauseFor(wait)
                }
                outcome.status != 429 && outcome.status in policy.retryStatuses && retries < policy.maxRetries -> {
                    retries++
                    val wait = policy.backoff(retries, random).toMillis()
                    log.warn("{} {} answered {}; retry {}/{} in {} ms [{}]", method.value, path, outcome.status, retries, policy.maxRetries, wait, requestId)
                    delay(wait)
                }
                else -> throw dialect.answerFailure(outcome.status, outcome.body, outcome.contentType, requestId, outcome.retryAfter, if (outcome.status == 429) rateLimited else retries)
            }
        }
    }

    private class Outcome(val status: Int, val body: String, val contentType: String?, val retryAfter: Long?)

    private suspend fun send(
        method: HttpMethod, path: String, query: List<Pair<String, String>>, body: String?, contentType: ContentType, token: String?, requestId: String, timeout: Duration?,
    ): Outcome {
        if (log.isTraceEnabled && body != null) log.trace("{} {} [{}]: {}", method.value, path, requestId, redactor.redact(body.take(2000)))
        val response = http.request {
            this.method = method
            url {
                takeFrom(options.baseUrl + path)
                query.forEach { (k, v) -> parameters.append(k, v) }
            }
            dialect.headers.forEach { (k, v) -> header(k, v) }
            header(dialect.requestIdHeader, requestId)
            if (token != null) header(HttpHeaders.Authorization, "Bearer $token")
            if (body != null) setBody(TextContent(body, contentType))
            if (timeout != null) timeout { requestTimeoutMillis = timeout.toMillis(); socketTimeoutMillis = timeout.toMillis() }
        }
        return Outcome(
            response.status.value, response.text(), response.headers[HttpHeaders.ContentType],
            response.headers[HttpHeaders.RetryAfter]?.trim()?.toLongOrNull(),
        )
    }

    /**
     * The body as text in the charset the answer names (UTF-8 when it names none). The JDK's decoder turns a page of
     * search results into a String in one intrinsic pass, where `bodyAsText` decodes it character by character.
     */
    private suspend fun HttpResponse.text(): String = String(bodyAsBytes(), charset() ?: Charsets.UTF_8)

    override fun close() {
        http.close()
    }
}
