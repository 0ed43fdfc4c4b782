package dev.katalog.local.openmetadata

import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray

/**
 * Lineage between entities: `PUT /lineage` adds (or replaces) the edge from one entity to another; the graph of an
 * entity is read up to a depth in each direction, as OpenMetadata's `EntityLineage` (edges by id, nodes as references).
 * As OpenMetadata 1.4 does (openmetadata-service `jdbi3/LineageRepository.java`), an edge keeps only its
 * `lineageDetails` (description, SQL, column lineage, pipeline, source): the edge's own `description` is dropped, and
 * the pipeline named in them must exist (404 otherwise) and is kept as its full reference.
 * Depths run from 0 to 3 (`resources/lineage/LineageResource.java`, `@Min(0) @Max(3)`); others are a 400.
 */
internal class LineageService(private val index: EntityIndex) {
    private val lock = Mutex()

    suspend fun add(body: JsonElement) {
        val request = body as? JsonObject ?: throw OpenMetadataErrors.badRequest("A lineage request is {\"edge\":{\"fromEntity\":{…},\"toEntity\":{…}}}")
        val problems = OpenMetadataSchemas.validate(ADD_LINEAGE, request.toString())
        if (problems.isNotEmpty()) throw OpenMetadataErrors.badRequest("Invalid lineage request ($ADD_LINEAGE): ${problems.joinToString("; ")}")
        val edge = request.obj("edge")!!
        lock.withLock {
            val from = entity(edge.obj("fromEntity")!!)
            val to = entity(edge.obj("toEntity")!!)
            if (from.second.str("id") == to.second.str("id")) throw OpenMetadataErrors.badRequest("An entity cannot be its own upstream: fromEntity and toEntity are the same")
            val stored = buildJsonObject {
                put("fromEntity", from.second.str("id"))
                put("toEntity", to.second.str("id"))
                edge["lineageDetails"]?.let { put("lineageDetails", withPipeline(it)) }
            }
            index.putEdge(from.second.str("id")!!, from.first.type, to.second.str("id")!!, to.first.type, stored)
        }
    }

    // As 1.4's LineageRepository.addLineage: the pipeline named in lineageDetails must exist, and is kept as its full reference.
    private suspend fun withPipeline(details: JsonElement): JsonElement {
        val pipeline = (details as? JsonObject)?.obj("pipeline") ?: return details
        val (kind, entity) = entity(pipeline)
        return JsonObject(details + ("pipeline" to EntityReference.of(kind.type, entity)))
    }

    /** `DELETE /lineage/{fromType}/{fromId}/{toType}/{toId}`. */
    suspend fun remove(fromType: String, fromId: String, toType: String, toId: String) = lock.withLock {
        kind(fromType)
        kind(toType)
        if (!index.removeEdge(fromId, toId)) throw OpenMetadataErrors.notFound("lineage edge", "$fromId to $toId")
    }

    suspend fun byName(type: String, fqn: String, upstreamDepth: Int, downstreamDepth: Int): JsonObject {
        val kind = kind(type)
        val entity = index.byFqn(kind, fqn)?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound(type, fqn)
        return graph(kind, entity, upstreamDepth, downstreamDepth)
    }

    suspend fun byId(type: String, id: String, upstreamDepth: Int, downstreamDepth: Int): JsonObject {
        val kind = kind(type)
        val entity = index.get(kind, id)?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound(type, id)
        return graph(kind, entity, upstreamDepth, downstreamDepth)
    }

    private suspend fun graph(kind: EntityKind, entity: JsonObject, upstreamDepth: Int, downstreamDepth: Int): JsonObject {
        // Named as the server's ConstraintViolationExceptionMapper names them: the resource's Java parameter names.
        val violations = listOf("upstreamDepth" to upstreamDepth, "downStreamDepth" to downstreamDepth).mapNotNull { (name, depth) ->
            when {
                depth < 0 -> "$name must be greater than or equal to 0"
                depth > MAX_DEPTH -> "$name must be less than or equal to $MAX_DEPTH"
                else -> null
            }
        }
        if (violations.isNotEmpty()) throw OpenMetadataErrors.badRequest(violations.joinToString(", ", "[", "]"))
        val id = entity.str("id")!!
        val nodes = LinkedHashMap<String, String>()
        val upstream = walk(id, upstreamDepth, "toId", "fromId", "fromType", nodes)
        val downstream = walk(id, downstreamDepth, "fromId", "toId", "toType", nodes)
        nodes.remove(id)
        return buildJsonObject {
            put("entity", EntityReference.of(kind.type, entity))
            putJsonArray("nodes") {
                for ((nodeId, type) in nodes) {
                    val nodeKind = EntityKinds.ofType(type) ?: continue
                    index.get(nodeKind, nodeId)?.let { add(EntityReference.of(type, it)) }
                }
            }
            putJsonArray("upstreamEdges") { upstream.forEach { add(it) } }
            putJsonArray("downstreamEdges") { downstream.forEach { add(it) } }
        }
    }

    // Breadth first along edges whose [near] end is in the frontier, collecting the [far] ends as nodes.
    private suspend fun walk(start: String, depth: Int, near: String, far: String, farType: String, nodes: MutableMap<String, String>): List<JsonObject> {
        val edges = LinkedHashMap<String, JsonObject>()
        val seen = hashSetOf(start)
        var frontier = setOf(start)
        repeat(depth) {
            val found = index.edges(near, frontier)
            val next = HashSet<String>()
            for (document in found) {
                val edge = document.obj("edge") ?: continue
                val other = document.str(far) ?: continue
                edges["${document.str("fromId")}:${document.str("toId")}"] = edge
                nodes.putIfAbsent(other, document.str(farType).orEmpty())
                if (seen.add(other)) next += other
            }
            frontier = next
            if (frontier.isEmpty()) return edges.values.toList()
        }
        return edges.values.toList()
    }

    private suspend fun entity(reference: JsonObject): Pair<EntityKind, JsonObject> {
        val type = reference.str("type").orEmpty()
        val kind = kind(type)
        val id = reference.str("id").orEmpty()
        val entity = index.get(kind, id)?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound(type, id)
        return kind to entity
    }

    private fun kind(type: String): EntityKind = EntityKinds.ofType(type)
        ?: throw OpenMetadataErrors.badRequest("Unknown entity type ${type.take(100)}: use one of ${EntityKinds.all.joinToString(", ") { it.type }}")

    private companion object {
        const val ADD_LINEAGE = "api/lineage/addLineage.json"
        const val MAX_DEPTH = 3
    }
}
