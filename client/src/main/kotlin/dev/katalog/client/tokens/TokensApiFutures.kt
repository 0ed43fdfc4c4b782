package dev.katalog.client.tokens

import dev.katalog.client.core.JavaBridge
import java.util.concurrent.CompletableFuture

/** [TokensApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException`. */
public class TokensApiFutures internal constructor(private val api: TokensApi, private val bridge: JavaBridge) {
    public fun create(displayName: String, validitySeconds: Long?, description: String, personaQualifiedNames: List<String>): CompletableFuture<ApiToken> =
        bridge.future { api.create(displayName, validitySeconds, description, personaQualifiedNames) }
    public fun create(displayName: String, validitySeconds: Long?): CompletableFuture<ApiToken> = bridge.future { api.create(displayName, validitySeconds) }
    public fun list(limit: Int, offset: Int, filter: String?): CompletableFuture<List<ApiToken>> = bridge.future { api.list(limit, offset, filter) }
    public fun list(): CompletableFuture<List<ApiToken>> = bridge.future { api.list() }
    public fun update(guid: String, displayName: String, description: String, personaQualifiedNames: List<String>): CompletableFuture<ApiToken> =
        bridge.future { api.update(guid, displayName, description, personaQualifiedNames) }
    public fun delete(guid: String): CompletableFuture<Void?> = bridge.run { api.delete(guid) }
}
