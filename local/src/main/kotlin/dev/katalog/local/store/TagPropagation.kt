package dev.katalog.local.store

import dev.katalog.local.json.arr
import dev.katalog.local.json.bool
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Atlan tags spreading down the hierarchy. A tag put on an asset with `propagate` (and without
 * `restrictPropagationThroughHierarchy`) is carried by every asset under it (a schema's tables and their columns),
 * as a copy whose `entityGuid` names the asset it comes from, the way Atlan lists propagated tags in
 * `classifications` and indexes them in `__propagatedTraitNames` (atlanhq/atlas-metastore, `EntityGraphMapper`
 * `addClassifications` / `propagateClassification`, and `AtlasClassification.entityGuid`). The copies are removed
 * when the tag is, or when the asset is deleted and the tag says `removePropagationsOnEntityDelete`.
 */
internal class TagPropagation(private val index: AssetIndex) {

    /**
     * [built] (saved entities by GUID) with the copies each carries from the assets above it, plus the assets below
     * a saved one whose copies change because its spreading tags did ([previous] holds the entities as they were).
     */
    suspend fun spread(built: Map<String, JsonObject>, previous: Map<String, JsonObject?>): Map<String, JsonObject> {
        val saved = built.values.map(::StoredAsset)
        val prefixes = saved.flatMap { ancestorNames(it) }.toSet()
        val above = (index.byQualifiedNames(prefixes).filter { it.guid !in built } + saved.filter { it.status == "ACTIVE" })
            .associateBy { it.qualifiedName }
        val out = LinkedHashMap<String, JsonObject>()
        for (asset in saved) {
            val ancestors = ancestorNames(asset).mapNotNull { above[it] }
            out[asset.guid] = withTags(asset.entity, inheritedTags(asset, ancestors))
        }
        for (asset in saved) {
            // An archived asset's copies were withdrawn when it was archived: restoring it spreads them again.
            val before = previous[asset.guid]?.let(::StoredAsset)?.takeIf { it.status == "ACTIVE" }?.let(::spreading).orEmpty()
            val now = if (asset.status == "ACTIVE") spreading(asset) else emptyList()
            if (before == now || asset.qualifiedName == null) continue
            for (below in index.under(asset.qualifiedName!!)) {
                if (below.guid in built) continue
                val kept = tagsOf(below.entity).filter { it.str("entityGuid") != asset.guid }
                out[below.guid] = withTags(below.entity, kept + now.map { copyFrom(asset.guid, it) })
            }
        }
        return out
    }

    /** The assets below each of [deleted] without the copies of its tags that go when it is deleted. */
    suspend fun withdraw(deleted: Collection<StoredAsset>): Map<String, JsonObject> {
        val out = LinkedHashMap<String, JsonObject>()
        for (asset in deleted) {
            val leaving = spreading(asset).filter { it["removePropagationsOnEntityDelete"].bool() != false }.mapNotNull { it.str("typeName") }.toSet()
            if (leaving.isEmpty() || asset.qualifiedName == null) continue
            for (below in index.under(asset.qualifiedName!!)) {
                val current = out[below.guid] ?: below.entity
                val kept = tagsOf(current).filterNot { it.str("entityGuid") == asset.guid && it.str("typeName") in leaving }
                out[below.guid] = withTags(current, kept)
            }
        }
        return out
    }

    /** [asset]'s own tags, the copies it keeps from elsewhere, and the copies of its [ancestors]' spreading tags. */
    private fun inheritedTags(asset: StoredAsset, ancestors: List<StoredAsset>): List<JsonObject> {
        val ancestorGuids = ancestors.map { it.guid }.toSet()
        val kept = tagsOf(asset.entity).filter { it.str("entityGuid") == null || it.str("entityGuid") == asset.guid || it.str("entityGuid") !in ancestorGuids }
        return kept + ancestors.flatMap { a -> spreading(a).map { copyFrom(a.guid, it) } }
    }

    private fun ancestorNames(asset: StoredAsset): List<String> =
        QualifiedNameHierarchy.of(asset.typeName, asset.qualifiedName).filter { it != asset.qualifiedName }

    /** The tags put on [asset] itself that spread down the hierarchy. */
    private fun spreading(asset: StoredAsset): List<JsonObject> = tagsOf(asset.entity).filter {
        (it.str("entityGuid") == null || it.str("entityGuid") == asset.guid) &&
            it["propagate"].bool() == true && it["restrictPropagationThroughHierarchy"].bool() != true
    }

    private fun copyFrom(source: String, tag: JsonObject): JsonObject =
        JsonObject(tag + mapOf("entityGuid" to JsonPrimitive(source), "entityStatus" to JsonPrimitive("ACTIVE")))

    private fun tagsOf(entity: JsonObject): List<JsonObject> = entity.arr("classifications")?.mapNotNull { it.obj() }.orEmpty()

    private fun withTags(entity: JsonObject, tags: List<JsonObject>): JsonObject {
        val names = tags.mapNotNull { it.str("typeName") }.distinct()
        return JsonObject(entity + mapOf<String, JsonElement>("classifications" to JsonArray(tags), "classificationNames" to JsonArray(names.map(::JsonPrimitive))))
    }
}
