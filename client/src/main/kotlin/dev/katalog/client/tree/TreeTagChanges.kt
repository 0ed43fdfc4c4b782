package dev.katalog.client.tree

import dev.katalog.client.atlan.NameCheck
import dev.katalog.dsl.tree.TreeTags
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.TagPropagation
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * What a tree's tags change on an existing asset: the tags to add (or whose options to change) and the asset's own
 * tags to remove, so that its own tags become exactly the tree's. Tags propagated to it from elsewhere stay.
 */
internal class TreeTagChanges private constructor(
    private val add: List<JsonObject>,
    private val remove: List<String>,
    /** For the plan: the asset's own tags now and as the tree wants them, by display name. */
    val change: Pair<JsonElement?, JsonElement?>?,
) {
    /** [update] sending only these changes (no tag lists at all when there are none). */
    fun applyTo(update: Asset): Asset {
        val json = LinkedHashMap(update.json)
        json.remove(ADD)
        json.remove(REMOVE)
        if (add.isNotEmpty()) json[ADD] = JsonArray(add)
        if (remove.isNotEmpty()) json[REMOVE] = JsonArray(remove.map { TagPropagation.NONE.tagJson(it) })
        return AtlanTypes.wrap(JsonObject(json)) as Asset
    }

    companion object {
        private const val ADD = "addOrUpdateClassifications"
        private const val REMOVE = "removeClassifications"
        private val NONE = TreeTagChanges(emptyList(), emptyList(), null)

        /** Whether [asset] carries tag changes. */
        fun carriesTags(asset: Asset): Boolean = ADD in asset.json || REMOVE in asset.json

        /** The changes that make [current]'s own tags those of [tags] ([resolved] holds them by hashed name). */
        suspend fun of(tags: TreeTags?, resolved: Asset, current: Asset, names: NameCheck): TreeTagChanges {
            if (tags == null) return NONE
            val wanted = (resolved.json[ADD] as? JsonArray).orEmpty().mapNotNull { it as? JsonObject }
            val own = current.atlanTags.orEmpty().filter { it.entityGuid == null || it.entityGuid == current.guid }
            val add = wanted.filter { tag ->
                val id = (tag["typeName"] as? JsonPrimitive)?.content
                val now = own.firstOrNull { it.typeName == id } ?: return@filter true
                // Atlan's defaults stand for options it leaves out.
                tag["propagate"] != JsonPrimitive(now.propagate ?: false) ||
                    tag["removePropagationsOnEntityDelete"] != JsonPrimitive(now.removePropagationsOnEntityDelete ?: true) ||
                    tag["restrictPropagationThroughLineage"] != JsonPrimitive(now.restrictPropagationThroughLineage ?: false) ||
                    tag["restrictPropagationThroughHierarchy"] != JsonPrimitive(now.restrictPropagationThroughHierarchy ?: false)
            }
            val wantedIds = wanted.mapNotNull { (it["typeName"] as? JsonPrimitive)?.content }.toSet()
            val remove = own.map { it.typeName }.filter { it !in wantedIds }.distinct()
            if (add.isEmpty() && remove.isEmpty()) return NONE
            val before = JsonArray(own.map { JsonPrimitive(names.tagNameOf(it.typeName)) })
            return TreeTagChanges(add, remove, before to JsonArray(tags.names.map(::JsonPrimitive)))
        }
    }
}
