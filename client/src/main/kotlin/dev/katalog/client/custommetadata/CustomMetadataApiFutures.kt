package dev.katalog.client.custommetadata

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.names.CustomMetadataAttribute
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.Badge
import dev.katalog.model.atlan.field.BooleanField
import dev.katalog.model.atlan.field.DateField
import dev.katalog.model.atlan.field.KeywordTextField
import dev.katalog.model.atlan.field.NumericField
import dev.katalog.model.atlan.structs.BadgeCondition
import java.util.concurrent.CompletableFuture

/** [CustomMetadataApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException` or a `UsageException`. */
public class CustomMetadataApiFutures internal constructor(private val api: CustomMetadataApi, private val bridge: JavaBridge) {
    public fun update(guid: String, set: String, values: Map<String, Any?>): CompletableFuture<Void?> = bridge.run { api.update(guid, set, values) }
    public fun <T : Asset> update(type: AssetType<T>, qualifiedName: String, set: String, values: Map<String, Any?>): CompletableFuture<Void?> =
        bridge.run { api.update(type, qualifiedName, set, values) }
    public fun replace(guid: String, set: String, values: Map<String, Any?>): CompletableFuture<Void?> = bridge.run { api.replace(guid, set, values) }
    public fun <T : Asset> replace(type: AssetType<T>, qualifiedName: String, set: String, values: Map<String, Any?>): CompletableFuture<Void?> =
        bridge.run { api.replace(type, qualifiedName, set, values) }
    public fun remove(guid: String, set: String): CompletableFuture<Void?> = bridge.run { api.remove(guid, set) }
    public fun <T : Asset> remove(type: AssetType<T>, qualifiedName: String, set: String): CompletableFuture<Void?> = bridge.run { api.remove(type, qualifiedName, set) }
    public fun read(asset: Asset, set: String): CompletableFuture<CustomMetadataValues> = bridge.future { api.read(asset, set) }
    public fun attribute(set: String, attribute: String): CompletableFuture<CustomMetadataAttribute> = bridge.future { api.attribute(set, attribute) }
    public fun badge(name: String, set: String, attribute: String, conditions: List<BadgeCondition>): CompletableFuture<Badge.Builder> =
        bridge.future { api.badge(name, set, attribute, conditions) }
    public fun idFor(set: String): CompletableFuture<String> = bridge.future { api.idFor(set) }
    public fun names(): CompletableFuture<List<String>> = bridge.future { api.names() }
    public fun refresh(): CompletableFuture<Void?> = bridge.run { api.refresh() }
    public fun textField(set: String, attribute: String): CompletableFuture<KeywordTextField> = bridge.future { api.textField(set, attribute) }
    public fun numericField(set: String, attribute: String): CompletableFuture<NumericField> = bridge.future { api.numericField(set, attribute) }
    public fun booleanField(set: String, attribute: String): CompletableFuture<BooleanField> = bridge.future { api.booleanField(set, attribute) }
    public fun dateField(set: String, attribute: String): CompletableFuture<DateField> = bridge.future { api.dateField(set, attribute) }
}
