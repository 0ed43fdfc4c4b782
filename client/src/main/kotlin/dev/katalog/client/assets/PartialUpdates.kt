package dev.katalog.client.assets

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.MutationResult
import dev.katalog.model.atlan.api.MutationResponse
import dev.katalog.model.atlan.asset.AssetType
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Atlan's partial update by unique attribute (`PUT /api/meta/entity/uniqueAttribute/type/{type}`): only the
 * attributes sent change, the rest of the asset stays as it is, even when someone else changed it meanwhile.
 * Certificates and announcements go this way, as Atlan's own SDK sends them (pyatlan 9.10.3, operation vectors
 * `certificate-set`, `certificate-remove`, `announcement-set`).
 */
internal class PartialUpdates(private val calls: AtlanCalls) {
    /** Sets [attributes] (a JSON null clears one) on the asset of [type] with [qualifiedName] and [name]. */
    suspend fun update(type: AssetType<*>, qualifiedName: String, name: String, attributes: Map<String, JsonElement>): MutationResult {
        val entity = JsonObject(
            mapOf(
                "typeName" to JsonPrimitive(type.typeName),
                "attributes" to JsonObject(mapOf("qualifiedName" to JsonPrimitive(qualifiedName), "name" to JsonPrimitive(name)) + attributes),
                "businessAttributes" to JsonNull,
            ),
        )
        val answer = calls.call(
            HttpMethod.Put, "/api/meta/entity/uniqueAttribute/type/${AtlanCalls.pathSegment(type.typeName)}",
            listOf("attr:qualifiedName" to qualifiedName), JsonObject(mapOf("entity" to entity)).toString(),
        )
        return MutationResult(calls.decode(MutationResponse.serializer(), answer))
    }
}
