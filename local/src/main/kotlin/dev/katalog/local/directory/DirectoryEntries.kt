package dev.katalog.local.directory

import dev.katalog.local.json.jsonStrings
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/** A user of the directory; [roleName] is the workspace role (`$admin`, `$member`, `$guest`). */
internal data class UserEntry(
    val id: String,
    val username: String,
    val email: String,
    val firstName: String,
    val lastName: String,
    val roleName: String,
    val createdTimestamp: Long,
) {
    fun json(groupCount: Int): JsonObject = buildJsonObject {
        put("id", id)
        put("username", username)
        put("firstName", firstName)
        put("lastName", lastName)
        put("email", email)
        put("emailVerified", true)
        put("enabled", true)
        put("status", "Enabled")
        put("workspaceRole", roleName)
        put("roles", jsonStrings(listOf(roleName)))
        put("defaultRoles", jsonStrings(listOf(roleName)))
        put("groupCount", groupCount)
        put("createdTimestamp", createdTimestamp)
        put("isLocked", false)
        put("attributes", JsonObject(emptyMap()))
        put("personas", JsonArray(emptyList()))
    }
}

/** A group of the directory: its internal [name] and its human [alias]. */
internal data class GroupEntry(
    val id: String,
    val name: String,
    val alias: String,
    val description: String?,
    val createdBy: String,
    val createdAt: Long,
    val isDefault: Boolean = false,
) {
    fun json(userCount: Int): JsonObject = buildJsonObject {
        put("id", id)
        put("name", name)
        put("alias", alias)
        put("path", "/$name")
        putJsonObject("attributes") {
            put("alias", jsonStrings(listOf(alias)))
            description?.let { put("description", jsonStrings(listOf(it))) }
            put("createdBy", jsonStrings(listOf(createdBy)))
            put("createdAt", jsonStrings(listOf(createdAt.toString())))
            put("isDefault", jsonStrings(listOf(isDefault.toString())))
        }
        put("userCount", userCount)
        put("personas", JsonArray(emptyList()))
        put("purposes", JsonArray(emptyList()))
    }
}

/** A workspace role. */
internal data class RoleEntry(val id: String, val name: String, val description: String) {
    fun json(userCount: Int): JsonObject = buildJsonObject {
        put("id", id)
        put("name", name)
        put("description", description)
        put("clientRole", false)
        put("level", "workspace")
        put("memberCount", userCount)
        put("userCount", userCount)
    }
}
