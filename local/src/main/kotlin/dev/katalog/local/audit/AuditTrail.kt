package dev.katalog.local.audit

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.JsonText
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import dev.katalog.local.opensearch.OpenSearchClient
import dev.katalog.local.opensearch.RefreshAfterWrites
import dev.katalog.local.store.AssetChange
import dev.katalog.local.store.ChangeLog
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.withContext
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject
import java.util.UUID

/**
 * The audit trail: one document per change in the index `<prefix>entity_audits`, in the shape atlas-metastore's
 * ESBasedAuditRepository writes (entityId, action, detail, user, eventKey, entityQualifiedName, typeName, created,
 * timestamp), visible to [AuditSearch] as soon as the change returns (a search refreshes the trail first when it
 * was written since).
 */
internal class AuditTrail(private val client: OpenSearchClient, prefix: String, private val shared: Boolean = false) : ChangeLog {
    val index: String = "${prefix}entity_audits"
    private val refresh = RefreshAfterWrites(client, index)

    suspend fun ensure() {
        if (client.call("HEAD", "/$index").ok) {
            // A trail from an earlier run gets today's settings.
            val answer = client.call("PUT", "/$index/_settings", buildJsonObject { put("index", SETTINGS) })
            if (!answer.ok) throw CatalogException.Backend("Cannot update the settings of index $index: ${answer.reason}")
            // Whatever OpenSearch replayed from its translog at start is searchable before the first write counts.
            client.require("POST", "/$index/_refresh")
            return
        }
        val keyword = buildJsonObject { put("type", "keyword"); putJsonObject("fields") { putJsonObject("keyword") { put("type", "keyword") } } }
        val mapping = buildJsonObject {
            put("settings", SETTINGS)
            putJsonObject("mappings") {
                putJsonObject("properties") {
                    for (field in listOf("entityId", "action", "user", "eventKey", "entityQualifiedName", "typeName")) put(field, keyword)
                    putJsonObject("created") { put("type", "long") }
                    putJsonObject("timestamp") { put("type", "long") }
                    // Kept as sent, never searched: a change's detail holds any attribute of any type.
                    putJsonObject("detail") { put("type", "object"); put("enabled", false) }
                    putJsonObject("headers") { put("type", "object"); put("enabled", false) }
                }
            }
        }
        val answer = client.call("PUT", "/$index", mapping)
        if (!answer.ok && !answer.reason.contains("resource_already_exists")) throw CatalogException.Backend("Cannot create index $index: ${answer.reason}")
    }

    override suspend fun record(changes: List<AssetChange>) {
        if (changes.isEmpty()) return
        val ndjson = StringBuilder()
        for (change in changes) {
            val entityId = change.entity.str("guid").orEmpty()
            val doc = buildJsonObject {
                put("entityId", entityId)
                put("action", change.action)
                put("detail", change.detail)
                put("user", change.user)
                put("eventKey", "$entityId:${change.time}")
                put("entityQualifiedName", change.entity.obj("attributes")?.str("qualifiedName")?.let(::JsonPrimitive) ?: kotlinx.serialization.json.JsonNull)
                put("typeName", change.entity.str("typeName"))
                put("created", change.time)
                put("timestamp", change.time)
            }
            ndjson.append("""{"index":{"_id":${JsonPrimitive(UUID.randomUUID().toString())}}}""").append('\n')
            JsonText.append(ndjson, doc).append('\n')
        }
        // The trail is refreshed when it is searched, not after each save: saves between two audit searches share one.
        val answer = try {
            client.call("POST", "/$index/_bulk", ndjson.toString(), "application/x-ndjson")
        } catch (e: Throwable) {
            // Also when the save was cancelled (its caller hung up) after OpenSearch took the bulk.
            refresh.written()
            if (shared) withContext(NonCancellable) { runCatching { refresh.beforeSearch() } }
            throw e
        }
        refresh.written()
        // A trail other catalogs may write too is refreshed after each write: their searches cannot count this one.
        // The refresh finishes even if the caller hangs up meanwhile, or the change would stay out of their sight.
        if (shared) withContext(NonCancellable) { refresh.beforeSearch() }
        if (!answer.ok || answer.json["errors"]?.toString() == "true") throw CatalogException.Backend("The audit trail refused the changes: ${answer.reason}")
    }

    /** Runs an OpenSearch search body on the trail. */
    suspend fun search(body: JsonObject): JsonObject {
        refresh.beforeSearch()
        val answer = client.call("POST", "/$index/_search", body)
        if (answer.status in 400..499) throw CatalogException.BadRequest("Invalid audit search: ${answer.reason}", "ATLAS-400-00-08A")
        if (!answer.ok) throw CatalogException.Backend("Audit search failed: ${answer.reason}")
        return answer.json
    }

    private companion object {
        /**
         * One node, so no replica (one would never be assigned). Refreshed by [beforeSearch][RefreshAfterWrites.beforeSearch]
         * only: a timer would cut the trail into a segment a second while saves run.
         */
        val SETTINGS = buildJsonObject { put("number_of_replicas", 0); put("refresh_interval", "-1") }
    }
}
