package dev.katalog.client.directory

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.model.atlan.api.DirectoryPage
import io.ktor.http.HttpMethod

/**
 * The tenant's directory (`client.directory`): its [users], [groups] and [roles], and any of the three page by page
 * ([list]). Java uses [DirectoryApiFutures].
 */
public class DirectoryApi internal constructor(private val calls: AtlanCalls) {
    /** Workspace roles, by name. */
    public val roles: RolesApi = RolesApi(calls)

    /** Users: list, get by username or email, their groups, invite, change role. */
    public val users: UsersApi = UsersApi(calls, roles)

    /** Groups: list, create, update, delete, members. */
    public val groups: GroupsApi = GroupsApi(calls, users)

    /** Connection admins' roles given by name, made GUIDs before saving. */
    internal val roleIds = RoleIds { roles.list() }

    /** Names of users, groups and roles, to check references (connection admins) before saving. */
    internal val names = DirectoryCache { kind, limit, offset -> list(kind, limit, offset) }

    /** One page of the directory's [kind] (users, groups or roles): [limit] records from [offset], narrowed by the server's [filter] JSON. */
    public suspend fun list(kind: DirectoryKind, limit: Int = 100, offset: Int = 0, filter: String? = null): DirectoryPage {
        DirectoryPaging.check(limit, offset)
        val query = listOf("limit" to limit.toString(), "offset" to offset.toString()) + listOfNotNull(filter?.let { "filter" to it })
        return calls.decode(DirectoryPage.serializer(), calls.call(HttpMethod.Get, kind.path, query))
    }

    override fun toString(): String = "DirectoryApi"
}
