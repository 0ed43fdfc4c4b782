package dev.katalog.model.openmetadata

import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * One RFC 6902 operation: [op] is `add`, `remove`, `replace`, `move`, `copy` or `test`; [path] (and [from] for
 * `move` and `copy`) a JSON Pointer, [value] what `add`, `replace` and `test` carry.
 */
public class JsonPatchOperation(public val op: String, public val path: String, public val value: JsonElement? = null, public val from: String? = null) {
    /** The operation as sent on the wire. */
    public fun toJson(): JsonObject = JsonObject(buildMap {
        put("op", JsonPrimitive(op))
        if (from != null) put("from", JsonPrimitive(from))
        put("path", JsonPrimitive(path))
        if (value != null) put("value", value)
    })

    override fun toString(): String = toJson().toString()
}
