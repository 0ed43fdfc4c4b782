package dev.katalog.model.json

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

// Small readers for hand-written serializers: each names the path and the expectation when the JSON does not fit.

@KatalogInternalApi
public fun describe(element: JsonElement?): String = when (element) {
    null -> "nothing"
    is JsonNull -> "null"
    is JsonObject -> "an object"
    is JsonArray -> "an array"
    is JsonPrimitive -> if (element.isString) "a string" else "the literal ${element.content.take(40)}"
}

internal fun mismatch(path: String, expected: String, found: JsonElement?): ModelDecodeException =
    ModelDecodeException(path, expected, "Found ${describe(found)}")

/** Runs [read] over [root], making any failure's path relative to [root]. */
@KatalogInternalApi
public inline fun <T> readingFrom(root: JsonElement, read: () -> T): T = try {
    read()
} catch (e: ModelDecodeException) {
    throw e.from(root)
}

@KatalogInternalApi
public fun JsonElement.objectAt(path: String): JsonObject = this as? JsonObject ?: throw mismatch(path, "an object", this)

@KatalogInternalApi
public fun JsonElement.arrayAt(path: String): JsonArray = this as? JsonArray ?: throw mismatch(path, "an array", this)

@KatalogInternalApi
public fun JsonElement.primitiveAt(path: String): JsonPrimitive =
    (this as? JsonPrimitive)?.takeIf { it !is JsonNull } ?: throw mismatch(path, "a string, number or boolean", this)

@KatalogInternalApi
public fun JsonElement.stringAt(path: String): String =
    (this as? JsonPrimitive)?.takeIf { it.isString }?.content ?: throw mismatch(path, "a string", this)

@KatalogInternalApi
public fun JsonElement.booleanAt(path: String): Boolean =
    (this as? JsonPrimitive)?.takeIf { !it.isString }?.content?.toBooleanStrictOrNull() ?: throw mismatch(path, "true or false", this)

/** The single `{"name": value}` entry of an object that must have exactly one key. */
@KatalogInternalApi
public fun JsonObject.singleEntry(path: String, what: String): Map.Entry<String, JsonElement> =
    entries.singleOrNull() ?: throw ModelDecodeException(path, "exactly one key naming the $what", "Found ${size} keys ${keys.take(5)}")

/** This object without [keys]. */
@KatalogInternalApi
public fun JsonObject.without(vararg keys: String): JsonObject =
    if (keys.none { it in this }) this else JsonObject(filterKeys { it !in keys })
