package dev.katalog.client.directory

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.api.DirectoryPage
import io.ktor.http.HttpMethod

/** The tenant's directory (`client.directory`): its users, groups and roles, page by page. Java uses [DirectoryApiFutures]. */
public class DirectoryApi internal constructor(private val calls: AtlanCalls) {
    /** Names of users, groups and roles, to check references (connection admins) before saving. */
    internal val names = DirectoryCache { kind, limit, offset -> list(kind, limit, offset) }

    /** One page of the directory's [kind] (users, groups or roles): [limit] records from [offset], narrowed by the server's [filter] JSON. */
    public suspend fun list(kind: DirectoryKind, limit: Int = 100, offset: Int = 0, filter: String? = null): DirectoryPage {
        UsageException.check(limit >= 1, { "limit must be at least 1, was $limit" }, "Ask for 100 (the default) at a time and page with offset")
        UsageException.check(offset >= 0, { "offset must be 0 or more, was $offset" }, "Start at 0")
        val query = listOf("limit" to limit.toString(), "offset" to offset.toString()) + listOfNotNull(filter?.let { "filter" to it })
        return calls.decode(DirectoryPage.serializer(), calls.call(HttpMethod.Get, kind.path, query))
    }

    override fun toString(): String = "DirectoryApi"
}
