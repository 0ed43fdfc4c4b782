package dev.katalog.client.openmetadata.access

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.entity.teams.User
import dev.katalog.model.openmetadata.type.EntityReference
import java.util.concurrent.CompletableFuture

/** [RoleAssignmentsApi] for Java: each call returns a [CompletableFuture] that fails with an [OpenMetadataException]. */
public class RoleAssignmentsApiFutures internal constructor(private val api: RoleAssignmentsApi, private val bridge: JavaBridge) {
    /** The roles of the user named [userName]. */
    public fun rolesOf(userName: String): CompletableFuture<List<EntityReference>> = bridge.future { api.rolesOf(userName) }

    /** The users holding the role named [roleName]. */
    public fun usersWith(roleName: String): CompletableFuture<List<EntityReference>> = bridge.future { api.usersWith(roleName) }

    /** Gives [user] the [roles], keeping those it has (read first). */
    public fun addRoles(user: User, roles: List<EntityReference>): CompletableFuture<User> = bridge.future { api.addRoles(user, roles) }

    /** Takes the roles named [roleNames] from [user], reading its roles first. */
    public fun removeRoles(user: User, roleNames: List<String>): CompletableFuture<User> = bridge.future { api.removeRoles(user, roleNames) }
}
