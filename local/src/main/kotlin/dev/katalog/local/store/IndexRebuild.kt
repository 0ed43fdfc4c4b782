package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.bool
import dev.katalog.local.json.long
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import dev.katalog.local.opensearch.OpenSearchClient
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonArray
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/**
 * Rebuilds an asset index made with an older [AtlanAnalysis.VERSION]: analyzers of existing fields cannot change in
 * place, so the stored entities are first copied to `<index>_rebuild`, the index is dropped and created anew, and
 * every document is made again from its entity. The copy is kept until the new index holds every asset, so a start
 * that stops midway finishes the rebuild on the next start.
 */
internal class IndexRebuild(private val client: OpenSearchClient, private val name: String) {
    private val log = org.slf4j.LoggerFactory.getLogger(IndexRebuild::class.java)
    val staging: String = "${name}_rebuild"

    /** Whether a copy of the entities waits to be restored into the index. */
    suspend fun pending(): Boolean = client.call("HEAD", "/$staging").ok

    /** The analysis version recorded in the index's mapping; 1 for indexes made before versions were recorded. */
    suspend fun versionOf(): Int {
        val answer = client.require("GET", "/$name/_mapping")
        return answer.obj(name)?.obj("mappings")?.obj("_meta")?.get(IndexMapping.VERSION_KEY).long()?.toInt() ?: 1
    }

    /** Copies every stored entity to the staging index, checks the copy is whole, then drops the index. */
    suspend fun moveAside() {
        if (pending()) client.require("DELETE", "/$staging")
        client.require("PUT", "/$staging", buildJsonObject {
            putJsonObject("settings") { put("number_of_shards", 1); put("number_of_replicas", 0) }
            putJsonObject("mappings") {
                put("dynamic", false)
                putJsonObject("properties") { putJsonObject(IndexMapping.ENTITY) { put("type", "object"); put("enabled", false) } }
            }
        })
        forEachPage(name) { hits ->
            bulk(staging, hits.associate { it.str("_id")!! to buildJsonObject { put(IndexMapping.ENTITY, it.obj("_source")?.obj(IndexMapping.ENTITY).orEmpty()) } })
        }
        val (before, copied) = count(name) to count(staging)
        if (before != copied) {
            throw CatalogException.Backend("Rebuilding index $name: $copied of $before assets copied to $staging; the index is unchanged, start again to retry")
        }
        log.info("Index {} was built with older analysis settings: {} assets copied to {}, rebuilding", name, copied, staging)
        client.require("DELETE", "/$name")
    }

    /** Makes the index's documents again from the staged entities with [document], then drops the staging index. */
    suspend fun restore(index: AssetIndex, document: (JsonObject) -> JsonObject) {
        forEachPage(staging) { hits ->
            index.write(hits.associate { it.str("_id")!! to document(it.obj("_source")?.obj(IndexMapping.ENTITY).orEmpty()) })
        }
        val (staged, restored) = count(staging) to count(name)
        if (restored < staged) throw CatalogException.Backend("Rebuilding index $name: $restored of $staged assets restored from $staging; start again to retry")
        client.require("DELETE", "/$staging")
        log.info("Index {} rebuilt with {} assets", name, restored)
    }

    private suspend fun count(index: String): Long {
        client.require("POST", "/$index/_refresh")
        return client.require("GET", "/$index/_count")["count"].long() ?: 0
    }

    private suspend fun bulk(index: String, docs: Map<String, JsonObject>) {
        val ndjson = StringBuilder()
        for ((id, doc) in docs) ndjson.append("""{"index":{"_id":${JsonPrimitive(id)}}}""").append('\n').append(doc).append('\n')
        val answer = client.call("POST", "/$index/_bulk", ndjson.toString(), "application/x-ndjson")
        if (!answer.ok || answer.json["errors"].bool() == true) throw CatalogException.Backend("Rebuilding index $name: the copy to $index failed: ${answer.reason}")
    }

    // A scroll in index order reads every document once, however many there are.
    private suspend fun forEachPage(index: String, action: suspend (List<JsonObject>) -> Unit) {
        val first = buildJsonObject {
            put("size", PAGE)
            put("sort", buildJsonArray { add(JsonPrimitive("_doc")) })
            put("_source", buildJsonArray { add(JsonPrimitive(IndexMapping.ENTITY)) })
        }
        var answer = client.require("POST", "/$index/_search?scroll=$KEEP_ALIVE", first)
        var scrollId = answer.str("_scroll_id")
        try {
            while (true) {
                val hits = AssetIndex.hits(answer)
                if (hits.isEmpty() || scrollId == null) break
                action(hits)
                answer = client.require("POST", "/_search/scroll", buildJsonObject { put("scroll", KEEP_ALIVE); put("scroll_id", scrollId) })
                scrollId = answer.str("_scroll_id") ?: scrollId
            }
        } finally {
            if (scrollId != null) client.call("DELETE", "/_search/scroll", buildJsonObject { put("scroll_id", scrollId) })
        }
    }

    private companion object {
        const val PAGE = 1000
        const val KEEP_ALIVE = "5m"
    }
}
