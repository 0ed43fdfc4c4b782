package dev.katalog.client.directory

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.DirectoryRecord
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/**
 * The tenant's users (`client.directory.users`), by username or email, with their groups and roles, as the
 * reference SDK calls Atlan's directory (atlanhq/atlan-python, pyatlan/client/common/user.py). Java uses [UsersApiFutures].
 */
public class UsersApi internal constructor(private val calls: AtlanCalls, private val roles: RolesApi) {
    /**
     * One page of users: [limit] from [offset], in [sort] order (a field name, `-` first for descending), narrowed by
     * Atlan's JSON [filter] (such as `{"email":{"$ilike":"%@acme.com"}}`), each with the [columns] asked for.
     */
    public suspend fun list(
        limit: Int = 20,
        offset: Int = 0,
        sort: String = "username",
        filter: String? = null,
        columns: List<String> = DEFAULT_COLUMNS,
    ): DirectoryPage {
        DirectoryPaging.check(limit, offset)
        val query = columns.map { "columns" to it } + listOf("count" to "true", "limit" to "$limit", "maxLoginEvents" to "1", "offset" to "$offset", "sort" to sort) +
            listOfNotNull(filter?.let { "filter" to it })
        return calls.decode(DirectoryPage.serializer(), calls.call(HttpMethod.Get, DirectoryKind.USERS.path, query))
    }

    /** The user with [username]; [AtlanException.NotFound] when there is none. */
    public suspend fun get(username: String): DirectoryRecord {
        UsageException.check(username.isNotBlank(), { "username is blank" }, "Give the user's username, e.g. jdoe")
        return list(limit = 5, filter = filter("username", username)).records.orEmpty().firstOrNull { it.username == username }
            ?: throw AtlanException.NotFound("There is no user with username $username", null, null, "Check the username (users.list() lists them), or create the user with users.create(email, role)")
    }

    /** The users whose email address is [email] (ignoring case); empty when there are none. */
    public suspend fun byEmail(email: String): List<DirectoryRecord> {
        UsageException.check(email.contains('@'), { "\"$email\" is not an email address" }, "Give an address such as jdoe@acme.com")
        val filter = buildJsonObject { put("email", buildJsonObject { put("\$ilike", email) }) }.toString()
        return list(limit = 20, filter = filter).records.orEmpty()
    }

    /** The groups the user with [username] is in. */
    public suspend fun groupsOf(username: String): DirectoryPage {
        val id = idOf(username)
        val query = listOf("limit" to "100", "offset" to "0", "sort" to "name", "count" to "true")
        return calls.decode(DirectoryPage.serializer(), calls.call(HttpMethod.Get, "${DirectoryKind.USERS.path}/${AtlanCalls.pathSegment(id)}/groups", query))
    }

    /** Invites the user with [email] in the workspace role named [roleName] (`$admin`, `$member`, `$guest`), and returns them. */
    public suspend fun create(email: String, roleName: String = "\$guest"): DirectoryRecord {
        UsageException.check(email.contains('@'), { "\"$email\" is not an email address" }, "Give an address such as jdoe@acme.com")
        val roleId = roles.idOf(roleName)
        val body = buildJsonObject {
            put("users", JsonArray(listOf(buildJsonObject { put("email", email); put("roleName", roleName); put("roleId", roleId) })))
        }
        calls.call(HttpMethod.Post, DirectoryKind.USERS.path, body = body.toString())
        return byEmail(email).firstOrNull { it.email.equals(email, ignoreCase = true) }
            ?: throw AtlanException.Api("The user $email was invited but is not listed yet", null, null, null, "Look the user up again with users.byEmail(email)")
    }

    /** Moves the user with [username] into the workspace role named [roleName]. */
    public suspend fun changeRole(username: String, roleName: String) {
        val id = idOf(username)
        val body = buildJsonObject { put("roleId", roles.idOf(roleName)) }
        calls.call(HttpMethod.Post, "${DirectoryKind.USERS.path}/${AtlanCalls.pathSegment(id)}/roles/update", body = body.toString())
    }

    /** Adds the user with [username] to the groups with GUIDs [groupIds]. */
    internal suspend fun addToGroups(username: String, groupIds: List<String>) {
        val body = buildJsonObject { put("groups", JsonArray(groupIds.map(::JsonPrimitive))) }
        calls.call(HttpMethod.Post, "${DirectoryKind.USERS.path}/${AtlanCalls.pathSegment(idOf(username))}/groups", body = body.toString())
    }

    internal suspend fun idOf(username: String): String = get(username).id
        ?: throw AtlanException.Api("The user $username came without an id", null, null, null, "Report this answer of /api/service/users")

    private fun filter(field: String, value: String): String = buildJsonObject { put(field, value) }.toString()

    override fun toString(): String = "UsersApi"

    public companion object {
        /** The columns Atlan's own listing asks for (and the reference SDK). */
        @JvmField
        public val DEFAULT_COLUMNS: List<String> = listOf(
            "firstName", "lastName", "username", "id", "email", "emailVerified", "enabled", "roles", "defaultRoles", "groupCount",
            "attributes", "personas", "createdTimestamp", "lastLoginTime", "loginEvents", "isLocked", "workspaceRole",
        )
    }
}
