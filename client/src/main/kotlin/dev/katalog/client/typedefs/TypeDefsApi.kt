package dev.katalog.client.typedefs

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import io.ktor.http.HttpMethod

/** The tenant's type definitions (`client.typeDefs`): read them, and create Atlan tags and custom metadata sets. Java uses [TypeDefsApiFutures]. */
public class TypeDefsApi internal constructor(private val calls: AtlanCalls) {
    /** The type definitions of the given [categories] (all when none is given). */
    public suspend fun list(vararg categories: TypeCategory): TypeDefResponse =
        calls.decode(TypeDefResponse.serializer(), calls.call(HttpMethod.Get, PATH, categories.map { "type" to it.name }))

    /** Creates type definitions (Atlan tags, custom metadata sets); the answer carries their hashed names. */
    public suspend fun create(typeDefs: TypeDefResponse): TypeDefResponse {
        val body = KatalogJson.encode(TypeDefResponse.serializer(), typeDefs)
        return calls.decode(TypeDefResponse.serializer(), calls.call(HttpMethod.Post, PATH, body = body))
    }

    override fun toString(): String = "TypeDefsApi"

    private companion object {
        const val PATH = "/api/meta/types/typedefs"
    }
}
