package dev.katalog.local.openmetadata

import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * How OpenMetadata 1.4 turns a PUT or a PATCH into the entity it stores (open-metadata/OpenMetadata 1.4.x,
 * openmetadata-service/src/main/java/org/openmetadata/service/jdbi3/EntityRepository.java, `EntityUpdater` and
 * `patch`): a PUT replaces what its request can set but merges tags (the entity's and each column's), keeps an
 * owner the request leaves out, and does not let a bot overwrite a non-empty description, display name or
 * extension; a PATCH cannot change the identity (id, name, FQN, parents), which it restores instead of refusing.
 */
internal object UpdateRules {
    /** The entity a PUT of [fields] (the request made entity-shaped) leaves in place of [existing]. */
    fun put(kind: EntityKind, existing: JsonObject, fields: JsonObject, byBot: Boolean): JsonObject {
        val settable = kind.createFields
        val out = LinkedHashMap<String, JsonElement>()
        for ((key, value) in existing) if (key !in settable) out[key] = value
        out.putAll(fields)
        if (kind.softDeletes) out["deleted"] = JsonPrimitive(false)
        // "For PUT operations, ownership can't be removed" (EntityUpdater.updateOwner).
        if (fields["owner"] == null) existing["owner"]?.let { out["owner"] = it }
        if (byBot) {
            for (field in BOT_PROOF) {
                val before = existing[field]
                if (!before.isEmpty()) out[field] = before!! else if (field == "extension" && before == null) out.remove(field)
            }
        }
        mergedTags(existing["tags"], fields["tags"])?.let { out["tags"] = it }
        (fields["columns"] as? JsonArray)?.let { out["columns"] = mergedColumns(existing["columns"] as? JsonArray, it, byBot) }
        return JsonObject(out)
    }

    /** [patched] with the identity of [before] restored, as `restorePatchAttributes` does; tags in OpenMetadata's order. */
    fun patch(kind: EntityKind, before: JsonObject, patched: JsonObject): JsonObject {
        val out = LinkedHashMap(patched)
        for (field in IDENTITY + kind.parents.map { it.entityField } + kind.inherited) {
            val value = before[field]
            if (value == null) out.remove(field) else out[field] = value
        }
        if (patched["deleted"] == JsonPrimitive(true) && before["deleted"] != JsonPrimitive(true)) {
            // EntityUpdater.updateDeleted: deletion is DELETE's alone.
            throw OpenMetadataErrors.badRequest("Entity type ${kind.type} attribute deleted can't be updated: use DELETE")
        }
        (out["tags"] as? JsonArray)?.let { out["tags"] = sorted(it) }
        return JsonObject(out)
    }

    private fun mergedColumns(existing: JsonArray?, wanted: JsonArray, byBot: Boolean): JsonArray {
        val before = existing.orEmpty().mapNotNull { it as? JsonObject }.associateBy { it.str("name") }
        return JsonArray(wanted.map { element ->
            val column = element as? JsonObject ?: return@map element
            val old = before[column.str("name")] ?: return@map column
            val out = LinkedHashMap(column)
            // TableRepository.updateColumnDescription: a bot's PUT keeps a non-empty column description.
            if (byBot && !old["description"].isEmpty()) out["description"] = old["description"]!!
            mergedTags(old["tags"], column["tags"])?.let { out["tags"] = it }
            val children = column["children"] as? JsonArray
            if (children != null) out["children"] = mergedColumns(old["children"] as? JsonArray, children, byBot)
            JsonObject(out)
        })
    }

    // EntityUtil.mergeTags then compareTagLabel: the request's tags plus the stored ones it lacks, by tag FQN.
    private fun mergedTags(existing: JsonElement?, wanted: JsonElement?): JsonArray? {
        val old = (existing as? JsonArray).orEmpty()
        val new = (wanted as? JsonArray).orEmpty()
        if (old.isEmpty() && new.isEmpty()) return null
        val names = new.mapNotNull { it.tagFqn() }.toSet()
        return sorted(JsonArray(new + old.filter { it.tagFqn() !in names }))
    }

    private fun sorted(tags: JsonArray): JsonArray = JsonArray(tags.sortedBy { it.tagFqn().orEmpty() })

    private fun JsonElement.tagFqn(): String? = (this as? JsonObject)?.str("tagFQN")

    private fun JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()

    private fun JsonElement?.isEmpty(): Boolean = when (this) {
        null -> true
        is JsonPrimitive -> this.isString && content.isEmpty() || this.toString() == "null"
        is JsonObject -> isEmpty()
        is JsonArray -> isEmpty()
    }

    private val IDENTITY = listOf("id", "name", "fullyQualifiedName", "href")
    private val BOT_PROOF = listOf("description", "displayName", "extension")
}
