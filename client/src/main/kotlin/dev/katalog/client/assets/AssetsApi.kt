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
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Readme
import dev.katalog.model.atlan.enums.CertificateStatus
import dev.katalog.model.atlan.field.RelationField
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive

/**
 * Saving, reading, deleting and restoring assets (`client.assets`): one at a time, a list in one call, or many
 * through an [AssetBatch]. Absence is [AtlanException.NotFound] except in the `…OrNull` calls. Java uses
 * [AssetsApiFutures].
 */
public class AssetsApi internal constructor(private val calls: AtlanCalls) {
    private val partial = PartialUpdates(calls)
    private val chosen = ChosenReads(calls)
    private val related = RelatedAssets(calls)

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

    /**
     * The asset with [guid]; [AtlanException.NotFound] when there is none (see [getOrNull]). By default
     * ([ReadOptions.MINIMAL]) without its relationships; [ReadOptions.FULL] brings them.
     */
    public suspend fun get(guid: String): Asset = get(guid, ReadOptions.MINIMAL)

    /** The asset with [guid], read as [options] say: [ReadOptions.FULL] for every relationship, or chosen attributes. */
    public suspend fun get(guid: String, options: ReadOptions): Asset {
        UsageException.check(guid.isNotBlank(), { "A GUID cannot be blank" }, "Pass the asset's GUID, or read it by type and qualifiedName")
        if (options.chosen) return chosen.byGuid(guid, options)
        val body = calls.call(HttpMethod.Get, "/api/meta/entity/guid/${AtlanCalls.pathSegment(guid)}", options.queryFlags())
        return calls.decode(EntityResponse.serializer(), body).entity
    }

    /** The asset with [guid], or null when there is none. Other failures still throw. */
    public suspend fun getOrNull(guid: String): Asset? = orNull { get(guid) }

    /** The asset with [guid] read as [options] say, or null when there is none. */
    public suspend fun getOrNull(guid: String, options: ReadOptions): Asset? = orNull { get(guid, options) }

    /**
     * The asset of [type] with [qualifiedName]; [AtlanException.NotFound] when there is none (see [getOrNull]).
     * By default ([ReadOptions.MINIMAL]) without its relationships; [ReadOptions.FULL] brings them.
     */
    public suspend fun <T : Asset> get(type: AssetType<T>, qualifiedName: String, options: ReadOptions = ReadOptions.MINIMAL): T {
        UsageException.check(qualifiedName.isNotBlank(), { "A qualifiedName cannot be blank" }, "Pass the asset's full qualifiedName")
        if (options.chosen) return type.fromJson(chosen.byQualifiedName(type.typeName, qualifiedName, options).json)
        val body = calls.call(
            HttpMethod.Get, "/api/meta/entity/uniqueAttribute/type/${AtlanCalls.pathSegment(type.typeName)}",
            listOf("attr:qualifiedName" to qualifiedName) + options.queryFlags(),
        )
        return type.fromJson(calls.decode(EntityResponse.serializer(), body).entity.json)
    }

    /** The asset of [type] with [qualifiedName], or null when there is none. Other failures still throw. */
    public suspend fun <T : Asset> getOrNull(type: AssetType<T>, qualifiedName: String, options: ReadOptions = ReadOptions.MINIMAL): T? =
        orNull { get(type, qualifiedName, options) }

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

    /**
     * Certifies the asset of [type] with [qualifiedName] as [status] with an optional [message], changing nothing
     * else on it (a partial update, vector `certificate-set`). A status written as text: [CertificateStatuses.of].
     */
    public suspend fun <T : Asset> certify(type: AssetType<T>, qualifiedName: String, status: CertificateStatus, message: String? = null): MutationResult =
        partial.update(type, qualifiedName, nameOf(type, qualifiedName), mapOf("certificateStatus" to JsonPrimitive(status.name), "certificateStatusMessage" to text(message)))

    /** Removes the certificate (status and message) of the asset of [type] with [qualifiedName] (vector `certificate-remove`). */
    public suspend fun <T : Asset> removeCertificate(type: AssetType<T>, qualifiedName: String): MutationResult =
        partial.update(type, qualifiedName, nameOf(type, qualifiedName), mapOf("certificateStatus" to JsonNull, "certificateStatusMessage" to JsonNull))

    /** Sets [announcement] on the asset of [type] with [qualifiedName], changing nothing else (vector `announcement-set`). */
    public suspend fun <T : Asset> announce(type: AssetType<T>, qualifiedName: String, announcement: Announcement): MutationResult =
        partial.update(
            type, qualifiedName, nameOf(type, qualifiedName),
            mapOf(
                "announcementTitle" to JsonPrimitive(announcement.title),
                "announcementMessage" to text(announcement.message),
                "announcementType" to JsonPrimitive(announcement.type.wireValue),
            ),
        )

    /** Removes the announcement (title, message and type) of the asset of [type] with [qualifiedName]. */
    public suspend fun <T : Asset> removeAnnouncement(type: AssetType<T>, qualifiedName: String): MutationResult =
        partial.update(
            type, qualifiedName, nameOf(type, qualifiedName),
            mapOf("announcementTitle" to JsonNull, "announcementMessage" to JsonNull, "announcementType" to JsonNull),
        )

