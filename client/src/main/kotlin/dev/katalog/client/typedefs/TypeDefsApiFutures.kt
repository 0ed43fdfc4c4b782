package dev.katalog.client.typedefs

import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDefResponse
import java.util.concurrent.CompletableFuture

/** [TypeDefsApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException`. */
public class TypeDefsApiFutures internal constructor(private val api: TypeDefsApi, private val bridge: JavaBridge) {
    public fun list(vararg categories: TypeCategory): CompletableFuture<TypeDefResponse> = bridge.future { api.list(*categories) }
    public fun create(typeDefs: TypeDefResponse): CompletableFuture<TypeDefResponse> = bridge.future { api.create(typeDefs) }
}
