package dev.katalog.client.directory

import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.DirectoryRecord
import java.util.concurrent.CompletableFuture

/** [UsersApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException`. */
public class UsersApiFutures internal constructor(private val api: UsersApi, private val bridge: JavaBridge) {
    public fun list(limit: Int, offset: Int, sort: String, filter: String?, columns: List<String>): CompletableFuture<DirectoryPage> =
        bridge.future { api.list(limit, offset, sort, filter, columns) }
    public fun list(limit: Int, offset: Int): CompletableFuture<DirectoryPage> = bridge.future { api.list(limit, offset) }
    public fun get(username: String): CompletableFuture<DirectoryRecord> = bridge.future { api.get(username) }
    public fun byEmail(email: String): CompletableFuture<List<DirectoryRecord>> = bridge.future { api.byEmail(email) }
    public fun groupsOf(username: String): CompletableFuture<DirectoryPage> = bridge.future { api.groupsOf(username) }
    public fun create(email: String, roleName: String): CompletableFuture<DirectoryRecord> = bridge.future { api.create(email, roleName) }
    public fun changeRole(username: String, roleName: String): CompletableFuture<Void?> = bridge.run { api.changeRole(username, roleName) }
}
