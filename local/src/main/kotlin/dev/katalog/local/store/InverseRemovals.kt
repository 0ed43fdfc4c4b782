package dev.katalog.local.store

import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject

/**
 * `removeRelationshipAttributes` ends a relationship at both ends, as Atlan does (a relationship is one edge in
 * atlanhq/atlas-metastore's graph: EntityGraphMapper removes the edge, so neither end lists the other). When the
 * removed asset is the one that holds the reference (a column holds its `table`; removing it from the table's
 * `columns`), the reference is taken off the removed asset too.
 */
internal class InverseRemovals(private val types: TypeRegistry) {

    /** The other ends to save again, by GUID: [built] entities and stored assets with their reference dropped. */
    fun apply(incoming: List<IncomingEntity>, resolved: Map<IncomingEntity, Map<String, List<ResolvedReference>>>, built: Map<String, JsonObject>): Map<String, JsonObject> {
        val changed = LinkedHashMap<String, JsonObject>()
        for (inc in incoming) {
            for ((key, targets) in resolved[inc].orEmpty()) {
                if (!key.startsWith("-")) continue
                val attribute = key.substring(1)
                for (target in targets) {
                    val holder = changed[target.guid] ?: built[target.guid] ?: target.stored?.entity ?: continue
                    detach(holder, attribute, inc.guid)?.let { changed[target.guid] = it }
                }
            }
        }
        return changed
    }

    // The holder without its references to [guid] under the attributes whose other end is [attribute]; null when it has none.
    private fun detach(holder: JsonObject, attribute: String, guid: String): JsonObject? {
        val typeName = holder.str("typeName") ?: return null
        val relations = holder["relationshipAttributes"] as? JsonObject ?: return null
        var touched = false
        val kept = relations.mapValues { (name, value) ->
            if (types.inverseOf(typeName, name) != attribute) return@mapValues value
            when {
                value is JsonObject && value.str("guid") == guid -> JsonNull.also { touched = true }
                value is JsonArray && value.any { (it as? JsonObject)?.str("guid") == guid } ->
                    JsonArray(value.filter { (it as? JsonObject)?.str("guid") != guid }).also { touched = true }
                else -> value
            }
        }.filterValues { it !is JsonNull }
        if (!touched) return null
        return JsonObject(holder + ("relationshipAttributes" to JsonObject(kept)))
    }
}
