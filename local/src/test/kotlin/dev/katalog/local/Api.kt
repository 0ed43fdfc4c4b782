package dev.katalog.local

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/** A test's view of the catalog over real HTTP. */
class Api(private val base: () -> String, private val token: String?) {
    class Answer(val status: Int, val text: String, val headers: Map<String, List<String>>) {
        val json: JsonElement by lazy { if (text.isBlank()) JsonNull else Json.parseToJsonElement(text) }
        val obj: JsonObject get() = json.jsonObject
        override fun toString(): String = "$status $text"
    }

    private val http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()

    fun withToken(other: String?): Api = Api(base, other)

    fun get(path: String): Answer = send("GET", path, null)
    fun post(path: String, body: String): Answer = send("POST", path, body)
    fun delete(path: String): Answer = send("DELETE", path, null)

    fun put(path: String, body: String): Answer = send("PUT", path, body)
    fun patch(path: String, body: String, contentType: String = "application/json-patch+json"): Answer = send("PATCH", path, body, contentType)

    fun send(method: String, path: String, body: String?, contentType: String = "application/json"): Answer {
        val builder = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofMinutes(2))
            .header("Accept", "application/json")
            .method(method, if (body == null) HttpRequest.BodyPublishers.noBody() else HttpRequest.BodyPublishers.ofString(body))
        if (body != null) builder.header("Content-Type", contentType)
        token?.let { builder.header("Authorization", "Bearer $it") }
        val response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString())
        return Answer(response.statusCode(), response.body(), response.headers().map())
    }

    fun save(vararg entities: String, query: String = ""): Answer = post("/api/meta/entity/bulk$query", """{"entities":[${entities.joinToString(",")}]}""")

    fun search(request: String): Answer = post("/api/meta/search/indexsearch", request)

    companion object {
        fun enc(value: String): String = URLEncoder.encode(value, Charsets.UTF_8)
    }
}

fun JsonElement?.str(key: String): String? = (this as? JsonObject)?.get(key)?.let { (it as? JsonPrimitive)?.takeIf { p -> p !is JsonNull }?.content }
fun JsonElement?.at(vararg path: String): JsonElement? = path.fold(this) { acc, k -> (acc as? JsonObject)?.get(k) }
fun JsonElement?.list(): List<JsonElement> = (this as? JsonArray)?.toList() ?: emptyList()
fun Api.Answer.guids(): List<String> = obj["entities"].list().mapNotNull { it.str("guid") }
fun Api.Answer.created(): List<JsonElement> = obj.at("mutatedEntities", "CREATE").list()
fun Api.Answer.updated(): List<JsonElement> = obj.at("mutatedEntities", "UPDATE").list()
fun Api.Answer.assigned(placeholder: String): String = obj.at("guidAssignments", placeholder)!!.jsonPrimitive.content

/** Polls [check] until it holds or [seconds] pass. */
fun eventually(seconds: Long = 30, check: () -> Boolean) {
    val deadline = System.nanoTime() + seconds * 1_000_000_000
    while (!check()) {
        check(System.nanoTime() < deadline) { "condition not met within $seconds s" }
        Thread.sleep(20)
    }
}

