package dev.katalog.client.directory

import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.DirectoryRecord
import java.util.concurrent.CompletableFuture

/** [RolesApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException`. */
public class RolesApiFutures internal constructor(private val api: RolesApi, private val bridge: JavaBridge) {
    public fun list(): CompletableFuture<DirectoryPage> = bridge.future { api.list() }
    public fun get(name: String): CompletableFuture<DirectoryRecord> = bridge.future { api.get(name) }
    public fun idOf(name: String): CompletableFuture<String> = bridge.future { api.idOf(name) }
}
