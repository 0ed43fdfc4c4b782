package dev.katalog.client.openmetadata.lineage

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.type.EntityLineage
import dev.katalog.model.openmetadata.type.LineageDetails
import java.util.concurrent.CompletableFuture

/** [LineageApi] for Java: each call returns a [CompletableFuture] that fails with an [OpenMetadataException]. */
public class LineageApiFutures internal constructor(private val api: LineageApi, private val bridge: JavaBridge) {
    /** Adds (or updates) the lineage edge from [from] to [to], described by [description] (null for none). */
    public fun add(from: OpenMetadataEntity, to: OpenMetadataEntity, description: String?): CompletableFuture<Void?> = bridge.run { api.add(from, to, description) }
    public fun add(from: OpenMetadataEntity, to: OpenMetadataEntity): CompletableFuture<Void?> = add(from, to, null as String?)

    /** Adds (or replaces) the lineage edge from [from] to [to] with [details]. */
    public fun add(from: OpenMetadataEntity, to: OpenMetadataEntity, details: LineageDetails): CompletableFuture<Void?> = bridge.run { api.add(from, to, details) }

    /** Deletes the lineage edge from [from] to [to]. */
    public fun delete(from: OpenMetadataEntity, to: OpenMetadataEntity): CompletableFuture<Void?> = bridge.run { api.delete(from, to) }

    /** The lineage around the [kind] entity named [fqn], [upstreamDepth] and [downstreamDepth] hops each way. */
    public fun get(kind: EntityKind<*>, fqn: String, upstreamDepth: Int, downstreamDepth: Int): CompletableFuture<EntityLineage> =
        bridge.future { api.get(kind, fqn, upstreamDepth, downstreamDepth) }
    public fun get(kind: EntityKind<*>, fqn: String): CompletableFuture<EntityLineage> = get(kind, fqn, 1, 1)

    /** The lineage around the [kind] entity with [id], [upstreamDepth] and [downstreamDepth] hops each way. */
    public fun getById(kind: EntityKind<*>, id: String, upstreamDepth: Int, downstreamDepth: Int): CompletableFuture<EntityLineage> =
        bridge.future { api.getById(kind, id, upstreamDepth, downstreamDepth) }
    public fun getById(kind: EntityKind<*>, id: String): CompletableFuture<EntityLineage> = getById(kind, id, 1, 1)
}
