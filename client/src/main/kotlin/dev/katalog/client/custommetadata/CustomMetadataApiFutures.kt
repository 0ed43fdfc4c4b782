package dev.katalog.client.custommetadata

import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import kotlinx.serialization.json.JsonElement
import java.util.concurrent.CompletableFuture

/** [CustomMetadataApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException`. */
public class CustomMetadataApiFutures internal constructor(private val api: CustomMetadataApi, private val bridge: JavaBridge) {
    public fun <T : Asset> set(type: AssetType<T>, qualifiedName: String, set: String, values: Map<String, Any?>): CompletableFuture<MutationResult> =
        bridge.future { api.set(type, qualifiedName, set, values) }
    public fun read(asset: Asset, set: String): CompletableFuture<Map<String, JsonElement>> = bridge.future { api.read(asset, set) }
}
