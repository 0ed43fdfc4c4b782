package dev.katalog.client.openmetadata.access

import dev.katalog.client.core.UsageException
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.entities.EntitiesApi
import dev.katalog.client.openmetadata.entities.JsonPatch
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.entity.teams.User
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.EntityReference
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonPrimitive

/**
 * Roles and who holds them (`om.roles`). Policies, roles and bots are created, read and listed as any entity through
 * `om.entities` ([EntityKinds.POLICY] with its rules, [EntityKinds.ROLE] naming its policies, [EntityKinds.BOT] naming
 * its bot user); a user can be created with `CreateUser(roles = listOf(roleId))`. Here a user's roles are read, added
 * and removed, each change reading the user's roles first and patching from them, so roles given elsewhere stay.
 * Java uses [RoleAssignmentsApiFutures].
 */
public class RoleAssignmentsApi internal constructor(private val entities: EntitiesApi) {

    /** The roles of the user named [userName] (`fields=roles`); [OpenMetadataException.NotFound] when there is none. */
    public suspend fun rolesOf(userName: String): List<EntityReference> =
        entities.getByName(EntityKinds.USER, Fqn.build(userName), listOf("roles")).roles.orEmpty()

    /** The users holding the role named [roleName] (`fields=users`). */
    public suspend fun usersWith(roleName: String): List<EntityReference> =
        entities.getByName(EntityKinds.ROLE, Fqn.build(roleName), listOf("users")).users.orEmpty()

    /**
     * Gives [user] the [roles] (references to roles, e.g. `om.entities.getEntityReference(EntityKinds.ROLE, name)`),
     * keeping those it has; roles it has already are no change, and nothing to add is no call. A reference that is not
     * to a role is a [UsageException] before anything is sent; an unknown role is the server's [OpenMetadataException.NotFound].
     */
    public suspend fun addRoles(user: User, roles: List<EntityReference>): User {
        for (role in roles) {
            UsageException.check(role.type == EntityKinds.ROLE.type, { "A ${role.type} is not a role" }, "Pass references to roles: om.entities.getEntityReference(EntityKinds.ROLE, name)")
        }
        val current = entities.getById(EntityKinds.USER, user.id, listOf("roles"))
        val held = current.roles
        val added = roles.distinctBy { it.id }.filter { role -> held.orEmpty().none { it.id == role.id } }
            .map { KatalogJson.encodeToElement(EntityReference.serializer(), EntityReference(id = it.id, type = it.type)) }
        if (added.isEmpty()) return current
        val patch = JsonPatch.builder()
        if (held == null) patch.add("/roles", JsonArray(added)) else added.forEach { patch.add("/roles/-", it) }
        return entities.patch(current, patch.build())
    }

    /** Takes the roles named [roleNames] from [user], reading its roles first; those it does not hold are ignored. */
    public suspend fun removeRoles(user: User, roleNames: List<String>): User {
        val current = entities.getById(EntityKinds.USER, user.id, listOf("roles"))
        val held = current.roles.orEmpty()
        val patch = JsonPatch.builder()
        // From the last, so that each index still points at the role it was read as.
        for (index in held.indices.reversed()) if (held[index].name in roleNames) {
            patch.test(JsonPatch.pointer("roles", index, "id"), JsonPrimitive(held[index].id))
            patch.remove(JsonPatch.pointer("roles", index))
        }
        return entities.patch(current, patch.build())
    }

    override fun toString(): String = "RoleAssignmentsApi"
}
