package dev.katalog.client.assets

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanException
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.search.Query
import kotlinx.serialization.json.JsonPrimitive

/**
 * Reads that ask for chosen attributes only: answered by the search index, as Atlan's SDK does (pyatlan 9.10.3
 * `get_by_qualified_name` with attributes, operation vector `get-by-qn-attrs`): a filter on the qualifiedName (or
 * GUID) and the type name, in any status, with the attributes named.
 */
internal class ChosenReads(private val calls: AtlanCalls) {
    suspend fun byQualifiedName(typeName: String, qualifiedName: String, options: ReadOptions): Asset =
        one(Asset.QUALIFIED_NAME eq qualifiedName, Asset.TYPE_NAME eq typeName, options) { "No $typeName with qualifiedName $qualifiedName" }

    suspend fun byGuid(guid: String, options: ReadOptions): Asset =
        one(Query.Term("__guid", JsonPrimitive(guid), false), null, options) { "No asset with GUID $guid" }

    private suspend fun one(key: Query, type: Query?, options: ReadOptions, missing: () -> String): Asset {
        val search = FluentSearch.select().includeArchived().where(key)
        type?.let(search::where)
        val request = search.include(*options.attributes.toTypedArray()).includeOnRelations(*options.relatedAttributes.toTypedArray()).toRequest()
        return calls.searchPage(request).entities.orEmpty().firstOrNull()
            ?: throw AtlanException.NotFound(missing(), null, null, "Check the type and the qualifiedName or GUID; search for it by name if unsure")
    }
}
