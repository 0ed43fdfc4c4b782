package dev.katalog.client.cache

import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.search.IndexSearchRequest
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.toList

/** Active connections by (connector, name) → qualifiedName, reloaded on a miss. */
internal class ConnectionCache(private val stream: (IndexSearchRequest) -> Flow<Asset>) {
    private val byName = RefreshingCache {
        val request = FluentSearch.select(Connection).include(Connection.CONNECTOR_NAME, Connection.NAME).toRequest()
        stream(request).toList().filterIsInstance<Connection>().mapNotNull { c ->
            val connector = c.connectorName ?: return@mapNotNull null
            val name = c.name ?: return@mapNotNull null
            (connector to name) to c.qualifiedName!!
        }.toMap()
    }

    /** The qualifiedName of the active connection named [name] for [connector], or null. */
    suspend fun qualifiedNameOf(connector: String, name: String): String? = byName.get(connector to name)
}
