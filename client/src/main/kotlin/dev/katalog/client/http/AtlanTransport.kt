package dev.katalog.client.http

import dev.katalog.client.AtlanClientOptions
import dev.katalog.client.AtlanException
import dev.katalog.client.auth.TokenSource
import io.ktor.client.engine.HttpClientEngine

/**
 * The shared [HttpTransport] speaking Atlan: its headers and request id, failures as [AtlanException]s, and
 * every secret of the client (its tokens, and proxy credentials as typed and as the Basic header a proxy might
 * echo back) masked wherever it could show.
 */
internal fun atlanTransport(options: AtlanClientOptions, engine: HttpClientEngine, tokens: TokenSource): HttpTransport {
    val proxySecrets = EngineFactory.proxySecrets(options.proxy)
    val redactor = Redactor { tokens.secrets() + proxySecrets }
    return HttpTransport(
        TransportSettings(options.baseUrl, options.retryPolicy, options.connectTimeout, options.readTimeout, options.maxConcurrentRequests),
        AtlanDialect(ErrorTranslator(redactor)), engine, tokens, redactor,
    )
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
