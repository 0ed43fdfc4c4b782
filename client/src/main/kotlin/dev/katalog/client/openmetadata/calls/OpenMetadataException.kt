package dev.katalog.client.openmetadata.calls

/**
 * Every failure of an OpenMetadata call: what went wrong ([message]), the HTTP [status] when there was an
 * answer, the [requestId] the client sent (header `X-Request-Id`), and a [hint] that says what to do.
 * Callers can `when` over the subclasses. Arguments the client cannot use fail before any call, as
 * `dev.katalog.client.core.UsageException`.
 */
public sealed class OpenMetadataException(
    message: String,
    public val status: Int?,
    public val requestId: String?,
    public val hint: String,
    cause: Throwable? = null,
) : RuntimeException(format(message, status, requestId, hint), cause) {

    /** The server could not be reached, or did not answer in time. */
    public class ApiConnection(message: String, requestId: String?, hint: String, cause: Throwable? = null) :
        OpenMetadataException(message, null, requestId, hint, cause)

    /** 401: the JWT is missing, wrong or expired. */
    public class Authentication(message: String, requestId: String?, hint: String) :
        OpenMetadataException(message, 401, requestId, hint)

    /** 403: the JWT's principal may not do this. */
    public class Permission(message: String, requestId: String?, hint: String) :
        OpenMetadataException(message, 403, requestId, hint)

    /** 404: the entity (or path) does not exist; the `…OrNull` calls answer null instead. */
    public class NotFound(message: String, requestId: String?, hint: String) :
        OpenMetadataException(message, 404, requestId, hint)

    /** 409: the entity already exists (a POST create) or changed meanwhile. */
    public class Conflict(message: String, requestId: String?, hint: String) :
        OpenMetadataException(message, 409, requestId, hint)

    /** 400 (and other 4xx): the request is not valid; the message is the server's reason. */
    public class InvalidRequest(message: String, status: Int, requestId: String?, hint: String) :
        OpenMetadataException(message, status, requestId, hint)

    /** 429 after every retry; [retryAfterSeconds] is the server's own advice. */
    public class RateLimit(message: String, requestId: String?, hint: String, public val retryAfterSeconds: Long?) :
        OpenMetadataException(message, 429, requestId, hint)

    /** Any other failure of the server, or an answer that could not be read. */
    public class Api(message: String, status: Int?, requestId: String?, hint: String, cause: Throwable? = null) :
        OpenMetadataException(message, status, requestId, hint, cause)

    /** The server's major.minor version differs from the one this SDK speaks ([serverVersion] vs [supportedVersion]). */
    public class IncompatibleServer(public val serverVersion: String, public val supportedVersion: String, hint: String) :
        OpenMetadataException("The server runs OpenMetadata $serverVersion; this SDK speaks $supportedVersion", null, null, hint)

    /** An entity of a tree that an apply did not send because its parent at [failedParent] failed first. */
    public class NotAttempted(public val failedParent: String) :
        OpenMetadataException("Not attempted: its parent $failedParent failed", null, null, "Fix the parent's failure and apply again")

    private companion object {
        fun format(message: String, status: Int?, requestId: String?, hint: String): String = buildString {
            if (status != null) append("HTTP ").append(status).append(' ')
            append(message)
            if (requestId != null) append(" (request ").append(requestId).append(')')
            append(". Hint: ").append(hint)
        }
    }
}
