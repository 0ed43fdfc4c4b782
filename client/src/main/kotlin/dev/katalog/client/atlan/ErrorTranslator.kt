package dev.katalog.client.atlan

import dev.katalog.client.http.Redactor
import dev.katalog.client.http.describeAnswer
import dev.katalog.model.atlan.api.AtlanErrorBody
import dev.katalog.model.json.KatalogJson

/** Turns an unsuccessful answer into the [AtlanException] that names the problem and the fix. */
internal class ErrorTranslator(private val redactor: Redactor) {

    fun translate(status: Int, body: String, contentType: String?, requestId: String, retryAfter: Long?, retries: Int): AtlanException {
        val error = parse(body)
        val code = error?.errorCode ?: error?.code?.content
        val message = redactor.redact(error?.errorMessage ?: error?.message ?: describeAnswer(status, body, contentType, "Atlan JSON", "a proxy or gateway may be in the way"))
        return when (status) {
            400 -> AtlanException.InvalidRequest(message, status, code, requestId, "Fix the request as the message says, then send it again")
            401 -> AtlanException.Authentication(message, status, code, requestId,
                "Check the API token (ATLAN_API_KEY) or the OAuth client credentials; tokens can expire or be revoked")
            403 -> AtlanException.Permission(message, code, requestId,
                "The token is not allowed to do this; right after a connection is created permissions can lag (retried $retries times)")
            404 -> AtlanException.NotFound(message, code, requestId, "Check the GUID, type and qualifiedName; use the OrNull variant when absence is expected")
            409 -> AtlanException.Conflict(message, code, requestId, "Another change got there first: read the asset again and retry")
            413 -> AtlanException.InvalidRequest(message, status, code, requestId, "The request body is too large: save in smaller batches")
            429 -> AtlanException.RateLimit(message, code, requestId,
                "Still rate limited after $retries waits: lower maxConcurrentRequests, or allow more with RetryPolicy.builder().maxRateLimitRetries(…)", retryAfter)
            in 400..499 -> AtlanException.InvalidRequest(message, status, code, requestId, "Fix the request as the message says, then send it again")
            else -> AtlanException.Api(message, status, code, requestId,
                "The server failed (retried $retries times): try again later, or quote the request id to support")
        }
    }

    private fun parse(body: String): AtlanErrorBody? =
        if (!body.trimStart().startsWith("{")) null
        else runCatching { KatalogJson.decode(AtlanErrorBody.serializer(), body) }.getOrNull()
}
