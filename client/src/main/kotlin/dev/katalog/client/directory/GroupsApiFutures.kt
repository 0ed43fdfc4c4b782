package dev.katalog.client.directory

import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.DirectoryRecord
import java.util.concurrent.CompletableFuture

/** [GroupsApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException`. */
public class GroupsApiFutures internal constructor(private val api: GroupsApi, private val bridge: JavaBridge) {
    public fun list(limit: Int, offset: Int, sort: String, filter: String?): CompletableFuture<DirectoryPage> = bridge.future { api.list(limit, offset, sort, filter) }
    public fun list(limit: Int, offset: Int): CompletableFuture<DirectoryPage> = bridge.future { api.list(limit, offset) }
    public fun get(alias: String): CompletableFuture<DirectoryRecord> = bridge.future { api.get(alias) }
    public fun create(alias: String, description: String?, usernames: List<String>): CompletableFuture<String> = bridge.future { api.create(alias, description, usernames) }
    public fun create(alias: String): CompletableFuture<String> = bridge.future { api.create(alias) }
    public fun update(alias: String, newAlias: String?, description: String?): CompletableFuture<Void?> = bridge.run { api.update(alias, newAlias, description) }
    public fun delete(alias: String): CompletableFuture<Void?> = bridge.run { api.delete(alias) }
    public fun members(alias: String): CompletableFuture<DirectoryPage> = bridge.future { api.members(alias) }
    public fun addUsers(alias: String, usernames: List<String>): CompletableFuture<Void?> = bridge.run { api.addUsers(alias, usernames) }
    public fun removeUsers(alias: String, usernames: List<String>): CompletableFuture<Void?> = bridge.run { api.removeUsers(alias, usernames) }
}
