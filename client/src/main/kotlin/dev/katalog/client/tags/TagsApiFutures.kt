package dev.katalog.client.tags

import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import java.util.concurrent.CompletableFuture

/** [TagsApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException`. */
public class TagsApiFutures internal constructor(private val api: TagsApi, private val bridge: JavaBridge) {
    public fun <T : Asset> add(type: AssetType<T>, qualifiedName: String, tags: List<String>, propagate: Boolean): CompletableFuture<MutationResult> =
        bridge.future { api.add(type, qualifiedName, tags, propagate) }
    public fun <T : Asset> add(type: AssetType<T>, qualifiedName: String, tags: List<String>): CompletableFuture<MutationResult> = add(type, qualifiedName, tags, false)
    public fun <T : Asset> remove(type: AssetType<T>, qualifiedName: String, tag: String): CompletableFuture<MutationResult> =
        bridge.future { api.remove(type, qualifiedName, tag) }
    public fun namesOf(asset: Asset): CompletableFuture<List<String>> = bridge.future { api.namesOf(asset) }
}
