package dev.katalog.client.typedefs

import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse
import java.util.concurrent.CompletableFuture

/** [TypeDefsApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException` or a `UsageException`. */
public class TypeDefsApiFutures internal constructor(private val api: TypeDefsApi, private val bridge: JavaBridge) {
    public fun list(vararg categories: TypeCategory): CompletableFuture<TypeDefResponse> = bridge.future { api.list(*categories) }
    public fun create(vararg typeDefs: TypeDef): CompletableFuture<TypeDefResponse> = bridge.future { api.create(*typeDefs) }
    public fun create(typeDefs: TypeDefResponse): CompletableFuture<TypeDefResponse> = bridge.future { api.create(typeDefs) }
    public fun update(vararg typeDefs: TypeDef): CompletableFuture<TypeDefResponse> = bridge.future { api.update(*typeDefs) }
    public fun purge(name: String): CompletableFuture<Void?> = bridge.run { api.purge(name) }
}
