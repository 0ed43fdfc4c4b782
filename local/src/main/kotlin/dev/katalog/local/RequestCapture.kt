package dev.katalog.local

import io.ktor.http.ContentType
import io.ktor.http.decodeURLQueryComponent
import io.ktor.server.application.ApplicationCall
import io.ktor.server.request.contentType
import io.ktor.server.request.httpMethod
import io.ktor.server.request.path
import io.ktor.server.request.queryString
import kotlinx.serialization.SerializationException
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.time.Instant

/**
 * Turns a call into a [RecordedRequest]. The Authorization header is never read, and the value of every query
 * parameter, JSON key or form field whose name speaks of a secret (`clientSecret`, `client_secret`, `password`,
 * `accessToken`, `apiKey`…) is replaced by [MASK], so that a recording can be shared.
 */
internal object RequestCapture {
    const val MASK = "***"
    private val secretName = Regex("(?i)secret|passw|token|api_?key|authorization|credential")

    fun capture(call: ApplicationCall, time: Instant, bodyText: String?, status: Int?): RecordedRequest {
        val query = call.request.queryString().split('&').filter { it.isNotEmpty() }.map { pair ->
            val name = pair.substringBefore('=').decodeURLQueryComponent(plusIsSpace = true)
            val value = if ('=' in pair) pair.substringAfter('=').decodeURLQueryComponent(plusIsSpace = true) else ""
            name to masked(name, value)
        }
        val json = bodyText?.takeIf { it.isNotBlank() }?.let(::parseOrNull)
        val text = when {
            bodyText.isNullOrEmpty() || json != null -> null
            call.request.contentType().match(ContentType.Application.FormUrlEncoded) -> maskForm(bodyText)
            else -> bodyText
        }
        return RecordedRequest(time, call.request.httpMethod.value, call.request.path(), query, json?.let(::maskJson), text, status)
    }

    // The JSON parser reads a bare word (`grant_type=…`) as an unquoted string; only a real JSON text counts.
    private val jsonStart = Regex("""^\s*([{\["]|-?[0-9]|true\b|false\b|null\b)""")

    private fun parseOrNull(text: String): JsonElement? = if (!jsonStart.containsMatchIn(text)) null else try {
        Json.parseToJsonElement(text)
    } catch (e: SerializationException) {
        null
    }

    private fun masked(name: String, value: String) = if (secretName.containsMatchIn(name)) MASK else value

    private fun maskJson(element: JsonElement): JsonElement = when (element) {
        is JsonObject -> JsonObject(element.mapValues { (key, value) ->
            if (secretName.containsMatchIn(key) && value !is JsonNull) JsonPrimitive(MASK) else maskJson(value)
        })
        is JsonArray -> JsonArray(element.map(::maskJson))
        else -> element
    }

    private fun maskForm(body: String): String = body.split('&').joinToString("&") { pair ->
        val name = pair.substringBefore('=')
        if ('=' in pair && secretName.containsMatchIn(name.decodeURLQueryComponent(plusIsSpace = true))) "$name=$MASK" else pair
    }
}
