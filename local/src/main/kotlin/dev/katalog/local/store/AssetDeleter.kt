package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/** `DELETE /api/meta/entity/bulk`: SOFT archives (status DELETED), HARD and PURGE remove. */
internal class AssetDeleter(private val store: CatalogStore) {

    suspend fun delete(guids: List<String>, deleteType: String, user: String): JsonObject = store.writeLock.withLock {
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
            val document = store.document()
            val lineage = LineageUnlinker(store.index, store.types).afterDelete(found.values.filter { it.guid in changed }, removed = false)
            store.index.write((lineage + changed).mapValues { (_, e) -> document.of(e) })
            changed.values.mapTo(headers) { MutationHeader.of(it) }
        } else {
            val lineage = LineageUnlinker(store.index, store.types).afterDelete(found.values, removed = true)
            store.index.delete(found.keys)
            val document = store.document()
            store.index.write(lineage.mapValues { (_, e) -> document.of(e) })
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
}
