package dev.katalog.local.store

import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/**
 * One change to an asset, as Atlan's audit trail keeps it: the [action] (`ENTITY_CREATE`, `CLASSIFICATION_ADD`…),
 * the asset as it is after the change ([entity]; before it, for a delete), what changed ([detail]), who and when.
 */
internal class AssetChange(val action: String, val entity: JsonObject, val detail: JsonObject, val user: String, val time: Long)

/** Where the writers report the changes they made (the audit trail). */
internal fun interface ChangeLog {
    suspend fun record(changes: List<AssetChange>)

    companion object {
        val NONE: ChangeLog = ChangeLog {}

        /**
         * The changes one save made to one asset: a create; or an update naming the attributes that changed (with their
         * new values, as Atlan's audit detail has them) or the restore of an archived asset; and each tag added,
         * removed or changed.
         */
        fun ofSave(previous: JsonObject?, after: JsonObject, user: String, time: Long): List<AssetChange> {
            val typeName = after.str("typeName").orEmpty()
            val guid = after.str("guid").orEmpty()
            val attributes = after.obj("attributes").orEmptyObject()
            if (previous == null) return listOf(AssetChange("ENTITY_CREATE", after, header(typeName, guid, attributes, null), user, time)) + tagChanges(null, after, user, time)
            val before = previous.obj("attributes").orEmptyObject()
            val changed = attributes.filter { (k, v) -> before[k] != v } + (before.keys - attributes.keys).associateWith { kotlinx.serialization.json.JsonNull }
            val restored = previous.str("status") == "DELETED" && after.str("status") == "ACTIVE"
            val update = if (changed.isNotEmpty() || restored) {
                listOf(AssetChange("ENTITY_UPDATE", after, header(typeName, guid, JsonObject(changed), after.str("status").takeIf { restored }), user, time))
            } else emptyList()
            return update + tagChanges(previous, after, user, time)
        }

        private fun tagChanges(previous: JsonObject?, after: JsonObject, user: String, time: Long): List<AssetChange> {
            fun own(entity: JsonObject?): Map<String, JsonObject> = entity?.arr("classifications").orEmpty()
                .mapNotNull { it.obj() }.filter { it.str("entityGuid") == after.str("guid") }.associateBy { it.str("typeName").orEmpty() }
            val old = own(previous)
            val new = own(after)
            return new.filterKeys { it !in old }.map { AssetChange("CLASSIFICATION_ADD", after, it.value, user, time) } +
                old.filterKeys { it !in new }.map { AssetChange("CLASSIFICATION_DELETE", after, it.value, user, time) } +
                new.filter { (name, tag) -> name in old && old[name] != tag }.map { AssetChange("CLASSIFICATION_UPDATE", after, it.value, user, time) }
        }

        fun header(typeName: String, guid: String, attributes: JsonObject, status: String?): JsonObject = buildJsonObject {
            put("typeName", typeName)
            put("guid", guid)
            status?.let { put("status", it) }
            put("attributes", attributes)
        }

        private fun JsonObject?.orEmptyObject(): JsonObject = this ?: JsonObject(emptyMap())
        private fun kotlinx.serialization.json.JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()
    }
}
