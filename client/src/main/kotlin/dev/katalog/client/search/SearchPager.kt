package dev.katalog.client.search

import dev.katalog.client.atlan.AtlanException
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.api.IndexSearchResponse
import dev.katalog.model.atlan.search.SortItem
import dev.katalog.model.atlan.search.SortOrder
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.flow.transform

/**
 * Pages through a search lazily. Up to [threshold] results it pages by offset; past it (the index
 * answers at most 100,000 by offset) it pages by creation time: sorted by `__timestamp, __guid` and
 * continuing `search_after` the last hit, which neither repeats nor skips results even when many
 * share a creation time or new assets arrive meanwhile. The next page is fetched while the caller
 * consumes the current one.
 */
internal class SearchPager(private val threshold: Int, private val fetch: suspend (IndexSearchRequest) -> IndexSearchResponse) {

    fun assets(request: IndexSearchRequest): Flow<Asset> =
        pages(request).buffer(1).transform { page -> page.forEach { emit(it) } }

    fun pages(request: IndexSearchRequest): Flow<List<Asset>> = flow {
        val size = request.dsl.size ?: DEFAULT_PAGE_SIZE
        if (size == 0) return@flow
        val first = fetch(request)
        val total = first.approximateCount ?: 0
        if (total > threshold) {
            checkCreationTimeMode(request, total)
            byCreationTime(request, size) { emit(it) }
            return@flow
        }
        var page = first.entities.orEmpty()
        var from = request.dsl.from ?: 0
        while (page.isNotEmpty()) {
            emit(page)
            from += size
            if (page.size < size || from >= total) break
            page = fetch(request.with { dsl(request.dsl.with { from(from) }) }).entities.orEmpty()
        }
    }

    private suspend fun byCreationTime(request: IndexSearchRequest, size: Int, emit: suspend (List<Asset>) -> Unit) {
        var after: List<kotlinx.serialization.json.JsonElement>? = null
        while (true) {
            val dsl = request.dsl.with { from(0); size(size); sort(CREATION_ORDER); searchAfter(after) }
            val response = fetch(request.with { dsl(dsl); showSearchMetadata(true) })
            val page = response.entities.orEmpty()
            if (page.isEmpty()) return
            emit(page)
            if (page.size < size) return
            val last = page.last()
            after = response.searchMetadata?.get(last.guid)?.sort ?: throw AtlanException.Logic(
                "The server sent no sort values for ${last.guid}, so paging by creation time cannot continue",
                "The catalog must answer searchMetadata when showSearchMetadata is true",
            )
        }
    }

    private fun checkCreationTimeMode(request: IndexSearchRequest, total: Long) {
        val userSort = request.dsl.sort.orEmpty().filter { it != SortItem.BY_GUID }
        if (userSort.isNotEmpty()) throw AtlanException.Logic(
            "This search matches $total results, past the paging threshold of $threshold, and is sorted by ${userSort.map { it.field }}",
            "Past the threshold results come in creation order: drop the sort, or narrow the search below $threshold results",
        )
        if ((request.dsl.from ?: 0) != 0) throw AtlanException.Logic(
            "This search matches $total results, past the paging threshold of $threshold, and starts at from=${request.dsl.from}",
            "Past the threshold results are streamed from the start: drop from(), or narrow the search",
        )
    }

    private companion object {
        const val DEFAULT_PAGE_SIZE = 300
        val CREATION_ORDER = listOf(SortItem("__timestamp", SortOrder.ASC), SortItem.BY_GUID)
    }
}
