package dev.katalog.model.atlan.asset

import dev.katalog.model.json.JsonBackedSerializer
import kotlinx.serialization.json.JsonObject

/** Reads an entity as the type its `typeName` names; writes its JSON back unchanged. */
internal object EntitySerializer : JsonBackedSerializer<Entity>("dev.katalog.Entity") {
    override fun wrap(json: JsonObject, path: String): Entity = AtlanTypes.wrapAt(json, path)
}

/** Reads an asset as the type its `typeName` names; an entity of a known non-asset type is kept as a [GenericAsset]. */
internal object AssetSerializer : JsonBackedSerializer<Asset>("dev.katalog.Asset") {
    override fun wrap(json: JsonObject, path: String): Asset = AtlanTypes.wrapAt(json, path) as? Asset ?: GenericAssetImpl(json)
}
