package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.obj
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** `POST /api/meta/entity/guid/{guid}/businessmetadata[/{set}]`: changes an asset's custom metadata only. */
internal class CustomMetadataWriter(private val store: CatalogStore, private val changes: ChangeLog = ChangeLog.NONE) {

    /**
     * Sets [sets] (`{"<set>":{"<attribute>":value}}`) on the asset; [overwrite] replaces all of its custom metadata.
     * It reads the asset and writes it back, so it claims its GUID: a save of the same asset (which claims the GUID
     * of what it matched) waits, and neither overwrites the other's change with the asset as it was before.
     */
    suspend fun update(guid: String, sets: JsonElement, overwrite: Boolean, user: String) = store.writes.claims(setOf("guid:$guid")) {
        val asset = store.index.get(guid) ?: throw CatalogException.NotFound("Given instance guid $guid is invalid/not found", "ATLAS-404-00-005")
        BusinessAttributes(store.types).check(asset.typeName, sets)
        val sent = sets as? JsonObject ?: JsonObject(emptyMap())
        val merged = LinkedHashMap<String, JsonElement>(if (overwrite) emptyMap() else asset.entity.obj("businessAttributes") ?: emptyMap())
        for ((set, values) in sent) {
            val current = LinkedHashMap<String, JsonElement>((merged[set] as? JsonObject) ?: emptyMap())
            for ((attribute, value) in (values as? JsonObject) ?: JsonObject(emptyMap())) {
                if (value is JsonNull) current.remove(attribute) else current[attribute] = value
            }
            merged[set] = JsonObject(current)
        }
        val now = store.clock()
        val entity = JsonObject(
            asset.entity.toMutableMap().apply {
                put("businessAttributes", JsonObject(merged))
                put("updateTime", JsonPrimitive(now))
                put("updatedBy", JsonPrimitive(user))
            },
        )
        store.index.write(mapOf(guid to store.document().of(entity)))
        // As Atlan's audit detail of a custom metadata change: the set's name and the attributes sent.
        changes.record(sent.map { (set, values) -> AssetChange("BUSINESS_ATTRIBUTE_UPDATE", entity, buildJsonObject { put("typeName", set); put("attributes", values) }, user, now) })
    }

    /** Sets the attributes of one custom metadata [set] (`{"<attribute>":value}`), keeping the others. */
    suspend fun updateSet(guid: String, set: String, attributes: JsonElement, user: String) =
        update(guid, JsonObject(mapOf(set to attributes)), overwrite = false, user = user)
}
