package dev.katalog.local

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.time.Instant

/**
 * One request the catalog received, as its client sent it (secrets masked, see [LocalCatalog.Builder.record]).
 *
 * @property time when it arrived.
 * @property method the HTTP method, e.g. `POST`.
 * @property path the path without the query, e.g. `/api/meta/entity/bulk/`.
 * @property query the query parameters in the order sent, repeated names repeated: `[name, value]` pairs.
 * @property body the body when it is JSON; null without a body or when it is not JSON (then see [bodyText]).
 * @property bodyText the body as text when it is not JSON (a form, plain text); null otherwise.
 * @property status the answer's HTTP status; null when the connection was dropped without an answer.
 */
public data class RecordedRequest(
    val time: Instant,
    val method: String,
    val path: String,
    val query: List<Pair<String, String>>,
    val body: JsonElement?,
    val bodyText: String?,
    val status: Int?,
) {
    /** The values of query parameter [name], in the order sent. */
    public fun queryValues(name: String): List<String> = query.filter { it.first == name }.map { it.second }

    /** This request as one line of a recording file. */
    public fun toJson(): JsonObject = buildJsonObject {
        put("time", time.toString())
        put("method", method)
        put("path", path)
        put("query", JsonArray(query.map { (name, value) -> JsonArray(listOf(JsonPrimitive(name), JsonPrimitive(value))) }))
        put("body", body ?: JsonNull)
        bodyText?.let { put("bodyText", it) }
        put("status", status?.let(::JsonPrimitive) ?: JsonNull)
    }

    override fun toString(): String = "$method $path${if (query.isEmpty()) "" else "?" + query.joinToString("&") { "${it.first}=${it.second}" }} -> $status"
}
