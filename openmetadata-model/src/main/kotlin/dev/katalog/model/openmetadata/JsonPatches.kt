package dev.katalog.model.openmetadata

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * RFC 6902 JSON Patch over RFC 6901 pointers, as OpenMetadata's `PATCH` takes it: [pointer] builds paths, [diff]
 * computes the operations between two documents, [apply] runs them.
 */
public object JsonPatches {
    /** The JSON Pointer of [segments], escaped (`~` → `~0`, `/` → `~1`): `pointer("columns", 0, "name") == "/columns/0/name"`. */
    @JvmStatic
    public fun pointer(vararg segments: Any): String =
        segments.joinToString("") { "/" + it.toString().replace("~", "~0").replace("/", "~1") }

    /**
     * The operations that turn [from] into [to]: keys removed, added or replaced, objects compared key by key,
     * arrays of equal length element by element and otherwise replaced whole.
     */
    @JvmStatic
    public fun diff(from: JsonElement, to: JsonElement): List<JsonPatchOperation> = ArrayList<JsonPatchOperation>().also { diff(from, to, "", it) }

    private fun diff(from: JsonElement, to: JsonElement, path: String, out: MutableList<JsonPatchOperation>) {
        if (from == to) return
        when {
            from is JsonObject && to is JsonObject -> {
                for ((key, old) in from) {
                    val child = path + pointer(key)
                    val new = to[key]
                    if (new == null) out += JsonPatchOperation("remove", child) else diff(old, new, child, out)
                }
                for ((key, new) in to) if (key !in from) out += JsonPatchOperation("add", path + pointer(key), new)
            }
            from is JsonArray && to is JsonArray && from.size == to.size ->
                from.indices.forEach { diff(from[it], to[it], path + pointer(it), out) }
            from is JsonNull -> out += JsonPatchOperation("add", path, to)
            else -> out += JsonPatchOperation("replace", path, to)
        }
    }

    /**
     * [document] with the operations of [patch] (a JSON array) applied in order. Any problem, including a failed
     * `test`, refuses the whole patch with a [JsonPatchException] naming the operation (by position) and what is wrong.
     */
    @JvmStatic
    public fun apply(document: JsonElement, patch: JsonElement): JsonElement = JsonPatchApplier.apply(document, patch)
}
