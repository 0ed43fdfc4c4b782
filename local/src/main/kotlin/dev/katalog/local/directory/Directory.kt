package dev.katalog.local.directory

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject
import java.util.UUID

/**
 * The users, groups, memberships and roles served by `/api/service/...` (Atlan's Heracles), changeable through the
 * same API. Kept in memory: a restart starts again from the built-in admin user and `admins` group.
 */
internal class Directory(private val adminUser: String = "admin", private val clock: () -> Long = System::currentTimeMillis) {
    private val lock = Any()

    val roles: List<RoleEntry> = listOf(
        RoleEntry("0f6b8f9a-6c1e-4c8e-9d0a-000000000001", "\$admin", "Admin role: manages the catalog and its settings"),
        RoleEntry("0f6b8f9a-6c1e-4c8e-9d0a-000000000002", "\$member", "Member role: curates and discovers assets"),
        RoleEntry("0f6b8f9a-6c1e-4c8e-9d0a-000000000003", "\$guest", "Guest role: discovers assets"),
    )

    private val users = LinkedHashMap<String, UserEntry>()
    private val groups = LinkedHashMap<String, GroupEntry>()
    private val members = HashMap<String, LinkedHashSet<String>>()

    init {
        val admin = UserEntry("5b9e3c1a-7d2f-4a6b-8e0c-000000000100", adminUser, "$adminUser@katalog.local", "Local", "Admin", "\$admin", 1_700_000_000_000L)
        val admins = GroupEntry("6a3e7d5c-2b1f-4e0a-9c8d-000000000010", "admins", "Admins", null, adminUser, 1_700_000_000_000L, isDefault = true)
        users[admin.id] = admin
        groups[admins.id] = admins
        members[admins.id] = linkedSetOf(admin.id)
    }

    fun users(query: Map<String, List<String>>): JsonObject = synchronized(lock) { DirectoryPaging.page(users.values.map(::userJson), query) }

    fun groups(query: Map<String, List<String>>): JsonObject = synchronized(lock) { DirectoryPaging.page(groups.values.map(::groupJson), query) }

    fun roles(query: Map<String, List<String>>): JsonObject = synchronized(lock) {
        DirectoryPaging.page(roles.map { role -> role.json(users.values.count { it.roleName == role.name }) }, query)
    }

    /** `POST /api/service/users`: `{"users":[{"email","roleName","roleId"}]}`; the username is the email's local part. */
    fun createUsers(body: JsonElement): Unit = synchronized(lock) {
        val sent = body.obj()?.arr("users") ?: throw CatalogException.BadRequest("The body needs a \"users\" array of {email, roleName, roleId}")
        val created = sent.mapIndexed { i, u ->
            val email = u.obj()?.str("email")?.takeIf { it.contains('@') }
                ?: throw CatalogException.BadRequest("users[$i] needs an email address")
            if (users.values.any { it.email.equals(email, ignoreCase = true) }) {
                throw CatalogException.Conflict("A user with email $email already exists", "ATLAN-409-00-001")
            }
            val role = role(u.obj()?.str("roleId"), u.obj()?.str("roleName"))
            val username = email.substringBefore('@').lowercase()
            if (users.values.any { it.username == username }) throw CatalogException.Conflict("A user with username $username already exists", "ATLAN-409-00-001")
            UserEntry(UUID.randomUUID().toString(), username, email, "", "", role.name, clock())
        }
        created.forEach { users[it.id] = it }
    }

    /** `POST /api/service/users/{id}/roles/update`: `{"roleId"}`. */
    fun changeRole(userId: String, body: JsonElement): Unit = synchronized(lock) {
        val user = user(userId)
        val role = role(body.obj()?.str("roleId"), null)
        users[userId] = user.copy(roleName = role.name)
    }

    fun groupsOf(userId: String, query: Map<String, List<String>>): JsonObject = synchronized(lock) {
        user(userId)
        DirectoryPaging.page(groups.values.filter { userId in members[it.id].orEmpty() }.map(::groupJson), query)
    }

    /** `POST /api/service/users/{id}/groups`: `{"groups":[groupId…]}`. */
    fun addToGroups(userId: String, body: JsonElement): Unit = synchronized(lock) {
        user(userId)
        val ids = ids(body, "groups")
        ids.forEach { group(it) }
        ids.forEach { members.getOrPut(it) { LinkedHashSet() }.add(userId) }
    }

