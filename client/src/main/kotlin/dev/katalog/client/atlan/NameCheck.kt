package dev.katalog.client.atlan

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.search.IndexSearchRequest

/**
 * Checks the names a user gave as strings (type names, attribute names) before a call sends them, so that a typo
 * is a `UsageException` listing the close names rather than an ignored include, a saved junk attribute or an
 * empty result.
 */
internal interface NameCheck {
    /** Every asset's type exists and has every attribute the asset sets. */
    suspend fun checkSaved(assets: List<Asset>)

    /** Every attribute the search asks for exists on some type, and every type name it filters on exists. */
    suspend fun checkSearch(request: IndexSearchRequest)
}
