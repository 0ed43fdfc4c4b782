package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.JsonText
import dev.katalog.local.json.arr
import dev.katalog.local.json.bool
import dev.katalog.local.json.jsonStrings
import dev.katalog.local.json.long
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import dev.katalog.local.opensearch.OpenSearchAnswer
import dev.katalog.local.opensearch.OpenSearchClient
import dev.katalog.local.opensearch.RefreshAfterWrites
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.withContext
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonArray
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject

/**
 * The OpenSearch index holding the assets: look-ups, writes, and raw searches. A write is visible to every look-up
 * and search after it returns: look-ups read the writes since the last refresh from [pending], searches refresh first.
 * An index other catalogs may write too ([shared]: an OpenSearch the catalog was pointed at) is refreshed after each
 * write instead, since their look-ups cannot see what waits here.
 */
internal class AssetIndex(private val client: OpenSearchClient, val name: String, private val shared: Boolean = false) {
    private val log = org.slf4j.LoggerFactory.getLogger(AssetIndex::class.java)

    val rebuild: IndexRebuild = IndexRebuild(client, name)

    private val pending = UnrefreshedWrites()

    private val refresh = RefreshAfterWrites(client, name, pending::refreshed)

    /** Counts the writes and deletes made through this index, so readers can keep what they derive from it until the next one. */
    val generation: Long get() = refresh.writes

    /**
     * Creates the index, or brings an existing one up to date. An index made with older analysis settings is moved
     * aside to be rebuilt: then (and after a rebuild that stopped midway) this answers true, and [restore] must run
     * once the type definitions (custom metadata included) are loaded.
     */
    suspend fun ensure(mapping: IndexMapping): Boolean {
        var exists = client.call("HEAD", "/$name").ok
        if (exists && rebuild.versionOf() != AtlanAnalysis.VERSION) {
            rebuild.moveAside()
            exists = false
        }
        if (!exists) {
            val answer = client.call("PUT", "/$name", mapping.settingsAndMappings())
            if (!answer.ok && !answer.reason.contains("resource_already_exists")) {
                throw CatalogException.Backend("Cannot create index $name: ${answer.reason}")
            }
        } else {
            // An index from an earlier run gets any fields added to the type definitions since, and today's refresh interval.
            val mappings = mapping.settingsAndMappings().obj("mappings")!!
            val answer = client.call("PUT", "/$name/_mapping", mappings)
            if (!answer.ok) log.warn("Index {} keeps its earlier mapping: {}", name, answer.reason)
            val interval = buildJsonObject { putJsonObject("index") { put("refresh_interval", IndexMapping.REFRESH_INTERVAL) } }
            val settings = client.call("PUT", "/$name/_settings", interval)
            if (!settings.ok) log.warn("Index {} keeps its earlier refresh interval: {}", name, settings.reason)
        }
        // Whatever OpenSearch replayed from its translog at start is searchable before the first write counts.
        client.require("POST", "/$name/_refresh")
        return rebuild.pending()
    }

    /** Fills a rebuilt index from the entities [ensure] moved aside. */
    suspend fun restore(document: AssetDocument) = rebuild.restore(this, document::of)

    /** Adds index fields for custom metadata sets created after the index. */
    suspend fun addBusinessMetadata(mapping: IndexMapping, defs: List<dev.katalog.model.atlan.typedef.TypeDef>) {
        if (defs.isEmpty()) return
        val body = buildJsonObject { put("properties", mapping.businessMetadataProperties(defs)) }
        val answer = client.call("PUT", "/$name/_mapping", body)
        if (!answer.ok) throw CatalogException.Backend("Cannot map custom metadata: ${answer.reason}")
    }

    suspend fun get(guid: String): StoredAsset? = mget(listOf(guid))[guid]

    /** The assets with [guids]; [withoutRelationships] leaves out their relationships, which may be large (a process with 10,000 outputs). */
    suspend fun mget(guids: Collection<String>, withoutRelationships: Boolean = false): Map<String, StoredAsset> {
        if (guids.isEmpty()) return emptyMap()
        val found = LinkedHashMap<String, StoredAsset>()
        val refreshed = ArrayList<String>()
        for (guid in guids.distinct()) {
            // One read: between asking whether a GUID waits and reading its document, a refresh could take it away.
            val waiting = pending.entryOf(guid)
            if (waiting == null) {
                refreshed += guid
                continue
            }
            val entity = waiting.document?.asset?.entity ?: continue
            found[guid] = StoredAsset(if (withoutRelationships) JsonObject(entity - "relationshipAttributes") else entity)
        }
        // Only the others are fetched: a realtime get of a document written since the last refresh would refresh the
        // index. A get sees every write, so one that left `pending` meanwhile is found all the same.
        if (refreshed.isEmpty()) return found
        val body = buildJsonObject { put("ids", jsonStrings(refreshed)) }
        val excludes = if (withoutRelationships) "&_source_excludes=${IndexMapping.ENTITY}.relationshipAttributes" else ""
        val answer = client.require("POST", "/$name/_mget?_source_includes=${IndexMapping.ENTITY}$excludes", body)
        for (doc in answer.arr("docs").orEmpty()) {
            val o = doc.obj() ?: continue
            if (o["found"].bool() != true) continue
            o.obj("_source")?.obj(IndexMapping.ENTITY)?.let { StoredAsset(it) }?.let { found[it.guid] = it }
        }
        return found
    }

