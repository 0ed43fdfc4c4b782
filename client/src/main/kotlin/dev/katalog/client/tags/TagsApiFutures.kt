package dev.katalog.client.tags

import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.TagPropagation
import java.util.concurrent.CompletableFuture

/** [TagsApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException` or a `UsageException`. */
public class TagsApiFutures internal constructor(private val api: TagsApi, private val bridge: JavaBridge) {
    public fun <T : Asset> add(type: AssetType<T>, qualifiedName: String, tags: List<String>, propagation: TagPropagation): CompletableFuture<MutationResult> =
        bridge.future { api.add(type, qualifiedName, tags, propagation) }
    public fun <T : Asset> add(type: AssetType<T>, qualifiedName: String, tags: List<String>): CompletableFuture<MutationResult> = add(type, qualifiedName, tags, TagPropagation.NONE)
    public fun add(assets: List<Asset>, tags: List<String>, propagation: TagPropagation): CompletableFuture<MutationResult> = bridge.future { api.add(assets, tags, propagation) }
    public fun add(assets: List<Asset>, tags: List<String>): CompletableFuture<MutationResult> = add(assets, tags, TagPropagation.NONE)
    public fun <T : Asset> update(type: AssetType<T>, qualifiedName: String, tags: List<String>, propagation: TagPropagation): CompletableFuture<MutationResult> =
        bridge.future { api.update(type, qualifiedName, tags, propagation) }
    public fun <T : Asset> remove(type: AssetType<T>, qualifiedName: String, tag: String): CompletableFuture<MutationResult> =
        bridge.future { api.remove(type, qualifiedName, tag) }
    public fun <T : Asset> remove(type: AssetType<T>, qualifiedName: String, tags: List<String>): CompletableFuture<MutationResult> =
        bridge.future { api.remove(type, qualifiedName, tags) }
    public fun <T : Asset> replace(type: AssetType<T>, qualifiedName: String, tags: List<String>, propagation: TagPropagation): CompletableFuture<MutationResult> =
        bridge.future { api.replace(type, qualifiedName, tags, propagation) }
    public fun <T : Asset> replace(type: AssetType<T>, qualifiedName: String, tags: List<String>): CompletableFuture<MutationResult> = replace(type, qualifiedName, tags, TagPropagation.NONE)
    public fun tagsOf(asset: Asset): CompletableFuture<List<AssetTag>> = bridge.future { api.tagsOf(asset) }
    public fun namesOf(asset: Asset): CompletableFuture<List<String>> = bridge.future { api.namesOf(asset) }
    public fun idFor(name: String): CompletableFuture<String> = bridge.future { api.idFor(name) }
    public fun nameFor(id: String): CompletableFuture<String> = bridge.future { api.nameFor(id) }
    public fun names(): CompletableFuture<List<String>> = bridge.future { api.names() }
    public fun refresh(): CompletableFuture<Void?> = bridge.run { api.refresh() }
}
