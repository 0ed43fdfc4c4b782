package dev.katalog.client.lineage

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.JavaBridge
import dev.katalog.dsl.lineage.FluentLineage
import dev.katalog.model.atlan.api.LineageGraph
import dev.katalog.model.atlan.api.LineageListRequest
import dev.katalog.model.atlan.api.LineageListResponse
import dev.katalog.model.atlan.asset.Asset
import java.util.concurrent.CompletableFuture
import java.util.function.Consumer
import java.util.stream.Stream

/**
 * [LineageApi] for Java: a page as a [CompletableFuture], every result as a [Stream] (close it, e.g. with
 * try-with-resources, to stop the paging). Failures are [AtlanException]s.
 */
public class LineageApiFutures internal constructor(private val api: LineageApi, private val bridge: JavaBridge) {
    public fun page(request: LineageListRequest): CompletableFuture<LineageListResponse> = bridge.future { api.page(request) }
    public fun stream(request: LineageListRequest): Stream<Asset> = bridge.stream(api.stream(request))
    public fun stream(lineage: FluentLineage): Stream<Asset> = bridge.stream(api.stream(lineage))

    /** `stream(guid, l -> l.upstream().depth(2))`. */
    public fun stream(guid: String, block: Consumer<FluentLineage>): Stream<Asset> = bridge.stream(api.stream(guid) { block.accept(this) })

    /** Every asset downstream of [asset], without processes. */
    public fun impact(asset: Asset): Stream<Asset> = bridge.stream(api.impact(asset))
    public fun impact(asset: Asset, block: Consumer<FluentLineage>): Stream<Asset> = bridge.stream(api.impact(asset) { block.accept(this) })

    /** The lineage graph around the asset with [guid], [depth] assets away (0: all). */
    @JvmOverloads
    public fun graph(guid: String, direction: GraphDirection = GraphDirection.BOTH, depth: Int = 3, hideProcess: Boolean = false): CompletableFuture<LineageGraph> =
        bridge.future { api.graph(guid, direction, depth, hideProcess) }
}
