package dev.katalog.client.lineage

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.core.UsageException
import dev.katalog.dsl.lineage.FluentLineage
import dev.katalog.model.atlan.api.LineageGraph
import dev.katalog.model.atlan.api.LineageListRequest
import dev.katalog.model.atlan.api.LineageListResponse
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.json.KatalogJson
import io.ktor.http.HttpMethod
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.filterNot
import kotlinx.coroutines.flow.flow

/**
 * Lineage (`client.lineage`): what is upstream or downstream of an asset, as Atlan's lineage list answers it, one
 * page or every result paged lazily; [impact] lists everything downstream of an asset. Record lineage by saving
 * `Process.creator(…)` with `client.assets`, or with `process(…)` in a tree. Java uses [LineageApiFutures].
 *
 * ```
 * client.lineage.stream(orders.guid!!) { downstream(); depth(2); whereAssets(Asset.STATUS.inLineage eq "ACTIVE") }
 *     .collect { println("${it.typeName} ${it.qualifiedName}") }
 * ```
 */
public class LineageApi internal constructor(private val calls: AtlanCalls) {

    /** One page of [request], as the server answers it. */
    public suspend fun page(request: LineageListRequest): LineageListResponse =
        calls.decode(LineageListResponse.serializer(), calls.call(HttpMethod.Post, LIST, body = KatalogJson.encode(LineageListRequest.serializer(), request)))

    /**
     * Every result of [request], assets and processes in the order Atlan walks them, paged by `from` until the server
     * says there is no more; the next page is asked for only when the collector reaches it.
     */
    public fun stream(request: LineageListRequest): Flow<Asset> = flow {
        val size = request.size ?: FluentLineage.DEFAULT_PAGE_SIZE
        var from = request.from ?: 0
        while (true) {
            val page = page(request.copy(from = from, size = size))
            val entities = page.entities.orEmpty()
            entities.forEach { emit(it) }
            if (page.hasMore != true || entities.isEmpty()) return@flow
            from += entities.size
        }
    }

    /** Every result of [lineage]; a query walking both ways lists upstream, then downstream. */
    public fun stream(lineage: FluentLineage): Flow<Asset> = flow { lineage.toRequests().forEach { emitAll(stream(it)) } }

    /** Every result of the lineage of the asset with [guid] that [block] shapes: `stream(guid) { upstream(); depth(2) }`. */
    public fun stream(guid: String, block: FluentLineage.() -> Unit): Flow<Asset> = stream(FluentLineage.from(guid).apply(block))

    /**
     * Every asset downstream of [asset], at any depth, without the processes between them: what a change to it
     * touches. [block] may narrow it further (depth, filters, attributes).
     */
    public fun impact(asset: Asset, block: FluentLineage.() -> Unit = {}): Flow<Asset> {
        val guid = asset.guid?.takeUnless { it.startsWith("-") } ?: throw UsageException(
            "impact() needs a saved asset, and ${asset.typeName} ${asset.qualifiedName ?: ""} has ${if (asset.guid == null) "no GUID" else "only the placeholder GUID ${asset.guid}"}",
            "Save it first, or read it with client.assets.get(type, qualifiedName) and pass that",
        )
        return stream(FluentLineage.from(guid).include(Asset.NAME).apply(block).downstream()).filterNot { it is Process }
    }

    /**
     * The lineage graph around the asset with [guid] (`GET /api/meta/lineage/{guid}`), [depth] assets away (0: all),
     * for walking in memory; with [hideProcess] its edges join assets directly.
     */
    @JvmOverloads
    public suspend fun graph(guid: String, direction: GraphDirection = GraphDirection.BOTH, depth: Int = 3, hideProcess: Boolean = false): LineageGraph {
        UsageException.check(guid.isNotBlank(), { "graph() needs the GUID of an asset, and was given a blank one" }, "Pass a saved asset's guid")
        UsageException.check(depth >= 0, { "The lineage graph of $guid cannot reach $depth assets away" }, "Use a depth of 1 or more, or 0 for the whole graph")
        val query = listOf("direction" to direction.wire, "depth" to "$depth", "hideProcess" to "$hideProcess")
        return calls.decode(LineageGraph.serializer(), calls.call(HttpMethod.Get, "/api/meta/lineage/" + AtlanCalls.pathSegment(guid), query))
    }

    override fun toString(): String = "LineageApi"

    private suspend fun <T> kotlinx.coroutines.flow.FlowCollector<T>.emitAll(flow: Flow<T>) = flow.collect { emit(it) }

    internal companion object {
        const val LIST = "/api/meta/lineage/list"
    }
}
