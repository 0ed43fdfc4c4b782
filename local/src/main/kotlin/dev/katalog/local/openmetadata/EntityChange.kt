package dev.katalog.local.openmetadata

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray

/**
 * What changed between two states of an entity, top-level field by field, ignoring the fields the server keeps
 * (version, audit fields, href, changeDescription); written as OpenMetadata's `changeDescription`.
 */
internal class EntityChange(private val before: JsonObject, private val after: JsonObject) {
    private val keys = (before.keys + after.keys).filter { it !in SERVER_FIELDS }

    val added: List<String> = keys.filter { it !in before && it in after }
    val deleted: List<String> = keys.filter { it in before && it !in after }
    val updated: List<String> = keys.filter { it in before && it in after && before[it] != after[it] }

    val isEmpty: Boolean get() = added.isEmpty() && deleted.isEmpty() && updated.isEmpty()

    /** The `changeDescription` of the version that [after] becomes, from [previousVersion]. */
    fun description(previousVersion: JsonElement): JsonObject = buildJsonObject {
        putJsonArray("fieldsAdded") { added.forEach { add(fieldChange(it, null, after[it])) } }
        putJsonArray("fieldsUpdated") { updated.forEach { add(fieldChange(it, before[it], after[it])) } }
        putJsonArray("fieldsDeleted") { deleted.forEach { add(fieldChange(it, before[it], null)) } }
        put("previousVersion", previousVersion)
    }

    // OpenMetadata writes changed values as JSON text, strings as they are.
    private fun fieldChange(name: String, old: JsonElement?, new: JsonElement?) = buildJsonObject {
        put("name", name)
        old?.let { put("oldValue", text(it)) }
        new?.let { put("newValue", text(it)) }
    }

    private fun text(value: JsonElement): String = if (value is JsonPrimitive && value.isString) value.content else value.toString()

    companion object {
        val SERVER_FIELDS: Set<String> = setOf("version", "updatedAt", "updatedBy", "href", "changeDescription")
    }
}

internal fun JsonArray?.orEmptyList(): List<JsonElement> = this ?: emptyList()
