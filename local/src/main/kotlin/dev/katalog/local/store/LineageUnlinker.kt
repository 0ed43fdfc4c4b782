package dev.katalog.local.store

import dev.katalog.local.json.bool
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * What a delete does to lineage, as Atlan's delete handlers do: an asset removed for good (HARD, PURGE) leaves the
 * inputs and outputs of the processes that named it, and an asset no active process reads or writes any more (because
 * its processes were deleted, or it was cut from them) is no longer flagged `__hasLineage`. An archived (SOFT)
 * endpoint stays named by its processes, out of the lineage walk until it is restored.
 */
internal class LineageUnlinker(private val index: AssetIndex, private val types: TypeRegistry) {

    /** The entities to rewrite after [deleted] are gone ([removed]: HARD or PURGE) or archived. */
    suspend fun afterDelete(deleted: Collection<StoredAsset>, removed: Boolean): Map<String, JsonObject> {
        val gone = deleted.map { it.guid }.toSet()
        val rewritten = LinkedHashMap<String, JsonObject>()
        val touched = LinkedHashSet<String>()
        for (process in deleted.filter { isProcess(it) }) touched += ends(process.entity)
        if (removed) {
            for ((holder, _) in index.holdersOf(gone)) {
                if (holder.guid in gone || !isProcess(holder)) continue
                val relations = holder.relationships
                val kept = LINEAGE_ENDS.associateWith { end -> AssetDocument.refs(relations[end]).filter { it.str("guid") !in gone } }
                if (kept.all { (end, refs) -> refs.size == AssetDocument.refs(relations[end]).size }) continue
                val newRelations = JsonObject(relations + kept.mapValues { JsonArray(it.value) })
                val stillLinked = kept.values.any { it.isNotEmpty() }
                rewritten[holder.guid] = withLineage(JsonObject(holder.entity + ("relationshipAttributes" to newRelations)), stillLinked)
            }
        }
        val candidates = touched - gone
        if (candidates.isNotEmpty()) {
            val stillRead = index.holdersOf(candidates).filter { (holder, _) -> holder.guid !in gone && isProcess(holder) }
                .flatMap { (holder, _) -> rewritten[holder.guid]?.let(::ends) ?: ends(holder.entity) }.toSet()
            for (asset in index.mget(candidates - stillRead).values) {
                if (asset.attributes[IndexMapping.HAS_LINEAGE].bool() == true) rewritten[asset.guid] = withLineage(asset.entity, false)
            }
        }
        return rewritten
    }

    private fun isProcess(asset: StoredAsset) = types.isA(asset.typeName, "Process")

    private fun ends(entity: JsonObject): List<String> =
        LINEAGE_ENDS.flatMap { AssetDocument.refs(entity.obj("relationshipAttributes")?.get(it)) }.mapNotNull { it.str("guid") }

    private fun withLineage(entity: JsonObject, linked: Boolean): JsonObject {
        val attributes = LinkedHashMap(entity.obj("attributes") ?: JsonObject(emptyMap()))
        attributes[IndexMapping.HAS_LINEAGE] = JsonPrimitive(linked)
        return JsonObject(entity + ("attributes" to JsonObject(attributes)))
    }

    private companion object {
        val LINEAGE_ENDS = listOf("inputs", "outputs")
    }
}
