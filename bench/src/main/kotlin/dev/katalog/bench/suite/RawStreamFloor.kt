package dev.katalog.bench.suite

import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.search.SortItem
import dev.katalog.model.atlan.search.SortOrder
import dev.katalog.model.json.KatalogJson
import kotlinx.serialization.json.JsonPrimitive
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/**
 * The floor the SDK's streaming is compared with: the same page requests, sent one after the other with
 * the JDK's HTTP client, answers read as bytes and never decoded (beyond finding the count and the last
 * hit's sort values, which the next request needs).
 */
internal class RawStreamFloor(private val baseUrl: String, private val token: String, private val threshold: Int = 99_700) {
    private val http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build()
    private val countPattern = Regex("\"approximateCount\":(\\d+)")
    private val sortPattern = Regex("\"sort\":\\[([^\\]]*)]")

    /** Pages through [request] and returns how many bytes were read. */
    fun stream(request: IndexSearchRequest): Long {
        val size = request.dsl.size!!
        var bytes = 0L
        var page = post(request)
        bytes += page.size
        val total = countPattern.find(page.decodeToString(0, minOf(page.size, 4096)))?.groupValues?.get(1)?.toLong() ?: 0
        if (total <= threshold) {
            var from = size
            while (from < total) {
                page = post(request.with { dsl(request.dsl.with { from(from) }) })
                bytes += page.size
                from += size
            }
            return bytes
        }
        var after: List<kotlinx.serialization.json.JsonElement>? = null
        var seen = 0L
        while (seen < total) {
            val dsl = request.dsl.with { from(0); sort(listOf(SortItem("__timestamp", SortOrder.ASC), SortItem.BY_GUID)); searchAfter(after) }
            page = post(request.with { dsl(dsl); showSearchMetadata(true) })
            bytes += page.size
            val text = page.decodeToString()
            val sorts = sortPattern.findAll(text).toList()
            if (sorts.isEmpty()) break
            seen += sorts.size
            val last = sorts.last().groupValues[1].split(',', limit = 2)
            after = listOf(JsonPrimitive(last[0].toLong()), JsonPrimitive(last[1].trim('"')))
            if (sorts.size < size) break
        }
        return bytes
    }

    /** One page: [request] sent as it is, its answer as bytes. */
    fun page(request: IndexSearchRequest): ByteArray = post(request)

    private fun post(request: IndexSearchRequest): ByteArray {
        val body = KatalogJson.encode(IndexSearchRequest.serializer(), request)
        val http = HttpRequest.newBuilder(URI("$baseUrl/api/meta/search/indexsearch"))
            .header("Authorization", "Bearer $token").header("Content-Type", "application/json").header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build()
        val response = this.http.send(http, HttpResponse.BodyHandlers.ofByteArray())
        check(response.statusCode() == 200) { "search answered ${response.statusCode()}" }
        return response.body()
    }
}
