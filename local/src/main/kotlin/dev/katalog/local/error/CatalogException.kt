package dev.katalog.local.error

import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/**
 * A request the local catalog refuses, answered as Atlan answers it: the HTTP [status], Atlan's
 * [errorCode] and a [message] that names the problem. Request content quoted in a message is JSON-escaped
 * on output, and `<`, `>`, `&` are written as `\u` escapes too, so no error can smuggle markup to a page showing it.
 */
internal sealed class CatalogException(val status: Int, val errorCode: String, message: String) : RuntimeException(message) {
    class BadRequest(message: String, code: String = "ATLAS-400-00-001") : CatalogException(400, code, message)
    class Unauthorized(message: String) : CatalogException(401, "ATLAN-401-00-001", message)
    class NotFound(message: String, code: String = "ATLAS-404-00-005") : CatalogException(404, code, message)
    class Conflict(message: String, code: String = "ATLAS-409-00-001") : CatalogException(409, code, message)
    class UnsupportedMediaType(message: String) : CatalogException(415, "ATLAN-415-00-001", message)
    class PayloadTooLarge(message: String) : CatalogException(413, "ATLAN-413-00-001", message)
    class Backend(message: String) : CatalogException(500, "ATLAS-500-00-001", message)
    class TooManyRequests : CatalogException(429, "ATLAN-429-00-001", "Too many requests: retry after 1 second")
    class Unavailable : CatalogException(503, "ATLAN-503-00-001", "Service temporarily unavailable: retry shortly")

    /** The Atlan error body: `errorCode`, `errorMessage`, `errorId`. */
    fun body(errorId: String): String = buildJsonObject {
        put("errorCode", errorCode)
        put("errorMessage", clip(message.orEmpty()))
        put("errorId", errorId)
    }.toString().escapeMarkup()

    private fun clip(text: String): String = if (text.length <= MAX_MESSAGE) text else text.take(MAX_MESSAGE) + "…"

    companion object {
        private const val MAX_MESSAGE = 2000

        /** JSON text with `<`, `>` and `&` escaped; they can only occur inside strings, where `\u` escapes mean the same. */
        fun String.escapeMarkup(): String = replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    }
}