    /**
     * Adds [assets] to the relationship [attribute] of the asset of [type] with [qualifiedName], keeping what it
     * already holds there (`appendRelationshipAttributes`): `appendRelated(Table, qn, "columns", listOf(column))`.
     * An attribute that is not a relationship of [type] is a [UsageException] naming those it has.
     */
    public suspend fun <T : Asset> appendRelated(type: AssetType<T>, qualifiedName: String, attribute: String, assets: List<Asset>): MutationResult {
        related.checkRelationship(type, attribute)
        return related.change(get(type, qualifiedName), type, attribute, assets, RelatedAssets.APPEND)
    }

    /** Removes [assets] from the relationship [attribute] of the asset, keeping the others (`removeRelationshipAttributes`). */
    public suspend fun <T : Asset> removeRelated(type: AssetType<T>, qualifiedName: String, attribute: String, assets: List<Asset>): MutationResult {
        related.checkRelationship(type, attribute)
        return related.change(get(type, qualifiedName), type, attribute, assets, RelatedAssets.REMOVE)
    }

    /** [appendRelated] by the relationship's search handle: `appendRelated(Table, qn, Table.COLUMNS, columns)`. */
    public suspend fun <T : Asset> appendRelated(type: AssetType<T>, qualifiedName: String, relationship: RelationField, assets: List<Asset>): MutationResult =
        appendRelated(type, qualifiedName, relationship.attribute, assets)

    /** [removeRelated] by the relationship's search handle. */
    public suspend fun <T : Asset> removeRelated(type: AssetType<T>, qualifiedName: String, relationship: RelationField, assets: List<Asset>): MutationResult =
        removeRelated(type, qualifiedName, relationship.attribute, assets)

    /**
     * The active connections named [name] for [connector] (vector `find-connection`); [AtlanException.NotFound]
     * when there is none. Several connections may share a name, so this is a list.
     */
    public suspend fun findConnections(name: String, connector: Connector): List<Connection> {
        UsageException.check(name.isNotBlank(), { "A connection name cannot be blank" }, "Pass the connection's name as Atlan shows it")
        // As Atlan's SDK asks (pyatlan 9.10.3 find_connections_by_name): the type name in capitals, which Atlan's
        // index matches as any case (its __typeName.keyword is lower-cased), no attributes, related assets' names.
        val request = FluentSearch.select().where(Asset.TYPE_NAME eq "CONNECTION").where(Connection.NAME eq name)
            .where(Connection.CONNECTOR_NAME eq connector.value).includeOnRelations("name").toRequest().with { attributes(emptyList()) }
        val found = calls.searchPage(request).entities.orEmpty().map { Connection.fromJson(it.json) }
        if (found.isEmpty()) throw AtlanException.NotFound(
            "No active ${connector.value} connection is named \"$name\"", null, null,
            "Check the name (it is case-sensitive) and the connector; connections of other connectors are not searched",
        )
        return found
    }

    /**
     * The README of the asset of [type] with [qualifiedName] (made with `Readme.creator(asset, html)`);
     * [AtlanException.NotFound] when it has none. Its HTML: `ReadmeContent.of(readme)`.
     */
    public suspend fun <T : Asset> getReadme(type: AssetType<T>, qualifiedName: String): Readme {
        val asset = get(type, qualifiedName)
        return getOrNull(Readme, "${asset.guid}/readme") ?: throw AtlanException.NotFound(
            "${type.typeName} $qualifiedName has no README", null, null, "Add one: client.assets.save(Readme.creator(asset, \"<p>…</p>\").build())",
        )
    }

    /** The README of the asset, or null when it has none. */
    public suspend fun <T : Asset> getReadmeOrNull(type: AssetType<T>, qualifiedName: String): Readme? = orNull { getReadme(type, qualifiedName) }

    /** Restores the archived (soft-deleted) assets with [guids] in one call; each must exist (active or archived). */
    public suspend fun restore(guids: List<String>): MutationResult {
        UsageException.check(guids.isNotEmpty(), { "No GUID to restore" }, "Name at least one GUID of an archived asset")
        val archived = guids.map { get(it) }
        return calls.save(archived.map { Asset.trimToRequired(it).status(EntityStatus.ACTIVE).build() }, SaveOptions.DEFAULT)
    }

    override fun toString(): String = "AssetsApi"

    /** The asset's name, which Atlan's partial update wants beside the qualifiedName; read minimally. */
    private suspend fun <T : Asset> nameOf(type: AssetType<T>, qualifiedName: String): String {
        UsageException.check(qualifiedName.isNotBlank(), { "A qualifiedName cannot be blank" }, "Pass the asset's full qualifiedName")
        return get(type, qualifiedName).name ?: qualifiedName
    }

    private fun text(value: String?): JsonElement = value?.let(::JsonPrimitive) ?: JsonNull

    private suspend fun <T> orNull(block: suspend () -> T): T? = try {
        block()
    } catch (e: AtlanException.NotFound) {
        null
    }

}
