package dev.katalog.client.directory

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanException
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.DirectoryRecord
import io.ktor.http.HttpMethod

/** The tenant's workspace roles (`client.directory.roles`), found by name. Java uses [RolesApiFutures]. */
public class RolesApi internal constructor(private val calls: AtlanCalls) {
    /** Every role (there are a handful). */
    public suspend fun list(): DirectoryPage =
        calls.decode(DirectoryPage.serializer(), calls.call(HttpMethod.Get, DirectoryKind.ROLES.path, listOf("limit" to "100", "offset" to "0")))

    /** The role named [name] (such as `$admin`, `$member`, `$guest`); [AtlanException.NotFound] naming the roles there are. */
    public suspend fun get(name: String): DirectoryRecord {
        val roles = list().records.orEmpty()
        return roles.firstOrNull { it.name == name } ?: throw AtlanException.NotFound(
            "There is no role named $name", null, null, "Use one of the tenant's roles: ${roles.mapNotNull { it.name }.sorted()}",
        )
    }

    /** The GUID of the role named [name]: Atlan takes roles by GUID (connection admins, a user's role). */
    public suspend fun idOf(name: String): String = get(name).id
        ?: throw AtlanException.Api("The role $name came without an id", null, null, null, "Report this answer of /api/service/roles")

    override fun toString(): String = "RolesApi"
}
