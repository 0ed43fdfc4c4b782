package dev.katalog.client.openmetadata.quality

import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import io.ktor.http.HttpMethod
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** The reads the data quality calls share: one object, and lists paged by cursor (entities) or by offset (time series). */
internal class DataQualityReads(private val calls: OpenMetadataCalls) {

    suspend fun <T> get(serializer: KSerializer<T>, path: String, query: List<Pair<String, String>> = emptyList()): T =
        calls.decode(serializer, calls.call(HttpMethod.Get, path, query))

    /** Every page of an entity list: 1.4 lists page with an `after` cursor until the answer has none. */
    suspend fun <T> pages(serializer: KSerializer<T>, path: String, query: List<Pair<String, String>>): List<T> =
        collect(serializer, path) { after -> query + listOfNotNull(after?.let { "after" to it }) }

    /** Every page of a time-series list (`EntityTimeSeriesResource.list`): its `after` is the next offset. */
    suspend fun <T> offsetPages(serializer: KSerializer<T>, path: String, query: List<Pair<String, String>>): List<T> =
        collect(serializer, path) { after -> query + ("offset" to (after ?: "0")) }

    private suspend fun <T> collect(serializer: KSerializer<T>, path: String, query: (String?) -> List<Pair<String, String>>): List<T> {
        val all = mutableListOf<T>()
        var after: String? = null
        do {
            val body = calls.call(HttpMethod.Get, path, query(after))
            all += data(serializer, path, body)
            val paging = calls.decode(JsonObject.serializer(), body)["paging"] as? JsonObject
            val next = (paging?.get("after") as? JsonPrimitive)?.takeIf { it.isString }?.content
            if (next != null && next == after) throw calls.unreadable("the answer of GET $path repeats its cursor")
            after = next
        } while (after != null)
        return all
    }

    fun <T> data(serializer: KSerializer<T>, path: String, body: String): List<T> {
        val data = calls.decode(JsonObject.serializer(), body)["data"] as? JsonArray ?: throw calls.unreadable("the answer of GET $path has no data list")
        return data.map { calls.decode(serializer, it) }
    }

    companion object {
        const val PAGE = 100
    }
}
