package dev.katalog.client.http

/**
 * What one backend's calls look like on top of the shared [HttpTransport]: its fixed headers, its request-id
 * header, and how its failures become its own typed exceptions.
 */
internal interface TransportDialect {
    /** The header carrying the per-call request id. */
    val requestIdHeader: String

    /** Headers every call carries besides authorization and the request id. */
    val headers: Map<String, String>

    /** Where timeouts and trust stores are configured, for hints, e.g. `AtlanClient.builder()`. */
    val builderName: String

    /** The exception for a call that got no answer (refused, reset, timed out, TLS failed). */
    fun connectionFailure(message: String, requestId: String, hint: String, cause: Throwable): RuntimeException

    /** The exception for an unsuccessful answer that is not retried (any more). */
    fun answerFailure(status: Int, body: String, contentType: String?, requestId: String, retryAfter: Long?, retries: Int): RuntimeException
}