    /** `POST /api/service/groups`: `{"group":{"name","attributes":{"alias":[…]}},"users":[…]}` → `{"group": id, "users": {…}}`. */
    fun createGroup(body: JsonElement, actor: String): JsonObject = synchronized(lock) {
        val sent = body.obj()?.obj("group") ?: throw CatalogException.BadRequest("The body needs a \"group\" object with a name and attributes.alias")
        val name = sent.str("name")?.takeIf { it.isNotBlank() } ?: throw CatalogException.BadRequest("group.name is required")
        val alias = firstOf(sent.obj("attributes")?.get("alias")) ?: sent.str("alias") ?: name
        groups.values.firstOrNull { it.name == name || it.alias.equals(alias, ignoreCase = true) }?.let {
            throw CatalogException.Conflict("A group named $name (alias ${it.alias}) already exists", "ATLAN-409-00-001")
        }
        val userIds = ids(body, "users")
        userIds.forEach { user(it) }
        val group = GroupEntry(UUID.randomUUID().toString(), name, alias, firstOf(sent.obj("attributes")?.get("description")), actor, clock())
        groups[group.id] = group
        members[group.id] = LinkedHashSet(userIds)
        buildJsonObject {
            put("group", group.id)
            putJsonObject("users") { userIds.forEach { id -> putJsonObject(id) { put("status", 200); put("statusMessage", "success") } } }
        }
    }

    /** `POST /api/service/groups/{id}`: the alias and description of the group sent. */
    fun updateGroup(groupId: String, body: JsonElement): Unit = synchronized(lock) {
        val group = group(groupId)
        val attributes = body.obj()?.obj("attributes")
        val alias = firstOf(attributes?.get("alias")) ?: body.obj()?.str("alias") ?: group.alias
        if (groups.values.any { it.id != groupId && it.alias.equals(alias, ignoreCase = true) }) {
            throw CatalogException.Conflict("A group with alias $alias already exists", "ATLAN-409-00-001")
        }
        groups[groupId] = group.copy(alias = alias, description = firstOf(attributes?.get("description")) ?: group.description)
    }

    fun deleteGroup(groupId: String): Unit = synchronized(lock) {
        group(groupId)
        groups.remove(groupId)
        members.remove(groupId)
    }

    fun membersOf(groupId: String, query: Map<String, List<String>>): JsonObject = synchronized(lock) {
        group(groupId)
        DirectoryPaging.page(members[groupId].orEmpty().mapNotNull { users[it] }.map(::userJson), query)
    }

    /** `POST /api/service/groups/{id}/members/remove`: `{"users":[userId…]}`. */
    fun removeMembers(groupId: String, body: JsonElement): Unit = synchronized(lock) {
        group(groupId)
        val ids = ids(body, "users")
        ids.forEach { user(it) }
        members[groupId]?.removeAll(ids.toSet())
    }

    private fun userJson(user: UserEntry): JsonObject = user.json(members.count { user.id in it.value })

    private fun groupJson(group: GroupEntry): JsonObject = group.json(members[group.id].orEmpty().size)

    private fun user(id: String): UserEntry = users[id] ?: throw CatalogException.NotFound("No user with id $id", "ATLAN-404-00-001")

    private fun group(id: String): GroupEntry = groups[id] ?: throw CatalogException.NotFound("No group with id $id", "ATLAN-404-00-001")

    private fun role(id: String?, name: String?): RoleEntry = roles.firstOrNull { it.id == id }
        ?: roles.firstOrNull { id == null && it.name == name }
        ?: throw CatalogException.BadRequest("No workspace role with id $id: use the id of one of ${roles.map { it.name }}")

    private fun ids(body: JsonElement, key: String): List<String> = body.obj()?.arr(key).orEmpty().map { it.str() ?: throw CatalogException.BadRequest("$key must be a list of ids") }

    private fun firstOf(value: JsonElement?): String? = when (value) {
        is JsonArray -> value.firstOrNull().str()
        is JsonPrimitive -> value.str()
        else -> null
    }

    private fun JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()
}
