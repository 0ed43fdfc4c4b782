package dev.katalog.client.search

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.search.AggregationResult
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.api.IndexSearchResponse
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.map

/**
 * Searching Atlan's index (`client.search`): one page as the server answers it, every result paged lazily,
 * counts and aggregations. Build requests with [FluentSearch]; Java uses [SearchApiFutures].
 *
 * ```
 * client.search.stream(Table) { where(Table.ROW_COUNT gt 1_000_000) }.collect { println(it.qualifiedName) }
 * ```
 */
public class SearchApi internal constructor(private val calls: AtlanCalls, searchWindowThreshold: Int) {
    private val pager = SearchPager(searchWindowThreshold) { calls.searchPage(it) }

    /** One page of [request], as the server answers it. */
    public suspend fun page(request: IndexSearchRequest): IndexSearchResponse = calls.searchPage(request)

    /** Every result of [request], paged lazily (past the search window, by creation time); cancelling the collector stops the calls. */
    public fun stream(request: IndexSearchRequest): Flow<Asset> = pager.assets(request)

    /** Every asset of [type] that [block] selects, typed, paged lazily. */
    public fun <T : Asset> stream(type: AssetType<T>, block: FluentSearch.() -> Unit): Flow<T> =
        pager.assets(FluentSearch.select(type).apply(block).toRequest()).map { type.fromJson(it.json) }

    /** Every asset of type [T] that [block] selects: `client.search.stream<Table> { where(…) }`. */
    @JvmName("streamOfType")
    public inline fun <reified T : Asset> stream(noinline block: FluentSearch.() -> Unit): Flow<T> = stream(AtlanTypes.forClass(T::class.java), block)

    /** How many assets [request] matches. */
    public suspend fun count(request: IndexSearchRequest): Long {
        val counting = request.with { dsl(request.dsl.with { from(0); size(0); aggregations(emptyMap()) }); attributes(null); relationAttributes(null) }
        return calls.searchPage(counting).approximateCount ?: 0
    }

    /** The aggregations of [request] (its page of results is not fetched). */
    public suspend fun aggregate(request: IndexSearchRequest): Map<String, AggregationResult> =
        calls.searchPage(request.with { dsl(request.dsl.with { from(0); size(0) }) }).aggregations.orEmpty()

    /** The pages of [request] as lists, for callers that work page by page (batches, trees). */
    internal fun pages(request: IndexSearchRequest): Flow<List<Asset>> = pager.pages(request)

    /** The pages of the assets of [type] that [block] selects, typed, for callers that take a page at a time. */
    internal fun <T : Asset> pages(type: AssetType<T>, block: FluentSearch.() -> Unit): Flow<List<T>> =
        pager.pages(FluentSearch.select(type).apply(block).toRequest()).map { page -> page.map { type.fromJson(it.json) } }

    override fun toString(): String = "SearchApi"
}
