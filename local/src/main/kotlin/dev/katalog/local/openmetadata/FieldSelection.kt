package dev.katalog.local.openmetadata

import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject

/**
 * The `fields=` of a read: the kind's optional fields (owner, tags, followers…) are returned only when asked for,
 * as OpenMetadata does; base and required fields always are. `*` asks for every field. Column tags follow `tags`.
 */
internal class FieldSelection private constructor(private val kind: EntityKind, private val asked: Set<String>, private val all: Boolean) {
    /** Whether [field] was asked for (by name or by `*`). */
    fun asks(field: String): Boolean = all || field in asked

    fun apply(entity: JsonObject): JsonObject {
        if (all) return entity
        val hidden = kind.optionalFields - asked - kind.required
        var shown = JsonObject(entity.filterKeys { it !in hidden })
        if ("tags" !in asked && shown["columns"] is JsonArray) {
            shown = JsonObject(shown + ("columns" to withoutColumnTags(shown["columns"]!!)))
        }
        return shown
    }

    private fun withoutColumnTags(columns: JsonElement): JsonArray = JsonArray(columns.arr().orEmpty().map { column ->
        val o = column.obj() ?: return@map column
        val children = o["children"]
        val trimmed = o - "tags"
        JsonObject(if (children is JsonArray) trimmed + ("children" to withoutColumnTags(children)) else trimmed)
    })

    companion object {
        fun parse(kind: EntityKind, fields: String?): FieldSelection {
            val names = fields.orEmpty().split(',').map { it.trim() }.filter { it.isNotEmpty() }.toSet()
            if ("*" in names) return FieldSelection(kind, names, all = true)
            val unknown = names - kind.properties
            if (unknown.isNotEmpty()) {
                val choices = (kind.optionalFields intersect kind.properties).sorted().joinToString(",")
                throw OpenMetadataErrors.badRequest("Invalid field name ${unknown.sorted().joinToString(",").take(300)}: a ${kind.type} has the optional fields $choices (or ask for *)")
            }
            return FieldSelection(kind, names, all = false)
        }
    }
}

private fun JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()
