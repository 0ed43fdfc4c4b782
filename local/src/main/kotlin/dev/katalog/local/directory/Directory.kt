package dev.katalog.local.directory

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.jsonStrings
import dev.katalog.local.json.long
import dev.katalog.local.json.obj
import dev.katalog.local.json.text
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/** The built-in users, groups and roles served by `/api/service/...`, with Atlan's limit/offset/filter/sort paging. */
internal class Directory(adminUser: String = "admin", apiKeys: List<ApiKey> = emptyList()) {
    private val keys: List<JsonObject> = apiKeys.map { key ->
        buildJsonObject {
            put("id", key.guid)
            put("clientId", key.clientId)
            put("displayName", key.clientId)
            put("description", "API token")
            put("username", "service-account-${key.clientId}")
            putJsonObject("attributes") { put("displayName", key.clientId) }
        }
    }

    private val roles: List<JsonObject> = listOf(
        role("0f6b8f9a-6c1e-4c8e-9d0a-000000000001", "\$admin", "Admin role: manages the catalog and its settings"),
        role("0f6b8f9a-6c1e-4c8e-9d0a-000000000002", "\$member", "Member role: curates and discovers assets"),
        role("0f6b8f9a-6c1e-4c8e-9d0a-000000000003", "\$guest", "Guest role: discovers assets"),
    )

    private val groups: List<JsonObject> = listOf(
        buildJsonObject {
            put("id", "6a3e7d5c-2b1f-4e0a-9c8d-000000000010")
            put("name", "admins")
            put("alias", "Admins")
            put("path", "/admins")
            putJsonObject("attributes") { put("alias", jsonStrings(listOf("Admins"))); put("isDefault", jsonStrings(listOf("true"))) }
            put("userCount", 1)
            put("personas", JsonArray(emptyList()))
            put("purposes", JsonArray(emptyList()))
        },
    )

    private val users: List<JsonObject> = listOf(
        buildJsonObject {
            put("id", "5b9e3c1a-7d2f-4a6b-8e0c-000000000100")
            put("username", adminUser)
            put("firstName", "Local")
            put("lastName", "Admin")
            put("email", "$adminUser@katalog.local")
            put("emailVerified", true)
            put("enabled", true)
            put("status", "Enabled")
            put("workspaceRole", "\$admin")
            put("groupCount", 1)
            put("createdTimestamp", 1_700_000_000_000L)
            put("attributes", JsonObject(emptyMap()))
            put("personas", JsonArray(emptyList()))
        },
    )

    fun users(query: Map<String, List<String>>): JsonObject = page(users, query)
    fun apiKeys(query: Map<String, List<String>>): JsonObject = page(keys, query)
    fun groups(query: Map<String, List<String>>): JsonObject = page(groups, query)
    fun roles(query: Map<String, List<String>>): JsonObject = page(roles, query)

    private fun page(all: List<JsonObject>, query: Map<String, List<String>>): JsonObject {
        val limit = query["limit"]?.firstOrNull()?.let { it.toIntOrNull() ?: throw CatalogException.BadRequest("limit must be a number") } ?: 30
        val offset = query["offset"]?.firstOrNull()?.let { it.toIntOrNull() ?: throw CatalogException.BadRequest("offset must be a number") } ?: 0
        val filterText = query["filter"]?.firstOrNull()?.takeIf { it.isNotBlank() }
        val filter = filterText?.let {
            runCatching { Json.parseToJsonElement(it) }.getOrNull().obj()
                ?: throw CatalogException.BadRequest("filter must be a JSON object, e.g. {\"username\":\"admin\"}")
        }
        var matching = if (filter == null) all else all.filter { matches(it, filter) }
        query["sort"]?.firstOrNull()?.takeIf { it.isNotBlank() }?.let { sort ->
            val field = sort.removePrefix("-")
            val ordered = matching.sortedBy { it[field].text().orEmpty() }
            matching = if (sort.startsWith("-")) ordered.reversed() else ordered
        }
        val records = matching.drop(offset.coerceAtLeast(0)).take(limit.coerceAtLeast(0))
        return buildJsonObject {
            put("totalRecord", all.size)
            put("filterRecord", matching.size)
            put("records", JsonArray(records))
        }
    }

    private fun matches(record: JsonObject, filter: JsonObject): Boolean = filter.all { (key, condition) ->
        when (key) {
            "\$and" -> condition.arr()?.all { c -> c.obj()?.let { matches(record, it) } ?: false } ?: false
            "\$or" -> condition.arr()?.any { c -> c.obj()?.let { matches(record, it) } ?: false } ?: false
            else -> fieldMatches(record[key], condition)
        }
    }

    private fun fieldMatches(value: JsonElement?, condition: JsonElement): Boolean {
        val actual = value.text()
        val ops = condition.obj() ?: return actual != null && actual == condition.text()
        return ops.all { (op, arg) ->
            when (op) {
                "\$eq" -> actual == arg.text()
                "\$ne" -> actual != arg.text()
                "\$in" -> arg.arr()?.any { it.text() == actual } ?: false
                "\$nin" -> arg.arr()?.none { it.text() == actual } ?: true
                "\$ilike", "\$like" -> actual != null && like(actual, arg.text().orEmpty(), op == "\$ilike")
                else -> throw CatalogException.BadRequest("Unsupported filter operator $op: use \$eq, \$ne, \$in, \$nin, \$like or \$ilike")
            }
        }
    }

    // SQL LIKE: % is any run of characters, _ one character.
    private fun like(value: String, pattern: String, ignoreCase: Boolean): Boolean {
        val regex = buildString {
            for (c in pattern) when (c) {
                '%' -> append(".*")
                '_' -> append('.')
                else -> append(Regex.escape(c.toString()))
            }
        }
        return Regex(regex, if (ignoreCase) setOf(RegexOption.IGNORE_CASE, RegexOption.DOT_MATCHES_ALL) else setOf(RegexOption.DOT_MATCHES_ALL)).matches(value)
    }

    private fun role(id: String, name: String, description: String): JsonObject = buildJsonObject {
        put("id", id)
        put("name", name)
        put("description", description)
        put("clientRole", false)
        put("level", "workspace")
        put("memberCount", if (name == "\$admin") JsonPrimitive(1) else JsonPrimitive(0))
        put("userCount", if (name == "\$admin") 1 else 0)
    }
}
