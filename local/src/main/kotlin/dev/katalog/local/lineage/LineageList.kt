package dev.katalog.local.lineage

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.bool
import dev.katalog.local.json.long
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import dev.katalog.local.store.CatalogStore
import dev.katalog.local.store.ProcessEdges
import dev.katalog.local.store.StoredAsset
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/**
 * `POST /api/meta/lineage/list`, as atlas-metastore answers it (EntityLineageService.traverseEdgesUsingBFS,
 * AtlasLineageListContext, LineageListRequestValidator): a breadth-first walk from `guid` over assets and processes,
 * `2 × depth` steps (a hop is asset → process → asset), listing each vertex that passes `entityFilters` in walk order,
 * processes and assets interleaved, each with its level as `depth`; `from` skips that many listed vertices, `size`
 * stops the page, and `hasMore` says whether the walk had vertices left. Vertices failing `entityTraversalFilters`
 * (and edges failing `relationshipTraversalFilters`) end the walk there.
 */
internal class LineageList(private val store: CatalogStore, private val graph: LineageGraphCache) {

    suspend fun list(body: JsonElement): JsonObject {
        val request = body.obj() ?: throw CatalogException.BadRequest("The lineage request must be a JSON object")
        val guid = request.str("guid")?.takeIf { it.isNotEmpty() } ?: throw CatalogException.BadRequest("guid is required")
        val size = number(request, "size", "The 'size' parameter is missing or invalid", "Invalid 'size' value, 'size' should be greater than or equal to zero")
        val from = number(request, "from", "The 'from' parameter is missing or invalid", "Invalid 'from' value, 'from' should be greater than or equal to zero")
        val depth = request["depth"].long() ?: throw CatalogException.BadRequest("The 'depth' parameter is missing or invalid")
        if (depth < 0 || depth > MAX_DEPTH) throw CatalogException.BadRequest("Invalid 'depth' parameter, constraint not satisfied: 0 <= depth <= $MAX_DEPTH (Integer.MAX_VALUE/2)")
        val direction = request.str("direction") ?: throw CatalogException.BadRequest("Invalid request, mandatory key 'direction' is required")
        if (direction != "INPUT" && direction != "OUTPUT") throw CatalogException.BadRequest("direction must be INPUT or OUTPUT, was $direction")
        val excludeMeanings = request["excludeMeanings"].bool() ?: true
        val excludeClassifications = request["excludeClassifications"].bool() ?: true
        val immediateNeighbours = request["immediateNeighbours"].bool() ?: false
        val attributes = request.arr("attributes")?.mapNotNull { it.str() }.orEmpty()
        val listed = LineageCriteria.of(request["entityFilters"], "entityFilters")
        val walked = LineageCriteria.of(request["entityTraversalFilters"], "entityTraversalFilters")
        val edgesWalked = LineageCriteria.of(request["relationshipTraversalFilters"], "relationshipTraversalFilters")

        val edges = graph.current()
        val base = edges.header(guid) ?: store.index.mget(listOf(guid), withoutRelationships = true)[guid]
            ?: throw CatalogException.NotFound("Given instance guid $guid is invalid/not found", "ATLAS-404-00-005")
        val walk = LineageWalk(edges, direction == "OUTPUT", immediateNeighbours)
        val vertices = VertexLookup(store, edges, walk.needsAll(listed, walked))
        val result = walk.run(base, (2 * depth).toInt(), from.toInt(), size.toInt(), vertices, listed, walked, edgesWalked)

        return buildJsonObject {
            put("entities", JsonArray(result.listed.map { (asset, level) ->
                val header = LineageVertex.header(asset, attributes, excludeMeanings, excludeClassifications, level)
                if (!immediateNeighbours) header else JsonObject(header + result.neighbours(asset.guid, vertices))
            }))
            put("hasMore", result.hasMore)
            put("entityCount", result.listed.size)
            put("searchParameters", JsonObject(request + mapOf("excludeMeanings" to JsonPrimitive(excludeMeanings), "excludeClassifications" to JsonPrimitive(excludeClassifications))))
        }
    }

    private fun number(request: JsonObject, key: String, missing: String, negative: String): Long {
        val value = request[key].long() ?: throw CatalogException.BadRequest(missing)
        if (value < 0) throw CatalogException.BadRequest(negative)
        return value
    }

    private companion object {
        const val MAX_DEPTH = Int.MAX_VALUE / 2
    }
}

/** The stored assets a walk meets, read in batches and kept for the request; processes come from the edges' headers. */
internal class VertexLookup(private val store: CatalogStore, private val edges: ProcessEdges, val eager: Boolean) {
    private val known = HashMap<String, StoredAsset>()

    suspend fun load(guids: Collection<String>) {
        val missing = guids.filter { guid -> guid !in known && edges.header(guid)?.also { known[guid] = it } == null }
        for (chunk in missing.chunked(5_000)) known.putAll(store.index.mget(chunk, withoutRelationships = true))
    }

    fun get(guid: String): StoredAsset? = known[guid]

    fun properties(guid: String): Map<String, List<String>> =
        known[guid]?.let { LineageVertex.properties(it, store.types.superTypes(it.typeName)) } ?: mapOf("__guid" to listOf(guid))
}
