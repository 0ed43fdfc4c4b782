package dev.katalog.local.openmetadata

import dev.katalog.local.error.CatalogException.Companion.escapeMarkup
import dev.katalog.local.error.CatalogException
import dev.katalog.local.http.ErrorFormat
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** OpenMetadata's error body, `{"code":404,"message":"…"}`; the message is JSON-escaped (markup characters too) and clipped like Atlan's. */
internal object OpenMetadataErrors {
    private const val MAX_MESSAGE = 2000

    val FORMAT: ErrorFormat = ErrorFormat { error, _ ->
        val message = error.message.orEmpty()
        buildJsonObject {
            put("code", error.status)
            put("message", if (message.length <= MAX_MESSAGE) message else message.take(MAX_MESSAGE) + "…")
        }.toString().escapeMarkup()
    }

    fun notFound(type: String, key: String): CatalogException = CatalogException.NotFound("$type instance for ${quoteIfLong(key)} not found")

    fun badRequest(message: String): CatalogException = CatalogException.BadRequest(message)

    // Keys come from the request: long ones are cut so that an error never echoes a whole body back.
    private fun quoteIfLong(key: String): String = if (key.length <= 300) key else key.take(300) + "…"
}
