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
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Readme
import dev.katalog.model.atlan.enums.CertificateStatus
import dev.katalog.model.atlan.field.RelationField
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

    /** The asset with [guid], read as [options] say (relationships, chosen attributes). */
    public fun get(guid: String, options: ReadOptions): CompletableFuture<Asset> = bridge.future { api.get(guid, options) }
    public fun find(guid: String, options: ReadOptions): CompletableFuture<Optional<Asset>> = bridge.future { Optional.ofNullable(api.getOrNull(guid, options)) }

    /** The asset of [type] with [qualifiedName], read as [options] say (relationships, chosen attributes). */
    public fun <T : Asset> get(type: AssetType<T>, qualifiedName: String, options: ReadOptions): CompletableFuture<T> =
        bridge.future { api.get(type, qualifiedName, options) }
    public fun <T : Asset> find(type: AssetType<T>, qualifiedName: String, options: ReadOptions): CompletableFuture<Optional<T>> =
        bridge.future { Optional.ofNullable(api.getOrNull(type, qualifiedName, options)) }

    /** Certifies the asset as [status] with [message] (may be null), changing nothing else on it. */
    public fun <T : Asset> certify(type: AssetType<T>, qualifiedName: String, status: CertificateStatus, message: String?): CompletableFuture<MutationResult> =
        bridge.future { api.certify(type, qualifiedName, status, message) }
    public fun <T : Asset> certify(type: AssetType<T>, qualifiedName: String, status: CertificateStatus): CompletableFuture<MutationResult> =
        certify(type, qualifiedName, status, null)
    public fun <T : Asset> removeCertificate(type: AssetType<T>, qualifiedName: String): CompletableFuture<MutationResult> =
        bridge.future { api.removeCertificate(type, qualifiedName) }
    public fun <T : Asset> announce(type: AssetType<T>, qualifiedName: String, announcement: Announcement): CompletableFuture<MutationResult> =
        bridge.future { api.announce(type, qualifiedName, announcement) }
    public fun <T : Asset> removeAnnouncement(type: AssetType<T>, qualifiedName: String): CompletableFuture<MutationResult> =
        bridge.future { api.removeAnnouncement(type, qualifiedName) }

    /** Adds [assets] to the relationship [attribute] of the asset, keeping what it already holds there. */
    public fun <T : Asset> appendRelated(type: AssetType<T>, qualifiedName: String, attribute: String, assets: List<Asset>): CompletableFuture<MutationResult> =
        bridge.future { api.appendRelated(type, qualifiedName, attribute, assets) }
    public fun <T : Asset> removeRelated(type: AssetType<T>, qualifiedName: String, attribute: String, assets: List<Asset>): CompletableFuture<MutationResult> =
        bridge.future { api.removeRelated(type, qualifiedName, attribute, assets) }
    public fun <T : Asset> appendRelated(type: AssetType<T>, qualifiedName: String, relationship: RelationField, assets: List<Asset>): CompletableFuture<MutationResult> =
        bridge.future { api.appendRelated(type, qualifiedName, relationship, assets) }
    public fun <T : Asset> removeRelated(type: AssetType<T>, qualifiedName: String, relationship: RelationField, assets: List<Asset>): CompletableFuture<MutationResult> =
        bridge.future { api.removeRelated(type, qualifiedName, relationship, assets) }

    /** The active connections named [name] for [connector]; fails with [AtlanException.NotFound] when there is none. */
    public fun findConnections(name: String, connector: Connector): CompletableFuture<List<Connection>> = bridge.future { api.findConnections(name, connector) }

    /** The README of the asset; fails with [AtlanException.NotFound] when it has none. */
    public fun <T : Asset> getReadme(type: AssetType<T>, qualifiedName: String): CompletableFuture<Readme> = bridge.future { api.getReadme(type, qualifiedName) }

    /** The README of the asset, or empty when it has none. */
    public fun <T : Asset> findReadme(type: AssetType<T>, qualifiedName: String): CompletableFuture<Optional<Readme>> =
        bridge.future { Optional.ofNullable(api.getReadmeOrNull(type, qualifiedName)) }

    public fun delete(guids: List<String>, type: DeleteType): CompletableFuture<MutationResult> = bridge.future { api.delete(guids, type) }
    public fun delete(guids: List<String>): CompletableFuture<MutationResult> = delete(guids, DeleteType.SOFT)

    /** Restores the archived assets with [guids] in one call. */
    public fun restore(guids: List<String>): CompletableFuture<MutationResult> = bridge.future { api.restore(guids) }

    public fun <T : Asset> restore(type: AssetType<T>, qualifiedName: String): CompletableFuture<Boolean> = bridge.future { api.restore(type, qualifiedName) }
}
