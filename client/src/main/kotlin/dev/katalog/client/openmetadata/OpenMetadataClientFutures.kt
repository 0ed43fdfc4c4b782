package dev.katalog.client.openmetadata

import dev.katalog.client.core.BlockingIterator
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.EntityKind
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.api.OpenMetadataServerVersion
import dev.katalog.model.openmetadata.type.EntityLineage
import kotlinx.coroutines.channels.produce
import kotlinx.coroutines.future.future
import java.util.Optional
import java.util.concurrent.CompletableFuture
import java.util.stream.Stream

/**
 * The operations of an [OpenMetadataClient] for Java: each returns a [CompletableFuture] (cancelling it
 * cancels the call), lists return a [Stream] (closing it stops the paging). Failures complete the future
 * exceptionally with an [OpenMetadataException].
 */
public class OpenMetadataClientFutures internal constructor(private val client: OpenMetadataClient) {
    private fun <T> launch(block: suspend () -> T): CompletableFuture<T> = client.scope.future { block() }

    public fun version(): CompletableFuture<OpenMetadataServerVersion> = launch { client.version() }
    public fun checkCompatibility(): CompletableFuture<OpenMetadataServerVersion> = launch { client.checkCompatibility() }

    /** The [kind] entity named [fqn]; fails with [OpenMetadataException.NotFound] when there is none. */
    public fun <E : OpenMetadataEntity> getByName(kind: EntityKind<E>, fqn: String): CompletableFuture<E> = launch { client.getByName(kind, fqn) }
    public fun <E : OpenMetadataEntity> getByName(kind: EntityKind<E>, fqn: String, fields: List<String>): CompletableFuture<E> = launch { client.getByName(kind, fqn, fields) }

    /** The [kind] entity named [fqn], or empty when there is none. */
    public fun <E : OpenMetadataEntity> findByName(kind: EntityKind<E>, fqn: String, fields: List<String>): CompletableFuture<Optional<E>> =
        launch { Optional.ofNullable(client.getByNameOrNull(kind, fqn, fields)) }

    public fun <E : OpenMetadataEntity> getById(kind: EntityKind<E>, id: String, fields: List<String>): CompletableFuture<E> = launch { client.getById(kind, id, fields) }
    public fun <E : OpenMetadataEntity> findById(kind: EntityKind<E>, id: String, fields: List<String>): CompletableFuture<Optional<E>> =
        launch { Optional.ofNullable(client.getByIdOrNull(kind, id, fields)) }

    public fun <E : OpenMetadataEntity> create(request: CreateRequest<E>): CompletableFuture<E> = launch { client.create(request) }
    public fun <E : OpenMetadataEntity> createOrUpdate(request: CreateRequest<E>): CompletableFuture<E> = launch { client.createOrUpdate(request) }
    public fun <E : OpenMetadataEntity> patch(entity: E, changes: JsonPatch): CompletableFuture<E> = launch { client.patch(entity, changes) }
    public fun <E : OpenMetadataEntity> delete(kind: EntityKind<E>, id: String, recursive: Boolean, hardDelete: Boolean): CompletableFuture<Void?> =
        launch { client.delete(kind, id, recursive, hardDelete); null }
    public fun <E : OpenMetadataEntity> versions(kind: EntityKind<E>, id: String): CompletableFuture<List<E>> = launch { client.versions(kind, id) }

    public fun <E : OpenMetadataEntity> search(kind: EntityKind<E>, search: OpenMetadataSearch): CompletableFuture<SearchResult<E>> = launch { client.search(kind, search) }
    public fun addLineage(from: OpenMetadataEntity, to: OpenMetadataEntity): CompletableFuture<Void?> = launch { client.addLineage(from, to); null }
    public fun lineage(kind: EntityKind<*>, fqn: String, upstreamDepth: Int, downstreamDepth: Int): CompletableFuture<EntityLineage> =
        launch { client.lineage(kind, fqn, upstreamDepth, downstreamDepth) }

    /** What applying [tree] would change. */
    public fun plan(tree: dev.katalog.dsl.tree.CatalogTree): CompletableFuture<OpenMetadataTreePlan> = launch { client.plan(tree) }
    /** Makes the server match [tree]. */
    public fun apply(tree: dev.katalog.dsl.tree.CatalogTree): CompletableFuture<OpenMetadataApplyResult> = launch { client.apply(tree) }
    /** Carries out [plan] as it was made. */
    public fun apply(plan: OpenMetadataTreePlan): CompletableFuture<OpenMetadataApplyResult> = launch { client.apply(plan) }

    /** Every [kind] entity matching [filters], paged lazily; close the stream (try-with-resources) to stop early. */
    public fun <E : OpenMetadataEntity> list(kind: EntityKind<E>, filters: Map<String, String>, fields: List<String>): Stream<E> =
        BlockingIterator.stream(client.scope.produce(capacity = 0) { client.list(kind, filters, fields).collect { send(it) } })
}
