package dev.katalog.client

import dev.katalog.client.batch.AssetBatch
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.batch.BatchSummary
import dev.katalog.client.batch.batch
import dev.katalog.client.tree.ApplyResult
import dev.katalog.client.tree.TreePlan
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.search.AggregationResult
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.api.IndexSearchResponse
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDefResponse
import kotlinx.coroutines.channels.ReceiveChannel
import kotlinx.coroutines.channels.produce
import kotlinx.coroutines.future.future
import java.util.Optional
import java.util.concurrent.CompletableFuture
import java.util.stream.Stream

/**
 * The operations of an [AtlanClient] for Java: each returns a [CompletableFuture] (cancelling it cancels
 * the call), searches return a [Stream] (closing it stops the paging) or an [Iterable]. Failures complete
 * the future exceptionally with an [AtlanException].
 */
public class AtlanClientFutures internal constructor(private val client: AtlanClient, private val timeout: CallTimeout? = null) {
    private fun <T> launch(block: suspend () -> T): CompletableFuture<T> =
        if (timeout == null) client.scope.future { block() } else client.scope.future(timeout) { block() }

    /** The same operations with [timeout] as the read timeout of each call, instead of the client's default. */
    public fun withTimeout(timeout: java.time.Duration): AtlanClientFutures = AtlanClientFutures(client, CallTimeout(timeout))

    public fun save(assets: List<Asset>): CompletableFuture<MutationResult> = launch { client.save(assets) }
    public fun save(assets: List<Asset>, options: SaveOptions): CompletableFuture<MutationResult> = launch { client.save(assets, options) }
    public fun save(asset: Asset): CompletableFuture<MutationResult> = launch { client.save(asset) }

    /** The asset with [guid]; fails with [AtlanException.NotFound] when there is none. */
    public fun get(guid: String): CompletableFuture<Asset> = launch { client.get(guid) }

    /** The asset with [guid], or empty when there is none. */
    public fun find(guid: String): CompletableFuture<Optional<Asset>> = launch { Optional.ofNullable(client.getOrNull(guid)) }

    /** The asset of [type] with [qualifiedName]; fails with [AtlanException.NotFound] when there is none. */
    public fun <T : Asset> get(type: AssetType<T>, qualifiedName: String): CompletableFuture<T> = launch { client.get(type, qualifiedName) }

    /** The asset of [type] with [qualifiedName], or empty when there is none. */
    public fun <T : Asset> find(type: AssetType<T>, qualifiedName: String): CompletableFuture<Optional<T>> =
        launch { Optional.ofNullable(client.getOrNull(type, qualifiedName)) }

    public fun delete(guids: List<String>, type: DeleteType): CompletableFuture<MutationResult> = launch { client.delete(guids, type) }
    public fun <T : Asset> restore(type: AssetType<T>, qualifiedName: String): CompletableFuture<Boolean> = launch { client.restore(type, qualifiedName) }

    public fun <T : Asset> addAtlanTags(type: AssetType<T>, qualifiedName: String, tags: List<String>): CompletableFuture<MutationResult> =
        launch { client.addAtlanTags(type, qualifiedName, tags) }
    public fun <T : Asset> removeAtlanTag(type: AssetType<T>, qualifiedName: String, tag: String): CompletableFuture<MutationResult> =
        launch { client.removeAtlanTag(type, qualifiedName, tag) }
    public fun <T : Asset> setCustomMetadata(type: AssetType<T>, qualifiedName: String, set: String, values: Map<String, Any?>): CompletableFuture<MutationResult> =
        launch { client.setCustomMetadata(type, qualifiedName, set, values) }

    /** What applying [tree] would change. */
    public fun plan(tree: CatalogTree): CompletableFuture<TreePlan> = launch { client.plan(tree) }
    /** What applying [tree] with prune would change. */
    public fun plan(tree: CatalogTree, prune: Boolean): CompletableFuture<TreePlan> = launch { client.plan(tree, prune) }
    /** Makes the catalog match [tree]. */
    public fun apply(tree: CatalogTree): CompletableFuture<ApplyResult> = launch { client.apply(tree) }
    /** Makes the catalog match [tree], with [prune] and batch [options]. */
    public fun apply(tree: CatalogTree, prune: Boolean, options: BatchOptions): CompletableFuture<ApplyResult> = launch { client.apply(tree, prune, options) }

    /** Carries out [plan] as it was made. */
    public fun apply(plan: TreePlan): CompletableFuture<ApplyResult> = launch { client.apply(plan) }

    /** Saves [assets] through an [AssetBatch] with [options]. */
    public fun saveAll(assets: Iterable<Asset>, options: BatchOptions): CompletableFuture<BatchSummary> =
        launch { client.batch(options) { addAll(assets) } }

    public fun search(request: IndexSearchRequest): CompletableFuture<IndexSearchResponse> = launch { client.search(request) }
    public fun search(search: FluentSearch): CompletableFuture<IndexSearchResponse> = search(search.toRequest())
    public fun count(request: IndexSearchRequest): CompletableFuture<Long> = launch { client.count(request) }
    public fun aggregate(request: IndexSearchRequest): CompletableFuture<Map<String, AggregationResult>> = launch { client.aggregate(request) }
    public fun typeDefs(vararg categories: TypeCategory): CompletableFuture<TypeDefResponse> = launch { client.typeDefs(*categories) }
    public fun createTypeDefs(typeDefs: TypeDefResponse): CompletableFuture<TypeDefResponse> = launch { client.createTypeDefs(typeDefs) }
    public fun directory(kind: DirectoryKind, limit: Int, offset: Int): CompletableFuture<dev.katalog.model.atlan.api.DirectoryPage> =
        launch { client.directory(kind, limit, offset) }
    public fun atlanTagNames(asset: Asset): CompletableFuture<List<String>> = launch { client.atlanTagNames(asset) }
    public fun customMetadata(asset: Asset, set: String): CompletableFuture<Map<String, kotlinx.serialization.json.JsonElement>> =
        launch { client.customMetadata(asset, set) }

    /** Every result of [request], paged lazily; close the stream (try-with-resources) to stop early. */
    public fun stream(request: IndexSearchRequest): Stream<Asset> {
        return BlockingIterator.stream(channelOf(request))
    }

    /** Every result of [search], paged lazily. */
    public fun stream(search: FluentSearch): Stream<Asset> = stream(search.toRequest())

    /** Every result of [request] as an Iterable; each iteration runs the search again. */
    public fun iterable(request: IndexSearchRequest): Iterable<Asset> = Iterable { BlockingIterator(channelOf(request)) }

    private fun channelOf(request: IndexSearchRequest): ReceiveChannel<Asset> = client.scope.produce(timeout ?: kotlin.coroutines.EmptyCoroutineContext, capacity = 0) {
        client.stream(request).collect { send(it) }
    }
}
