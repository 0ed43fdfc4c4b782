package dev.katalog.client.directory

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.DirectoryRecord
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/**
 * The tenant's groups (`client.directory.groups`), by their alias (the name people see), and their members, as the
 * reference SDK calls Atlan's directory (atlanhq/atlan-python, pyatlan/client/common/group.py). Java uses [GroupsApiFutures].
 */
public class GroupsApi internal constructor(private val calls: AtlanCalls, private val users: UsersApi) {
    /** One page of groups (Atlan's v2 listing): [limit] from [offset], in [sort] order, narrowed by Atlan's JSON [filter]. */
    public suspend fun list(limit: Int = 20, offset: Int = 0, sort: String = "name", filter: String? = null): DirectoryPage {
        DirectoryPaging.check(limit, offset)
        val query = listOf("count" to "true", "limit" to "$limit", "offset" to "$offset", "sort" to sort) + listOfNotNull(filter?.let { "filter" to it })
        return calls.decode(DirectoryPage.serializer(), calls.call(HttpMethod.Get, DirectoryKind.GROUPS.path, query))
    }

    /** The group whose alias is [alias] (ignoring case); [AtlanException.NotFound] when there is none. */
    public suspend fun get(alias: String): DirectoryRecord {
        UsageException.check(alias.isNotBlank(), { "alias is blank" }, "Give the group's alias, e.g. Data Stewards")
        val filter = buildJsonObject { put("alias", buildJsonObject { put("\$ilike", alias) }) }.toString()
        return list(limit = 20, filter = filter).records.orEmpty().firstOrNull { it.alias.equals(alias, ignoreCase = true) }
            ?: throw AtlanException.NotFound("There is no group with alias $alias", null, null, "Check the alias (groups.list() lists them), or create the group with groups.create(alias)")
    }

    /**
     * Creates a group with [alias] (its internal name is the alias in lower case, spaces as `_`), an optional
     * [description] and the users with [usernames] as members; returns the new group's GUID. A group whose alias
     * or name is taken is an [AtlanException.Conflict].
     */
    public suspend fun create(alias: String, description: String? = null, usernames: List<String> = emptyList()): String {
        UsageException.check(alias.isNotBlank(), { "alias is blank" }, "Give the group a human name, e.g. Data Stewards")
        val userIds = usernames.map { users.idOf(it) }
        val body = buildJsonObject {
            putJsonObject("group") {
                put("name", nameFor(alias))
                putJsonObject("attributes") {
                    put("alias", JsonArray(listOf(JsonPrimitive(alias))))
                    description?.let { put("description", JsonArray(listOf(JsonPrimitive(it)))) }
                }
            }
            if (userIds.isNotEmpty()) put("users", JsonArray(userIds.map(::JsonPrimitive)))
        }
        val answer = try {
            calls.call(HttpMethod.Post, CREATE, body = body.toString())
        } catch (e: AtlanException.Conflict) {
            throw AtlanException.Conflict("A group with alias $alias (or name ${nameFor(alias)}) already exists: ${e.message}", e.errorCode, e.requestId, "Choose another alias, or change the existing group with groups.update(\"$alias\", …)")
        }
        return calls.decode(JsonObject.serializer(), answer)["group"]?.jsonPrimitive?.content
            ?: throw AtlanException.Api("The answer to creating group $alias has no group id", null, null, null, "Look the group up with groups.get(alias)")
    }

    /** Changes the alias ([newAlias]) and [description] of the group with [alias]; a null leaves it as it is. */
    public suspend fun update(alias: String, newAlias: String? = null, description: String? = null) {
        val group = get(alias)
        val body = buildJsonObject {
            put("id", group.id)
            putJsonObject("attributes") {
                put("alias", JsonArray(listOf(JsonPrimitive(newAlias ?: group.alias ?: alias))))
                description?.let { put("description", JsonArray(listOf(JsonPrimitive(it)))) }
            }
        }
        calls.call(HttpMethod.Post, "$CREATE/${idOf(group)}", body = body.toString())
    }

    /** Deletes the group with [alias] (its members stay in the directory). */
    public suspend fun delete(alias: String) {
        calls.call(HttpMethod.Post, "$CREATE/${idOf(get(alias))}/delete")
    }

    /** The members of the group with [alias]. */
    public suspend fun members(alias: String): DirectoryPage {
        val query = listOf("limit" to "100", "offset" to "0", "sort" to "username", "count" to "true")
        return calls.decode(DirectoryPage.serializer(), calls.call(HttpMethod.Get, "$CREATE/${idOf(get(alias))}/members", query))
    }

    /** Adds the users with [usernames] to the group with [alias]. */
    public suspend fun addUsers(alias: String, usernames: List<String>) {
        val groupId = idOf(get(alias))
        for (username in usernames) users.addToGroups(username, listOf(groupId))
    }

    /** Removes the users with [usernames] from the group with [alias]. */
    public suspend fun removeUsers(alias: String, usernames: List<String>) {
        val groupId = idOf(get(alias))
        val body = buildJsonObject { put("users", JsonArray(usernames.map { JsonPrimitive(users.idOf(it)) })) }
        calls.call(HttpMethod.Post, "$CREATE/${AtlanCalls.pathSegment(groupId)}/members/remove", body = body.toString())
    }

    private fun idOf(group: DirectoryRecord): String = AtlanCalls.pathSegment(
        group.id ?: throw AtlanException.Api("The group ${group.alias} came without an id", null, null, null, "Report this answer of /api/service/v2/groups"),
    )

    override fun toString(): String = "GroupsApi"

    private companion object {
        /** Groups are created, changed and deleted under v1; listed under v2. */
        const val CREATE = "/api/service/groups"

        /** The internal name Atlan derives from an alias (pyatlan model/group.py, generate_name). */
        fun nameFor(alias: String): String = alias.lowercase().replace(" ", "_")
    }
}
