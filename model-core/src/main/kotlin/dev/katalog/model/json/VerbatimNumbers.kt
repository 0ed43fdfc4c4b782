package dev.katalog.model.json

import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.JsonUnquotedLiteral

/**
 * [this] with every number that is not a whole `Long` marked to be written exactly as it was read.
 * kotlinx.serialization writes other numbers through `Double`, which rounds `99999999999999999999` to `1.0E20`
 * and refuses `1e400`; JSON read from a server must go back unchanged. Returns [this] itself when nothing
 * needs marking, so the usual model costs one walk and no copies.
 */
@OptIn(ExperimentalSerializationApi::class)
internal fun JsonElement.withVerbatimNumbers(): JsonElement = when (this) {
    is JsonNull -> this
    is JsonPrimitive -> if (isString || content == "true" || content == "false" || content.toLongOrNull() != null) this else JsonUnquotedLiteral(content)
    is JsonArray -> {
        var changed: MutableList<JsonElement>? = null
        for ((index, value) in withIndex()) {
            val marked = value.withVerbatimNumbers()
            if (marked !== value) (changed ?: toMutableList().also { changed = it })[index] = marked
        }
        changed?.let(::JsonArray) ?: this
    }
    is JsonObject -> {
        var changed: LinkedHashMap<String, JsonElement>? = null
        for ((key, value) in this) {
            val marked = value.withVerbatimNumbers()
            if (marked !== value) (changed ?: LinkedHashMap(this).also { changed = it })[key] = marked
        }
        changed?.let(::JsonObject) ?: this
    }
}
