package dev.katalog.client.assets

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.atlan.DeleteType
import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.atlan.SaveOptions
import dev.katalog.client.batch.AssetBatch
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.batch.BatchSummary
import dev.katalog.client.batch.runBatch
import dev.katalog.client.core.JavaTwin
import dev.katalog.client.core.UsageException
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.api.EntityResponse
import dev.katalog.model.atlan.api.MutationResponse
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.EntityStatus
import io.ktor.http.HttpMethod

/**
 * Saving, reading, deleting and restoring assets (`client.assets`): one at a time, a list in one call, or many
 * through an [AssetBatch]. Absence is [AtlanException.NotFound] except in the `…OrNull` calls. Java uses
 * [AssetsApiFutures].
 */
public class AssetsApi internal constructor(private val calls: AtlanCalls) {

    /** Creates or updates [assets] (matched on type and qualifiedName) in one call. */
    public suspend fun save(assets: List<Asset>, options: SaveOptions = SaveOptions.DEFAULT): MutationResult = calls.save(assets, options)

    /** Creates or updates one asset. */
    public suspend fun save(asset: Asset, options: SaveOptions = SaveOptions.DEFAULT): MutationResult = calls.save(listOf(asset), options)

    /**
     * Saves everything [block] adds, in batches of [BatchOptions.batchSize] sent concurrently, with references
     * between them resolved: `client.assets.batch { add(table); add(column) }`.
     */
    @JavaTwin("saveAll", "Java cannot write a suspending block; saveAll feeds the batch from an Iterable, as lazily")
    public suspend fun batch(options: BatchOptions = BatchOptions.DEFAULT, block: suspend AssetBatch.() -> Unit): BatchSummary =
        runBatch(calls, options, emptyMap(), block)

    /** The asset with [guid]; [AtlanException.NotFound] when there is none (see [getOrNull]). */
    public suspend fun get(guid: String): Asset {
        UsageException.check(guid.isNotBlank(), { "A GUID cannot be blank" }, "Pass the asset's GUID, or read it by type and qualifiedName")
        val body = calls.call(HttpMethod.Get, "/api/meta/entity/guid/${AtlanCalls.pathSegment(guid)}", READ_FLAGS)
        return calls.decode(EntityResponse.serializer(), body).entity
    }

    /** The asset with [guid], or null when there is none. Other failures still throw. */
    public suspend fun getOrNull(guid: String): Asset? = orNull { get(guid) }

    /** The asset of [type] with [qualifiedName]; [AtlanException.NotFound] when there is none (see [getOrNull]). */
    public suspend fun <T : Asset> get(type: AssetType<T>, qualifiedName: String): T {
        UsageException.check(qualifiedName.isNotBlank(), { "A qualifiedName cannot be blank" }, "Pass the asset's full qualifiedName")
        val body = calls.call(
            HttpMethod.Get, "/api/meta/entity/uniqueAttribute/type/${AtlanCalls.pathSegment(type.typeName)}",
            READ_FLAGS + ("attr:qualifiedName" to qualifiedName),
        )
        return type.fromJson(calls.decode(EntityResponse.serializer(), body).entity.json)
    }

    /** The asset of [type] with [qualifiedName], or null when there is none. Other failures still throw. */
    public suspend fun <T : Asset> getOrNull(type: AssetType<T>, qualifiedName: String): T? = orNull { get(type, qualifiedName) }

    /** The asset of type [T] with [qualifiedName]: `client.assets.get<Table>(qualifiedName)`. */
    @JvmName("getOfType")
    public suspend inline fun <reified T : Asset> get(qualifiedName: String): T = get(AtlanTypes.forClass(T::class.java), qualifiedName)

    /** The asset of type [T] with [qualifiedName], or null when there is none. */
    @JvmName("getOrNullOfType")
    public suspend inline fun <reified T : Asset> getOrNull(qualifiedName: String): T? = getOrNull(AtlanTypes.forClass(T::class.java), qualifiedName)

    /** Deletes the assets with [guids]: SOFT archives them (restorable), HARD and PURGE remove them. */
    public suspend fun delete(guids: List<String>, type: DeleteType = DeleteType.SOFT): MutationResult {
        UsageException.check(guids.isNotEmpty(), { "No GUID to delete" }, "Name at least one GUID")
        val query = guids.map { "guid" to it } + ("deleteType" to type.name)
        return MutationResult(calls.decode(MutationResponse.serializer(), calls.call(HttpMethod.Delete, AtlanCalls.BULK, query)))
    }

    /** Restores the archived asset of [type] with [qualifiedName]; returns false when it is not archived. */
    public suspend fun <T : Asset> restore(type: AssetType<T>, qualifiedName: String): Boolean {
        val request = FluentSearch.select(type).archived().where(Asset.QUALIFIED_NAME eq qualifiedName).pageSize(1).toRequest()
        val existing = calls.searchPage(request).entities.orEmpty().firstOrNull() ?: return false
        calls.save(listOf(Asset.trimToRequired(existing).status(EntityStatus.ACTIVE).build()), SaveOptions.DEFAULT)
        return true
    }

    override fun toString(): String = "AssetsApi"

    private suspend fun <T> orNull(block: suspend () -> T): T? = try {
        block()
    } catch (e: AtlanException.NotFound) {
        null
    }

    private companion object {
        val READ_FLAGS = listOf("minExtInfo" to "false", "ignoreRelationships" to "false")
    }
}
