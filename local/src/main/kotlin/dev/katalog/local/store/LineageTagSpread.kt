package dev.katalog.local.store

import dev.katalog.local.json.arr
import dev.katalog.local.json.bool
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.add
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject

/**
 * Atlan tags spreading downstream through lineage. A tag put on an asset with `propagate` (and without
 * `restrictPropagationThroughLineage`) is carried by every process downstream of it and every asset those
 * processes write, hop after hop, as a copy whose `entityGuid` names the tagged asset (atlanhq/atlas-metastore,
 * `EntityGraphMapper` propagating classifications along process edges). Run after a write, when the edges it made
 * are in the index: the copies of each source whose tags, status or lineage changed are made again.
 */
internal class LineageTagSpread(private val index: AssetIndex) {

    /** The assets whose lineage copies change after [saved] (entities as now stored) replaced [previous]. */
    suspend fun after(saved: Collection<JsonObject>, previous: Map<String, JsonObject?>): Map<String, JsonObject> {
        val sources = LinkedHashMap<String, StoredAsset>()
        val readBy = LinkedHashSet<String>()
        for (entity in saved) {
            val asset = StoredAsset(entity)
            val before = previous[asset.guid]?.let(::StoredAsset)?.let(::effective).orEmpty()
            if (before != effective(asset)) sources[asset.guid] = asset
            AssetDocument.refs(asset.relationships["inputs"]).mapNotNullTo(readBy) { it.str("guid") }
        }
        // A new or changed process carries on what its inputs have, and what their upstream sources spread.
        for (input in index.mget(readBy.filter { it !in sources }).values) {
            if (spreading(input).isNotEmpty()) sources[input.guid] = input
            val upstream = tagsOf(input.entity).mapNotNull { it.str("entityGuid") }.filter { it != input.guid && it !in sources }
            sources += index.mget(upstream).filterValues { spreading(it).isNotEmpty() }
        }
        if (sources.isEmpty()) return emptyMap()
        val edges = ProcessEdges.load(index)
        val out = LinkedHashMap<String, JsonObject>()
        for (source in sources.values) {
            val tags = effective(source)
            val names = (tags + previous[source.guid]?.let(::StoredAsset)?.let(::spreading).orEmpty()).mapNotNull { it.str("typeName") }.toSet()
            val downstream = downstreamOf(source.guid, edges)
            val holders = if (names.isEmpty()) emptyList() else holdersOf(source.guid, names)
            val targets = downstream + holders.map { it.guid }
            val stored = index.mget(targets.filter { it !in out && it != source.guid }).mapValues { it.value.entity }
            for (guid in targets) {
                if (guid == source.guid) continue
                val entity = out[guid] ?: stored[guid] ?: continue
                val target = StoredAsset(entity)
                // Copies from an asset above this one came down the hierarchy: those are the hierarchy's to keep.
                if (source.qualifiedName != null && target.qualifiedName?.startsWith(source.qualifiedName + "/") == true) continue
                val kept = tagsOf(entity).filter { it.str("entityGuid") != source.guid }
                val copies = if (guid in downstream) tags.map { copyFrom(source.guid, it) } else emptyList()
                if (kept + copies != tagsOf(entity)) out[guid] = withTags(entity, kept + copies)
            }
        }
        return out
    }

    /** The tags [asset] spreads now: its own lineage-spreading tags while active, those that outlive it once deleted. */
    private fun effective(asset: StoredAsset): List<JsonObject> =
        if (asset.status == "ACTIVE") spreading(asset) else spreading(asset).filter { it["removePropagationsOnEntityDelete"].bool() == false }

    private fun spreading(asset: StoredAsset): List<JsonObject> = tagsOf(asset.entity).filter {
        (it.str("entityGuid") == null || it.str("entityGuid") == asset.guid) &&
            it["propagate"].bool() == true && it["restrictPropagationThroughLineage"].bool() != true
    }

    private fun downstreamOf(start: String, edges: ProcessEdges): Set<String> {
        val seen = LinkedHashSet<String>()
        val queue = ArrayDeque(listOf(start))
        while (queue.isNotEmpty()) {
            for (next in edges.next(queue.removeFirst(), downstream = true)) if (next != start && seen.add(next)) queue += next
        }
        return seen
    }

    /** Assets carrying a copy of one of [names] that came from [source]. */
    private suspend fun holdersOf(source: String, names: Set<String>): List<StoredAsset> {
        val body = buildJsonObject {
            put("size", 10_000)
            putJsonObject("query") {
                putJsonObject("terms") { putJsonArray("__propagatedTraitNames") { names.forEach { add(it) } } }
            }
            putJsonArray("_source") { add(IndexMapping.ENTITY) }
        }
        return AssetIndex.hits(index.search(body)).mapNotNull { it.obj("_source")?.obj(IndexMapping.ENTITY)?.let(::StoredAsset) }
            .filter { asset -> tagsOf(asset.entity).any { it.str("entityGuid") == source } }
    }

    private fun copyFrom(source: String, tag: JsonObject): JsonObject =
        JsonObject(tag + mapOf("entityGuid" to JsonPrimitive(source), "entityStatus" to JsonPrimitive("ACTIVE")))

    private fun tagsOf(entity: JsonObject): List<JsonObject> = entity.arr("classifications")?.mapNotNull { it.obj() }.orEmpty()

    private fun withTags(entity: JsonObject, tags: List<JsonObject>): JsonObject =
        JsonObject(entity + mapOf("classifications" to JsonArray(tags), "classificationNames" to JsonArray(tags.mapNotNull { it.str("typeName") }.distinct().map(::JsonPrimitive))))
}
