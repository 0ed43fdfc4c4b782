package dev.katalog.client.assets

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.atlan.DeleteType
import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.atlan.SaveOptions
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.batch.BatchSummary
import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import java.util.Optional
import java.util.concurrent.CompletableFuture

/**
 * [AssetsApi] for Java: each call returns a [CompletableFuture] (cancelling it cancels the call) that fails with
 * an [AtlanException]; absence is an empty [Optional] in the `find` calls.
 */
public class AssetsApiFutures internal constructor(private val api: AssetsApi, private val bridge: JavaBridge) {
    public fun save(assets: List<Asset>, options: SaveOptions): CompletableFuture<MutationResult> = bridge.future { api.save(assets, options) }
    public fun save(assets: List<Asset>): CompletableFuture<MutationResult> = save(assets, SaveOptions.DEFAULT)
    public fun save(asset: Asset, options: SaveOptions): CompletableFuture<MutationResult> = bridge.future { api.save(asset, options) }
    public fun save(asset: Asset): CompletableFuture<MutationResult> = save(asset, SaveOptions.DEFAULT)

    /** Saves every asset of [assets] through a batch with [options], reading the Iterable as the batch makes room. */
    public fun saveAll(assets: Iterable<Asset>, options: BatchOptions): CompletableFuture<BatchSummary> = bridge.future { api.batch(options) { addAll(assets) } }
    public fun saveAll(assets: Iterable<Asset>): CompletableFuture<BatchSummary> = saveAll(assets, BatchOptions.DEFAULT)

    /** The asset with [guid]; fails with [AtlanException.NotFound] when there is none. */
    public fun get(guid: String): CompletableFuture<Asset> = bridge.future { api.get(guid) }

    /** The asset with [guid], or empty when there is none. */
    public fun find(guid: String): CompletableFuture<Optional<Asset>> = bridge.future { Optional.ofNullable(api.getOrNull(guid)) }

    /** The asset of [type] with [qualifiedName]; fails with [AtlanException.NotFound] when there is none. */
    public fun <T : Asset> get(type: AssetType<T>, qualifiedName: String): CompletableFuture<T> = bridge.future { api.get(type, qualifiedName) }

    /** The asset of [type] with [qualifiedName], or empty when there is none. */
    public fun <T : Asset> find(type: AssetType<T>, qualifiedName: String): CompletableFuture<Optional<T>> =
        bridge.future { Optional.ofNullable(api.getOrNull(type, qualifiedName)) }

    public fun delete(guids: List<String>, type: DeleteType): CompletableFuture<MutationResult> = bridge.future { api.delete(guids, type) }
    public fun delete(guids: List<String>): CompletableFuture<MutationResult> = delete(guids, DeleteType.SOFT)

    public fun <T : Asset> restore(type: AssetType<T>, qualifiedName: String): CompletableFuture<Boolean> = bridge.future { api.restore(type, qualifiedName) }
}
