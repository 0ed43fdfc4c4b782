package dev.katalog.client.search

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.JavaBridge
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.search.AggregationResult
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.api.IndexSearchResponse
import java.util.concurrent.CompletableFuture
import java.util.function.Consumer
import java.util.stream.Stream

/**
 * [SearchApi] for Java: pages, counts and aggregations as [CompletableFuture]s, every result as a [Stream]
 * (close it, e.g. with try-with-resources, to stop the paging) or an [Iterable]. Failures are [AtlanException]s.
 */
public class SearchApiFutures internal constructor(private val api: SearchApi, private val bridge: JavaBridge) {
    public fun page(request: IndexSearchRequest): CompletableFuture<IndexSearchResponse> = bridge.future { api.page(request) }
    public fun page(search: FluentSearch): CompletableFuture<IndexSearchResponse> = page(search.toRequest())

    /** Every result of [request], paged lazily and handed over a page at a time. */
    public fun stream(request: IndexSearchRequest): Stream<Asset> = bridge.streamPages(api.pages(request))
    public fun stream(search: FluentSearch): Stream<Asset> = stream(search.toRequest())

    /** Every asset of [type] that [search] selects, typed: `stream(Table.TYPE, s -> s.where(…))`. */
    public fun <T : Asset> stream(type: AssetType<T>, search: Consumer<FluentSearch>): Stream<T> = bridge.streamPages(api.pages(type) { search.accept(this) })

    /** Every result of [request] as an Iterable; each iteration runs the search again. */
    public fun iterable(request: IndexSearchRequest): Iterable<Asset> = bridge.iterablePages { api.pages(request) }

    public fun count(request: IndexSearchRequest): CompletableFuture<Long> = bridge.future { api.count(request) }
    public fun aggregate(request: IndexSearchRequest): CompletableFuture<Map<String, AggregationResult>> = bridge.future { api.aggregate(request) }
}
