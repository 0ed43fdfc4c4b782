package dev.katalog.local.json

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Reading loosely typed JSON without casts at every call site. */
internal fun JsonElement?.obj(): JsonObject? = this as? JsonObject

internal fun JsonElement?.arr(): JsonArray? = this as? JsonArray

internal fun JsonElement?.str(): String? = (this as? JsonPrimitive)?.takeIf { it.isString }?.content

/** A primitive's text whether or not it was quoted (numbers sent as strings, say). */
internal fun JsonElement?.text(): String? = (this as? JsonPrimitive)?.takeIf { it !is JsonNull }?.content

internal fun JsonElement?.long(): Long? = (this as? JsonPrimitive)?.takeIf { it !is JsonNull }?.content?.toLongOrNull()

internal fun JsonElement?.bool(): Boolean? = (this as? JsonPrimitive)?.takeIf { !it.isString }?.content?.toBooleanStrictOrNull()

internal fun JsonObject.str(key: String): String? = this[key].str()

internal fun JsonObject.obj(key: String): JsonObject? = this[key].obj()

internal fun JsonObject.arr(key: String): JsonArray? = this[key].arr()

internal operator fun JsonObject.plus(entry: Pair<String, JsonElement>): JsonObject = JsonObject(this.toMutableMap().apply { put(entry.first, entry.second) })

internal fun JsonObject.without(vararg keys: String): JsonObject = JsonObject(this.filterKeys { it !in keys })

internal fun JsonArray?.orEmpty(): JsonArray = this ?: JsonArray(emptyList())

internal fun JsonObject?.orEmpty(): JsonObject = this ?: JsonObject(emptyMap())

internal fun jsonStrings(values: Iterable<String>): JsonArray = JsonArray(values.map { JsonPrimitive(it) })
