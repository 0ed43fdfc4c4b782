package dev.katalog.client.directory

import dev.katalog.client.atlan.AtlanException
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Connection admins take roles by GUID: a role given by name (`$admin`) in a creator or a tree is sent as its GUID,
 * never as the name (Atlan would keep a name that matches no role, and nobody would administer the connection).
 */
internal class RoleIds(private val roles: suspend () -> DirectoryPage) {
    /** [assets] with every role name in `adminRoles` replaced by the role's GUID; [AtlanException.NotFound] for a role that does not exist. */
    suspend fun translate(assets: List<Asset>): List<Asset> {
        if (assets.none { it.attributes["adminRoles"] is JsonArray }) return assets
        val known = roles().records.orEmpty().mapNotNull { r -> r.id?.let { id -> r.name to id } }
        val byName = known.filter { it.first != null }.associate { it.first!! to it.second }
        val ids = known.map { it.second }.toSet()
        return assets.map { asset ->
            val given = asset.attributes["adminRoles"] as? JsonArray ?: return@map asset
            val translated = given.map { value ->
                val role = (value as? JsonPrimitive)?.content ?: return@map value
                JsonPrimitive(if (role in ids) role else byName[role] ?: throw AtlanException.NotFound(
                    "${asset.typeName} ${asset.qualifiedName ?: asset.name}: adminRoles names a role that does not exist: $role", null, null,
                    "Use one of the tenant's roles: ${byName.keys.sorted()} (by name or GUID)",
                ))
            }
            if (translated == given) return@map asset
            val json = LinkedHashMap(asset.json)
            json["attributes"] = JsonObject(asset.attributes + ("adminRoles" to JsonArray(translated)))
            AtlanTypes.wrap(JsonObject(json)) as Asset
        }
    }
}
