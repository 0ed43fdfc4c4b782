package dev.katalog.client.openmetadata.calls

import dev.katalog.client.http.Redactor
import dev.katalog.client.http.describeAnswer
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Turns an unsuccessful OpenMetadata answer (`{"code":404,"message":"…"}` or anything else) into its [OpenMetadataException]. */
internal class ErrorTranslator(private val redactor: Redactor) {

    fun translate(status: Int, body: String, contentType: String?, requestId: String, retryAfter: Long?, retries: Int): OpenMetadataException {
        val message = redactor.redact(serverMessage(body) ?: describeAnswer(status, body, contentType, "OpenMetadata JSON", "check that the base URL ends before /api/v1 and no proxy is in the way"))
        return when (status) {
            400 -> OpenMetadataException.InvalidRequest(message, status, requestId, "Fix the request as the message says, then send it again")
            401 -> OpenMetadataException.Authentication(message, requestId,
                "Check the JWT (OPENMETADATA_JWT_TOKEN or OPENMETADATA_JWT_TOKEN_FILE): bot tokens can expire or be revoked")
            403 -> OpenMetadataException.Permission(message, requestId, "The JWT's principal lacks a role allowing this: ask an admin, or use a bot with the right policy")
            404 -> OpenMetadataException.NotFound(message, requestId, "Check the name (a fully qualified name, see Fqn.build) or id; use the …OrNull call when absence is expected")
            409 -> OpenMetadataException.Conflict(message, requestId, "It exists already: use createOrUpdate (PUT), or read it and patch it")
            429 -> OpenMetadataException.RateLimit(message, requestId,
                "Still rate limited after $retries waits: lower maxConcurrentRequests, or allow more with RetryPolicy.builder().maxRateLimitRetries(…)", retryAfter)
            in 400..499 -> OpenMetadataException.InvalidRequest(message, status, requestId, "Fix the request as the message says, then send it again")
            else -> OpenMetadataException.Api(message, status, requestId, "The server failed (retried $retries times): try again later, or check its logs for request $requestId")
        }
    }

    private fun serverMessage(body: String): String? {
        if (!body.trimStart().startsWith("{")) return null
        val json = runCatching { Json.parseToJsonElement(body) as? JsonObject }.getOrNull() ?: return null
        return (json["message"] as? JsonPrimitive)?.takeIf { it.isString }?.content
            ?: (json["errorMessage"] as? JsonPrimitive)?.takeIf { it.isString }?.content
    }
}
