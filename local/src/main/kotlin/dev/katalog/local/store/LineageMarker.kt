package dev.katalog.local.store

import dev.katalog.local.json.bool
import dev.katalog.local.json.obj
import dev.katalog.local.json.plus
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Atlan flags a process with inputs or outputs, and the assets it reads and writes, `__hasLineage`; this does
 * the same for a save: the saved entities are flagged in place, the stored ones they name are returned flagged,
 * for rewriting.
 */
internal class LineageMarker(private val index: AssetIndex, private val types: TypeRegistry) {
    suspend fun mark(built: MutableMap<String, JsonObject>): Map<String, JsonObject> {
        val targets = LinkedHashSet<String>()
        for ((guid, entity) in built.entries.toList()) {
            val asset = StoredAsset(entity)
            if (!types.isA(asset.typeName, "Process")) continue
            val ends = LINEAGE_ENDS.flatMap { AssetDocument.refs(asset.relationships[it]) }.mapNotNull { it.str("guid") }
            if (ends.isEmpty()) continue
            built[guid] = withLineage(entity)
            targets += ends
        }
        for (guid in targets) built[guid]?.let { built[guid] = withLineage(it) }
        val others = index.mget(targets.filter { it !in built })
        return others.values.filter { it.attributes[IndexMapping.HAS_LINEAGE].bool() != true }.associate { it.guid to withLineage(it.entity) }
    }

    private fun withLineage(entity: JsonObject): JsonObject {
        val attributes = LinkedHashMap(entity.obj("attributes") ?: JsonObject(emptyMap()))
        attributes[IndexMapping.HAS_LINEAGE] = JsonPrimitive(true)
        return JsonObject(entity + ("attributes" to JsonObject(attributes)))
    }

    private companion object {
        val LINEAGE_ENDS = listOf("inputs", "outputs")
    }
}
