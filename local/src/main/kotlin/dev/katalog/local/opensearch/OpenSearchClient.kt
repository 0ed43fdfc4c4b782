package dev.katalog.local.opensearch

import dev.katalog.local.error.CatalogException
import kotlinx.coroutines.future.await
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/** The answer of one OpenSearch call: its HTTP status and JSON body. */
internal class OpenSearchAnswer(val status: Int, val body: JsonElement) {
    val ok: Boolean get() = status in 200..299
    val json: JsonObject get() = body as? JsonObject ?: JsonObject(emptyMap())

    /** OpenSearch's own reason for a failure, for error messages. */
    val reason: String
        get() {
            val error = json["error"]
            if (error is JsonPrimitive) return error.content
            val obj = error as? JsonObject ?: return "OpenSearch answered $status"
            val root = (obj["root_cause"] as? kotlinx.serialization.json.JsonArray)?.firstOrNull() as? JsonObject
            val caused = (obj["caused_by"] as? JsonObject)?.get("reason")
            val parts = listOfNotNull(
                (root ?: obj)["type"]?.let { (it as? JsonPrimitive)?.content },
                (root ?: obj)["reason"]?.let { (it as? JsonPrimitive)?.content },
                (caused as? JsonPrimitive)?.content,
            )
            return parts.distinct().joinToString(": ").ifBlank { "OpenSearch answered $status" }
        }
}

/** A small JSON-over-HTTP client for the OpenSearch REST API at [baseUrl]. */
internal class OpenSearchClient(baseUrl: String) {
    val baseUrl: String = baseUrl.trimEnd('/')
    private val base = this.baseUrl
    private val http: HttpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()

    suspend fun call(method: String, path: String, body: String? = null, contentType: String = "application/json"): OpenSearchAnswer {
        val publisher = if (body == null) HttpRequest.BodyPublishers.noBody() else HttpRequest.BodyPublishers.ofString(body)
        val request = HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .method(method, publisher)
            .build()
        val response = try {
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).await()
        } catch (e: java.io.IOException) {
            throw CatalogException.Backend("The search backend cannot be reached: ${e.javaClass.simpleName}")
        }
        val text = response.body().orEmpty()
        val json = if (text.isBlank()) JsonNull else runCatching { Json.parseToJsonElement(text) }.getOrElse { JsonPrimitive(text) }
        return OpenSearchAnswer(response.statusCode(), json)
    }

    suspend fun call(method: String, path: String, body: JsonElement): OpenSearchAnswer = call(method, path, body.toString())

    /** Like [call], but any failure status becomes a backend error. */
    suspend fun require(method: String, path: String, body: JsonElement? = null): JsonObject {
        val answer = call(method, path, body?.toString())
        if (!answer.ok) throw CatalogException.Backend("Search backend failure on $method $path: ${answer.reason}")
        return answer.body.jsonObject
    }
}
