package dev.katalog.client.directory

import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.api.DirectoryPage
import java.util.concurrent.CompletableFuture

/** [DirectoryApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException`. */
public class DirectoryApiFutures internal constructor(private val api: DirectoryApi, private val bridge: JavaBridge) {
    public fun list(kind: DirectoryKind, limit: Int, offset: Int, filter: String?): CompletableFuture<DirectoryPage> =
        bridge.future { api.list(kind, limit, offset, filter) }
    public fun list(kind: DirectoryKind, limit: Int, offset: Int): CompletableFuture<DirectoryPage> = list(kind, limit, offset, null)
    public fun users(): UsersApiFutures = UsersApiFutures(api.users, bridge)
    public fun groups(): GroupsApiFutures = GroupsApiFutures(api.groups, bridge)
    public fun roles(): RolesApiFutures = RolesApiFutures(api.roles, bridge)
}