    /** Assets by `typeName|qualifiedName` key. */
    suspend fun byKeys(keys: Collection<String>): Map<String, StoredAsset> {
        if (keys.isEmpty()) return emptyMap()
        val found = HashMap<String, StoredAsset>()
        for (chunk in keys.distinct().chunked(1000)) {
            val query = buildJsonObject { putJsonObject("terms") { put(IndexMapping.KEY, jsonStrings(chunk)) } }
            val wanted = chunk.toSet()
            for (asset in find(query, chunk.size) { it.key in wanted }) found["${asset.typeName}|${asset.qualifiedName}"] = asset
        }
        return found
    }

    /** The asset with [qualifiedName] whose type is [typeName] or a subtype of it. */
    suspend fun byQualifiedName(typeName: String, qualifiedName: String): StoredAsset? {
        val query = buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("filter") {
                    add(buildJsonObject { putJsonObject("term") { put("qualifiedName", qualifiedName) } })
                }
                putJsonArray("should") {
                    add(buildJsonObject { putJsonObject("term") { put("__typeName.keyword", typeName) } })
                    add(buildJsonObject { putJsonObject("term") { put("__superTypeNames.keyword", typeName) } })
                }
                put("minimum_should_match", 1)
            }
        }
        // The normalized keyword field matches case-insensitively; only an exact match counts.
        return find(query, 50) { it.qualifiedName == qualifiedName && it.isA(typeName) }
            .firstOrNull { it.qualifiedName == qualifiedName }
    }

    /** Active assets whose qualifiedName is exactly one of [qualifiedNames]. */
    suspend fun byQualifiedNames(qualifiedNames: Collection<String>): List<StoredAsset> {
        if (qualifiedNames.isEmpty()) return emptyList()
        val wanted = qualifiedNames.toSet()
        val query = buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("filter") {
                    add(buildJsonObject { putJsonObject("terms") { put("qualifiedName", jsonStrings(wanted)) } })
                    add(buildJsonObject { putJsonObject("term") { put("__state", "ACTIVE") } })
                }
            }
        }
        // The normalized keyword field matches case-insensitively; only an exact match counts.
        return find(query, 10_000) { it.active && it.qualifiedName in wanted }.filter { it.qualifiedName in wanted }
    }

    /** Active assets of exactly [typeName] named [name] (compared exactly), at most 50. */
    suspend fun byTypeAndName(typeName: String, name: String): List<StoredAsset> {
        val query = buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("filter") {
                    add(buildJsonObject { putJsonObject("term") { put("__typeName.keyword", typeName) } })
                    add(buildJsonObject { putJsonObject("term") { put("name.keyword", name) } })
                    add(buildJsonObject { putJsonObject("term") { put("__state", "ACTIVE") } })
                }
            }
        }
        return find(query, 50) { it.active && it.typeName == typeName && it.name == name }.filter { it.typeName == typeName && it.name == name }
    }

    /** Active assets below [qualifiedName] in the hierarchy (`__qualifiedNameHierarchy`), itself left out; at most [limit]. */
    suspend fun under(qualifiedName: String, limit: Int = 10_000): List<StoredAsset> {
        val query = buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("filter") {
                    add(buildJsonObject { putJsonObject("term") { put("__qualifiedNameHierarchy", qualifiedName) } })
                    add(buildJsonObject { putJsonObject("term") { put("__state", "ACTIVE") } })
                }
            }
        }
        val below = find(query, limit) { it.active && qualifiedName in it.hierarchy }
        return below.filter { it.qualifiedName != qualifiedName && it.qualifiedName?.startsWith("$qualifiedName/") == true }
    }

    /** Active assets holding a relationship to any of [guids]. */
    suspend fun holdersOf(guids: Collection<String>, limit: Int = 10_000): List<Pair<StoredAsset, List<String>>> {
        if (guids.isEmpty()) return emptyList()
        val targets = guids.toSet()
        val query = buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("filter") {
                    add(buildJsonObject { putJsonObject("terms") { put(IndexMapping.RELATION_TARGETS, jsonStrings(guids.distinct())) } })
                    add(buildJsonObject { putJsonObject("term") { put("__state", "ACTIVE") } })
                }
            }
        }
        val body = buildJsonObject {
            put("size", limit)
            put("query", query)
            put("_source", buildJsonArray { add(JsonPrimitive(IndexMapping.ENTITY)); add(JsonPrimitive(IndexMapping.RELATIONS)) })
        }
        val holding = lookUp(body) { it.active && it.relationTargets.any(targets::contains) }
        return holding.mapNotNull { source ->
            val entity = source.obj(IndexMapping.ENTITY) ?: return@mapNotNull null
            StoredAsset(entity) to source.arr(IndexMapping.RELATIONS).orEmpty().mapNotNull { it.str() }
        }
    }

    private suspend fun find(query: JsonObject, size: Int, matches: (WrittenDocument) -> Boolean): List<StoredAsset> {
        val body = buildJsonObject {
            put("size", size)
            put("query", query)
            put("_source", buildJsonArray { add(JsonPrimitive(IndexMapping.ENTITY)) })
        }
        return lookUp(body, matches).mapNotNull { it.obj(IndexMapping.ENTITY)?.let(::StoredAsset) }
    }

    /**
     * The sources a look-up's search [body] finds, without a refresh: the search answers as of the last refresh, and
     * the documents written since are taken from [pending] in place of what it found for their GUIDs, when [matches]
     * (the search's query, over the document) holds for them.
     */
    private suspend fun lookUp(body: JsonObject, matches: (WrittenDocument) -> Boolean): List<JsonObject> = pending.steady {
        val answer = client.require("POST", "/$name/_search", body)
        val refreshed = hits(answer).filter { hit -> hit.str("_id")?.let { it in pending } != true }
        // Written while this ran: the document waiting is the newer one.
        val written = pending.matching(matches)
        val writtenGuids = written.mapTo(HashSet()) { it.asset.guid }
        refreshed.filter { it.str("_id") !in writtenGuids }.mapNotNull { it.obj("_source") } + written.map { it.source }
    }

    /** Writes [docs] by guid; look-ups and searches find them once this returns. */
    suspend fun write(docs: Map<String, JsonObject>) {
        if (docs.isEmpty()) return
        val ndjson = StringBuilder()
        for ((guid, doc) in docs) {
            ndjson.append("""{"index":{"_id":${JsonPrimitive(guid)}}}""").append('\n')
            JsonText.append(ndjson, doc).append('\n')
        }
        bulk(ndjson.toString(), docs)
    }

    suspend fun delete(guids: Collection<String>) {
        if (guids.isEmpty()) return
        val ndjson = guids.joinToString("") { """{"delete":{"_id":${JsonPrimitive(it)}}}""" + "\n" }
        bulk(ndjson, guids.associateWith { null })
    }

    // No refresh per bulk: look-ups read the written documents from `pending` until a search refreshes. A bulk that
    // failed may still have written some of them, which `pending` cannot tell: they are made searchable at once instead
    // (and readers' caches dropped) all the same.
    private suspend fun bulk(ndjson: String, documents: Map<String, JsonObject?>) {
        val answer = try {
            client.call("POST", "/$name/_bulk", ndjson, "application/x-ndjson")
        } catch (e: Throwable) {
            // Also when the save was cancelled (its caller hung up) after OpenSearch took the bulk: the refresh
            // must still run, or what was written would stay out of sight of every look-up.
            refresh.written()
            withContext(NonCancellable) { runCatching { refresh.beforeSearch() } }
            throw e
        }
        val write = refresh.written()
        if (!answer.ok || answer.json["errors"].bool() == true) withContext(NonCancellable) { refresh.beforeSearch() }
        else {
            pending.record(write, documents)
            // Bounds the documents kept: one refresh for this many makes segments big enough to cost little.
            if (shared || pending.size >= MAX_PENDING) refresh.beforeSearch()
        }
        if (!answer.ok) throw CatalogException.Backend("Search backend refused the write: ${answer.reason}")
        if (answer.json["errors"].bool() == true) {
            val failure = answer.json.arr("items").orEmpty()
                .mapNotNull { item -> item.obj()?.values?.firstOrNull()?.obj() }
                .firstOrNull { it["error"] != null && it["status"].long() != 404L }
            if (failure != null) {
                val reason = OpenSearchAnswer(400, buildJsonObject { put("error", failure["error"]!!) }).reason
                throw CatalogException.BadRequest("An asset could not be indexed (guid ${failure.str("_id")}): $reason")
            }
        }
    }

    /** Runs a search body as is; a refusal becomes a 400 carrying OpenSearch's reason. */
    suspend fun search(body: JsonObject): JsonObject {
        refresh.beforeSearch()
        val answer = client.call("POST", "/$name/_search", body)
        if (answer.status in 400..499) throw CatalogException.BadRequest("Invalid search: ${answer.reason}", "ATLAS-400-00-08A")
        if (!answer.ok) throw CatalogException.Backend("Search failed: ${answer.reason}")
        return answer.json
    }

    companion object {
        /** Documents written with no refresh, at most, before the next write refreshes. */
        const val MAX_PENDING = 2_000

        fun hits(answer: JsonObject): List<JsonObject> = answer.obj("hits")?.arr("hits").orEmpty().mapNotNull { it.obj() }
    }
}
