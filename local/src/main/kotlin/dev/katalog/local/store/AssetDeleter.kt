package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/** `DELETE /api/meta/entity/bulk`: SOFT archives (status DELETED), HARD and PURGE remove. */
internal class AssetDeleter(private val store: CatalogStore, private val changes: ChangeLog = ChangeLog.NONE) {

    // Runs alone: a delete rewrites assets it does not name (tag copies below, lineage flags, downstream tags),
    // which parallel saves of those assets would otherwise overwrite with what they read before.
    suspend fun delete(guids: List<String>, deleteType: String, user: String): JsonObject = store.writes.exclusive {
        if (guids.isEmpty()) throw CatalogException.BadRequest("At least one guid query parameter is required")
        val mode = deleteType.uppercase()
        if (mode !in setOf("SOFT", "HARD", "PURGE")) {
            throw CatalogException.BadRequest("deleteType must be SOFT, HARD or PURGE")
        }
        val found = store.index.mget(guids)
        val missing = guids.firstOrNull { it !in found }
        if (missing != null) throw CatalogException.NotFound("Given instance guid $missing is invalid/not found", "ATLAS-404-00-005")
        val now = store.clock()
        val headers = ArrayList<JsonObject>()
        if (mode == "SOFT") {
            val changed = found.values.filter { it.status != "DELETED" }.associate { asset ->
                asset.guid to JsonObject(
                    asset.entity.toMutableMap().apply {
                        put("status", JsonPrimitive("DELETED"))
                        put("updateTime", JsonPrimitive(now))
                        put("updatedBy", JsonPrimitive(user))
                    },
                )
            }
            val withdrawn = TagPropagation(store.index).withdraw(found.values.filter { it.status != "DELETED" }).filterKeys { it !in changed }
            val document = store.document()
            val lineage = LineageUnlinker(store.index, store.types).afterDelete(found.values.filter { it.guid in changed }, removed = false)
            store.index.write((withdrawn + lineage + changed).mapValues { (_, e) -> document.of(e) })
            val downstream = LineageTagSpread(store.index).after(changed.values, found.mapValues { it.value.entity })
            if (downstream.isNotEmpty()) store.index.write(downstream.mapValues { (_, e) -> document.of(e) })
            changed.values.mapTo(headers) { MutationHeader.of(it) }
            changes.record(changed.values.map { deletion("ENTITY_DELETE", it, user, now) })
        } else {
            val withdrawn = TagPropagation(store.index).withdraw(found.values).filterKeys { it !in found }
            val lineage = LineageUnlinker(store.index, store.types).afterDelete(found.values, removed = true)
            store.index.delete(found.keys)
            val document = store.document()
            store.index.write((withdrawn + lineage).mapValues { (_, e) -> document.of(e) })
            val gone = found.values.map { JsonObject(it.entity + ("status" to JsonPrimitive("PURGED"))) }
            val downstream = LineageTagSpread(store.index).after(gone, found.mapValues { it.value.entity })
            if (downstream.isNotEmpty()) store.index.write(downstream.mapValues { (_, e) -> document.of(e) })
            val action = if (mode == "PURGE") "ENTITY_PURGE" else "ENTITY_DELETE"
            changes.record(found.values.map { deletion(action, it.entity, user, now) })
            found.values.mapTo(headers) { asset ->
                MutationHeader.of(JsonObject(asset.entity.toMutableMap().apply { put("status", JsonPrimitive("DELETED")) }))
            }
        }
        buildJsonObject {
            putJsonObject("mutatedEntities") {
                if (headers.isNotEmpty()) put("DELETE", JsonArray(headers))
            }
        }
    }

    private fun deletion(action: String, entity: JsonObject, user: String, now: Long): AssetChange {
        val asset = StoredAsset(entity)
        val attributes = JsonObject(listOfNotNull(asset.qualifiedName?.let { "qualifiedName" to JsonPrimitive(it) }, asset.name?.let { "name" to JsonPrimitive(it) }).toMap())
        return AssetChange(action, entity, ChangeLog.header(asset.typeName, asset.guid, attributes, "DELETED"), user, now)
    }
}
