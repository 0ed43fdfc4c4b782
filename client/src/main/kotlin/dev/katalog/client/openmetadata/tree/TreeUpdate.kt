package dev.katalog.client.openmetadata.tree

import dev.katalog.client.openmetadata.entities.JsonPatch
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.math.BigDecimal

/**
 * How a tree entity that exists is brought in line: the fields the tree manages are compared with what the server
 * holds and the differences become one JSON Patch, never a PUT. Of an entity's tags, the tree manages its glossary tags
 * (its terms): classification tags set on the server are kept, as an export from OpenMetadata declares them as tree
 * tags, which OpenMetadata plans do not send.
 *
 * Why a patch: OpenMetadata 1.4's PUT merges (open-metadata/OpenMetadata, openmetadata-service/…/jdbi3/
 * EntityRepository.java, `EntityUpdater`): it adds the request's tags to the stored ones instead of replacing them,
 * keeps an owner the request leaves out, and ignores a bot's change to a non-empty description or display name, and
 * it clears a description a non-bot's request leaves out. What a PUT leaves behind depends on who calls, so a plan
 * that predicted it could still never converge; a PATCH replaces exactly what it names, for every caller, and
 * touches nothing else, so a description written in the UI survives an apply whose tree does not set one.
 */
internal object TreeUpdate {
    /** Each managed field of [request] whose value differs from [entity]'s: field → (current, wanted). */
    fun differences(request: JsonObject, entity: JsonObject, unmanaged: Set<String>): Map<String, Pair<JsonElement?, JsonElement?>> {
        val changes = LinkedHashMap<String, Pair<JsonElement?, JsonElement?>>()
        for ((field, wanted) in request) {
            if (field in unmanaged) continue
            val current = entity[field]
            val same = when (field) {
                "columns" -> sameColumns(wanted, current)
                "tags" -> sameTags(wanted, current)
                // Named by FQN in the request, held as references on the entity (a dashboard's charts and data models).
                "charts", "dataModels" -> referencedFqns(wanted) == referencedFqns(current)
                else -> same(wanted, current)
            }
            if (!same) changes[field] = current to wanted
        }
        return changes
    }

    /** The patch that turns [entity]'s [changes] fields into the wanted values; columns keep what the tree does not set. */
    fun patch(entity: JsonObject, changes: Map<String, Pair<JsonElement?, JsonElement?>>): JsonPatch {
        val from = JsonObject(changes.keys.mapNotNull { field -> entity[field]?.takeIf { it !is JsonNull }?.let { field to it } }.toMap())
        val to = JsonObject(changes.mapValues { (field, values) ->
            val wanted = values.second ?: JsonNull
            when (field) {
                "columns" -> mergedColumns(wanted, entity[field])
                "tags" -> mergedTags(wanted, entity[field])
                else -> wanted
            }
        }.filterValues { it !is JsonNull })
        return JsonPatch.diff(from, to)
    }

    // The tree's columns, in its order, each the server's column of that name with the keys the tree sets replaced.
    private fun mergedColumns(wanted: JsonElement, current: JsonElement?): JsonElement {
        val want = (wanted as? JsonArray)?.map { it as JsonObject } ?: return wanted
        val have = (current as? JsonArray)?.mapNotNull { it as? JsonObject }?.associateBy { it["name"] }.orEmpty()
        return JsonArray(want.map { column ->
            val old = have[column["name"]] ?: return@map column
            JsonObject(old + column.mapValues { (key, value) ->
                when (key) {
                    "children" -> mergedColumns(value, old[key])
                    "tags" -> mergedTags(value, old[key])
                    else -> value
                }
            })
        })
    }

    // Columns match by name and order; each compares only the keys the tree sets (the server adds FQNs, tags…).
    private fun sameColumns(wanted: JsonElement, current: JsonElement?): Boolean {
        val want = (wanted as? JsonArray)?.map { it as JsonObject } ?: return same(wanted, current)
        val have = (current as? JsonArray)?.mapNotNull { it as? JsonObject } ?: return want.isEmpty()
        if (want.map { it["name"] } != have.map { it["name"] }) return false
        return want.zip(have).all { (w, h) ->
            w.all { (key, value) ->
                when (key) {
                    "children" -> sameColumns(value, h[key])
                    "tags" -> sameTags(value, h[key])
                    else -> same(value, h[key])
                }
            }
        }
    }

    // OpenMetadata stores tags in its own order (by tag FQN) and adds derived ones: compare the set of tag FQNs, of the
    // tags the tree manages only. A tree sends glossary tags (its terms); the classification tags set on the server, and
    // those it derives or propagates, are others' and stay, as an owner or a description set in the UI does.
    private fun sameTags(wanted: JsonElement, current: JsonElement?): Boolean = tagFqns(wanted) == tagFqns(managedTags(wanted, current))

    /** The tags of [current] of a source [wanted] manages (Glossary, and any [wanted] names), set on the entity itself. */
    private fun managedTags(wanted: JsonElement, current: JsonElement?): JsonArray {
        val sources = tagLabels(wanted).mapNotNull { (it["source"] as? JsonPrimitive)?.content }.toSet() + "Glossary"
        return JsonArray(tagLabels(current).filter { (it["source"] as? JsonPrimitive)?.content in sources && (it["labelType"] as? JsonPrimitive)?.content !in NOT_OWN })
    }

    // The wanted tags and the server's tags the tree does not manage, which a patch keeps.
    private fun mergedTags(wanted: JsonElement, current: JsonElement?): JsonElement {
        val managed = managedTags(wanted, current).toSet()
        val kept = tagLabels(current).filter { it !in managed && (it["labelType"] as? JsonPrimitive)?.content !in NOT_OWN }
        return JsonArray(tagLabels(wanted) + kept)
    }

    private fun tagLabels(tags: JsonElement?): List<JsonObject> = (tags as? JsonArray).orEmpty().mapNotNull { it as? JsonObject }

    private val NOT_OWN = setOf("Derived", "Propagated")

    private fun referencedFqns(references: JsonElement?): Set<String> = (references as? JsonArray).orEmpty().mapNotNull {
        when (it) {
            is JsonPrimitive -> it.content
            is JsonObject -> (it["fullyQualifiedName"] as? JsonPrimitive)?.content
            else -> null
        }
    }.toSet()

    private fun tagFqns(tags: JsonElement?): Set<String> =
        (tags as? JsonArray).orEmpty().mapNotNull { ((it as? JsonObject)?.get("tagFQN") as? JsonPrimitive)?.content }.toSet()

    private fun same(wanted: JsonElement, current: JsonElement?): Boolean = when {
        current == null || current is JsonNull -> wanted is JsonNull || (wanted is JsonPrimitive && wanted.isString && wanted.content.isEmpty()) || (wanted is JsonArray && wanted.isEmpty())
        wanted is JsonPrimitive && current is JsonPrimitive && !wanted.isString && !current.isString ->
            wanted.content.toBigDecimalOrNull()?.let { w -> current.content.toBigDecimalOrNull()?.let { it.compareTo(w) == 0 } } ?: (wanted.content == current.content)
        wanted is JsonObject && current is JsonObject -> wanted.all { (k, v) -> same(v, current[k]) }
        wanted is JsonArray && current is JsonArray -> wanted.size == current.size && wanted.indices.all { same(wanted[it], current[it]) }
        else -> wanted == current
    }

    private fun JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()

    private fun String.toBigDecimalOrNull(): BigDecimal? = try { BigDecimal(this) } catch (e: NumberFormatException) { null }
}
