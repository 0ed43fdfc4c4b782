package dev.katalog.local.lineage

import dev.katalog.local.store.ProcessEdges
import dev.katalog.local.error.CatalogException
import dev.katalog.local.store.CatalogStore
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject
import java.util.UUID

/**
 * `GET /api/meta/lineage/{guid}`: the lineage graph around an asset as atlas-metastore answers it
 * (EntityLineageService.getLineageInfoV2, AtlasLineageInfo): `guidEntityMap` with every asset and process met,
 * `relations` as edges asset → process (an input) and process → asset (an output), up to `depth` assets away
 * (0: no limit) in `direction` INPUT, OUTPUT or BOTH (the default, with depth 3). With `hideProcess` the relations
 * join assets directly, naming the process between them, and processes stay out of the map.
 */
internal class LineageGraphAnswer(private val store: CatalogStore, private val graph: LineageGraphCache) {

    suspend fun answer(guid: String, query: Map<String, List<String>>): JsonObject {
        val direction = query["direction"]?.firstOrNull() ?: "BOTH"
        if (direction !in setOf("INPUT", "OUTPUT", "BOTH")) throw CatalogException.BadRequest("direction must be INPUT, OUTPUT or BOTH, was $direction")
        val depth = query["depth"]?.firstOrNull()?.let { it.toIntOrNull() ?: throw CatalogException.BadRequest("depth must be a whole number, was $it") } ?: DEFAULT_DEPTH
        val hideProcess = query["hideProcess"]?.firstOrNull()?.equals("true", ignoreCase = true) == true
        val base = store.index.mget(listOf(guid), withoutRelationships = true)[guid] ?: throw CatalogException.NotFound("Given instance guid $guid is invalid/not found", "ATLAS-404-00-005")
        val edges = graph.current()
        val relations = LinkedHashSet<Triple<String, String, String>>()
        val met = LinkedHashSet<String>().apply { add(base.guid) }
        for (downstream in listOf(false, true)) {
            if (direction == (if (downstream) "INPUT" else "OUTPUT")) continue
            walk(edges, base.guid, downstream, if (depth <= 0) Int.MAX_VALUE else depth, hideProcess, relations, met)
        }
        val assets = store.index.mget(met, withoutRelationships = true)
        return buildJsonObject {
            put("baseEntityGuid", base.guid)
            put("lineageDirection", direction)
            put("lineageDepth", depth)
            put("limit", -1)
            put("offset", -1)
            put("hasMoreUpstreamVertices", false)
            put("hasMoreDownstreamVertices", false)
            putJsonObject("guidEntityMap") {
                for (g in met) assets[g]?.let { put(g, LineageVertex.header(it, emptyList(), excludeMeanings = false, excludeClassifications = false, depth = 0).let(::withoutDepth)) }
            }
            put("relations", JsonArray(relations.map { (from, to, process) ->
                buildJsonObject {
                    put("fromEntityId", from)
                    put("toEntityId", to)
                    if (hideProcess) put("processId", process)
                    put("relationshipId", UUID.nameUUIDFromBytes("$from>$to>$process".toByteArray()).toString())
                }
            }))
        }
    }

    /** Breadth-first over assets, [depth] assets away at most, recording each edge once. */
    private fun walk(edges: ProcessEdges, start: String, downstream: Boolean, depth: Int, hideProcess: Boolean, relations: MutableSet<Triple<String, String, String>>, met: MutableSet<String>) {
        var frontier = listOf(start)
        val seen = HashSet<String>().apply { add(start) }
        var hops = 0
        while (frontier.isNotEmpty() && hops < depth) {
            hops++
            val next = ArrayList<String>()
            for (asset in frontier) {
                val processes = if (edges.isProcess(asset)) listOf(asset) else edges.next(asset, downstream)
                for (process in processes) {
                    if (!hideProcess) {
                        met += process
                        if (process != asset) relations += if (downstream) Triple(asset, process, process) else Triple(process, asset, process)
                    }
                    for (end in edges.next(process, downstream)) {
                        met += end
                        relations += when {
                            hideProcess && process != asset -> if (downstream) Triple(asset, end, process) else Triple(end, asset, process)
                            downstream -> Triple(process, end, process)
                            else -> Triple(end, process, process)
                        }
                        if (seen.add(end)) next += end
                    }
                }
            }
            frontier = next
        }
    }

    private fun withoutDepth(header: JsonObject): JsonObject = JsonObject(header - "depth")

    private companion object {
        const val DEFAULT_DEPTH = 3
    }
}
