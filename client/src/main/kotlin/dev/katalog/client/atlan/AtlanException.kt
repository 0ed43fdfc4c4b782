package dev.katalog.client.atlan

/**
 * Every failure of an Atlan call: what went wrong ([message]), the HTTP [status] and the server's
 * [errorCode] when there was an answer, the [requestId] to quote to support, and a [hint] that says
 * what to do. Callers can `when` over the subclasses.
 */
public sealed class AtlanException(
    message: String,
    public val status: Int?,
    public val errorCode: String?,
    public val requestId: String?,
    public val hint: String,
    cause: Throwable? = null,
) : RuntimeException(format(message, status, errorCode, requestId, hint), cause) {

    /** The server could not be reached, or did not answer in time. */
    public class ApiConnection(message: String, requestId: String?, hint: String, cause: Throwable? = null) :
        AtlanException(message, null, null, requestId, hint, cause)

    /** 401: the token is missing, wrong or expired. */
    public class Authentication(message: String, status: Int?, errorCode: String?, requestId: String?, hint: String, cause: Throwable? = null) :
        AtlanException(message, status, errorCode, requestId, hint, cause)

    /** 403: the token may not do this (right after a connection is created, permissions may still be on their way). */
    public class Permission(message: String, errorCode: String?, requestId: String?, hint: String) :
        AtlanException(message, 403, errorCode, requestId, hint)

    /** 404: what was asked for does not exist. */
    public class NotFound(message: String, errorCode: String?, requestId: String?, hint: String) :
        AtlanException(message, 404, errorCode, requestId, hint)

    /** 409: the change conflicts with the catalog's state. */
    public class Conflict(message: String, errorCode: String?, requestId: String?, hint: String) :
        AtlanException(message, 409, errorCode, requestId, hint)

    /** 400 (and other 4xx): the request is not valid; the message says why. */
    public class InvalidRequest(message: String, status: Int, errorCode: String?, requestId: String?, hint: String) :
        AtlanException(message, status, errorCode, requestId, hint)

    /** 429 after every retry: the server asks to slow down; [retryAfterSeconds] is its own advice. */
    public class RateLimit(message: String, errorCode: String?, requestId: String?, hint: String, public val retryAfterSeconds: Long?) :
        AtlanException(message, 429, errorCode, requestId, hint)

    /** Any other failure of the server, or an answer that could not be read. */
    public class Api(message: String, status: Int?, errorCode: String?, requestId: String?, hint: String, cause: Throwable? = null) :
        AtlanException(message, status, errorCode, requestId, hint, cause)

    /** A broken assumption on the client side (a search that cannot page, a missing cache entry…). */
    public class Logic(message: String, hint: String) : AtlanException(message, null, null, null, hint)

    private companion object {
        fun format(message: String, status: Int?, errorCode: String?, requestId: String?, hint: String): String = buildString {
            if (status != null) append("HTTP ").append(status).append(' ')
            if (errorCode != null) append(errorCode).append(": ")
            append(message)
            if (requestId != null) append(" (request ").append(requestId).append(')')
            append(". Hint: ").append(hint)
        }
    }
}
