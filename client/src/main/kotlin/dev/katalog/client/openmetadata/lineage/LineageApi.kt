package dev.katalog.client.openmetadata.lineage

import dev.katalog.client.core.UsageException
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls.Companion.pathSegment
import dev.katalog.client.openmetadata.entities.referenceOf
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.api.lineage.AddLineage
import dev.katalog.model.openmetadata.type.EntitiesEdge
import dev.katalog.model.openmetadata.type.EntityLineage
import dev.katalog.model.openmetadata.type.LineageDetails
import io.ktor.http.HttpMethod

/** Lineage between entities (`om.lineage`): adding and deleting an edge, reading the graph around an entity. Java uses [LineageApiFutures]. */
public class LineageApi internal constructor(private val calls: OpenMetadataCalls) {

    /**
     * Adds (or updates) the lineage edge from [from] to [to], with an optional [description] (`PUT /lineage`). The
     * description travels in the edge's `lineageDetails`, the only part of an edge OpenMetadata keeps
     * (openmetadata-service `jdbi3/LineageRepository.addLineage` stores `lineageDetails` and drops the edge's own fields).
     */
    public suspend fun add(from: OpenMetadataEntity, to: OpenMetadataEntity, description: String? = null) {
        add(from, to, LineageDetails(description = description))
    }

    /** Adds (or replaces) the lineage edge from [from] to [to] with [details]: description, SQL, column lineage, pipeline, source. */
    public suspend fun add(from: OpenMetadataEntity, to: OpenMetadataEntity, details: LineageDetails) {
        val edge = EntitiesEdge(fromEntity = referenceOf(from), toEntity = referenceOf(to), lineageDetails = details)
        calls.call(HttpMethod.Put, "/lineage", body = KatalogJson.encode(AddLineage.serializer(), AddLineage(edge)))
    }

    /**
     * Deletes the lineage edge from [from] to [to] (`DELETE /lineage/{fromType}/{fromId}/{toType}/{toId}`, as
     * openmetadata-service 1.4 `resources/lineage/LineageResource.deleteLineage` takes it); a missing edge is a 404.
     */
    public suspend fun delete(from: OpenMetadataEntity, to: OpenMetadataEntity) {
        val fromReference = referenceOf(from)
        val toReference = referenceOf(to)
        delete(fromReference.type, fromReference.id, toReference.type, toReference.id)
    }

    internal suspend fun delete(fromType: String, fromId: String, toType: String, toId: String) {
        calls.call(HttpMethod.Delete, "/lineage/${pathSegment(fromType)}/${pathSegment(fromId)}/${pathSegment(toType)}/${pathSegment(toId)}")
    }

    /**
     * The lineage around the [kind] entity named [fqn], [upstreamDepth] and [downstreamDepth] hops each way, each from
     * 0 to 3: OpenMetadata 1.4 refuses more (`resources/lineage/LineageResource.java`, `@Max(3)`), so this does before sending.
     */
    public suspend fun get(kind: EntityKind<*>, fqn: String, upstreamDepth: Int = 1, downstreamDepth: Int = 1): EntityLineage {
        Fqn.split(fqn)
        return read("/lineage/${kind.type}/name/${pathSegment(fqn)}", fqn, upstreamDepth, downstreamDepth)
    }

    /**
     * The lineage around the [kind] entity with [id] (`GET /lineage/{type}/{id}`, `LineageResource.get` in 1.4), with the
     * same depth limits as [get]; an id that is not a UUID is refused before sending, as the server would not find it.
     */
    public suspend fun getById(kind: EntityKind<*>, id: String, upstreamDepth: Int = 1, downstreamDepth: Int = 1): EntityLineage {
        UsageException.check(
            runCatching { java.util.UUID.fromString(id) }.isSuccess, { "\"$id\" is not an OpenMetadata entity id (a UUID)" },
            "Pass the entity's id, e.g. table.id, or read lineage by name with get(kind, fqn)",
        )
        return read("/lineage/${kind.type}/${pathSegment(id)}", id, upstreamDepth, downstreamDepth)
    }

    private suspend fun read(path: String, what: String, upstreamDepth: Int, downstreamDepth: Int): EntityLineage {
        UsageException.check(upstreamDepth >= 0 && downstreamDepth >= 0, { "Lineage depths must be 0 or more, were $upstreamDepth and $downstreamDepth" }, "Pass 0 for no hops in a direction")
        UsageException.check(
            upstreamDepth <= MAX_DEPTH && downstreamDepth <= MAX_DEPTH,
            { "Lineage of $what: OpenMetadata reads at most $MAX_DEPTH hops each way, asked for $upstreamDepth up and $downstreamDepth down" },
            "Pass depths of $MAX_DEPTH or less, and read further from the entities at the edge of that answer",
        )
        val query = listOf("upstreamDepth" to upstreamDepth.toString(), "downstreamDepth" to downstreamDepth.toString())
        return calls.decode(EntityLineage.serializer(), calls.call(HttpMethod.Get, path, query))
    }

    override fun toString(): String = "LineageApi"

    private companion object {
        const val MAX_DEPTH = 3
    }
}
