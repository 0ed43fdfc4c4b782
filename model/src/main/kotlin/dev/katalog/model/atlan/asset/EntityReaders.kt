package dev.katalog.model.atlan.asset

import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import dev.katalog.model.json.describe
import kotlinx.serialization.KSerializer
import kotlinx.serialization.builtins.ListSerializer
import kotlinx.serialization.builtins.serializer
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.booleanOrNull
import kotlinx.serialization.json.doubleOrNull
import kotlinx.serialization.json.intOrNull
import kotlinx.serialization.json.longOrNull
import java.time.Instant

// Typed reads of an entity's JSON for the generated accessors. Absent and null read as null; anything
// else that does not fit throws ModelDecodeException naming the path, never a silent null.

internal val stringList: KSerializer<List<String>> = ListSerializer(String.serializer())

internal fun attributeMismatch(path: String, expected: String, found: Any?): ModelDecodeException =
    ModelDecodeException(path, expected, "Found ${if (found is JsonElement) describe(found) else "\"$found\""}")

private fun JsonElement?.orNullIfNull(): JsonElement? = if (this == null || this is JsonNull) null else this

internal fun Entity.envelopeString(key: String): String? = json[key].orNullIfNull()?.let {
    (it as? JsonPrimitive)?.takeIf { p -> p.isString }?.content ?: throw attributeMismatch("$.$key", "a string", it)
}

internal fun Entity.envelopeLong(key: String): Long? = json[key].orNullIfNull()?.let {
    (it as? JsonPrimitive)?.takeIf { p -> !p.isString }?.longOrNull ?: throw attributeMismatch("$.$key", "a whole number", it)
}

internal fun Entity.envelopeBoolean(key: String): Boolean? = json[key].orNullIfNull()?.let {
    (it as? JsonPrimitive)?.takeIf { p -> !p.isString }?.booleanOrNull ?: throw attributeMismatch("$.$key", "true or false", it)
}

internal fun Entity.envelopeObject(key: String): JsonObject = when (val v = json[key].orNullIfNull()) {
    null -> JsonObject(emptyMap())
    is JsonObject -> v
    else -> throw attributeMismatch("$.$key", "an object", v)
}

internal fun <T> Entity.envelopeDecoded(key: String, serializer: KSerializer<T>): T? =
    json[key].orNullIfNull()?.let { decodeAt("$.$key", it, serializer) }

private fun <T> decodeAt(path: String, element: JsonElement, serializer: KSerializer<T>): T = try {
    KatalogJson.decode(serializer, element)
} catch (e: ModelDecodeException) {
    throw ModelDecodeException(path + e.path.removePrefix("$"), e.expected, e.problem, e)
}

private fun Entity.attributeElement(name: String): JsonElement? = attributes[name].orNullIfNull()

private inline fun <T> Entity.primitiveAttribute(name: String, expected: String, read: (JsonPrimitive) -> T?): T? =
    attributeElement(name)?.let { v ->
        (v as? JsonPrimitive)?.let(read) ?: throw attributeMismatch("$.attributes.$name", expected, v)
    }

internal fun Entity.stringAttribute(name: String): String? = primitiveAttribute(name, "a string") { it.takeIf { p -> p.isString }?.content }

internal fun Entity.longAttribute(name: String): Long? = primitiveAttribute(name, "a whole number") { it.takeIf { p -> !p.isString }?.longOrNull }

internal fun Entity.intAttribute(name: String): Int? = primitiveAttribute(name, "a whole number (32-bit)") { it.takeIf { p -> !p.isString }?.intOrNull }

internal fun Entity.doubleAttribute(name: String): Double? = primitiveAttribute(name, "a number") { it.takeIf { p -> !p.isString }?.doubleOrNull }

internal fun Entity.booleanAttribute(name: String): Boolean? = primitiveAttribute(name, "true or false") { it.takeIf { p -> !p.isString }?.booleanOrNull }

internal fun Entity.instantAttribute(name: String): Instant? = longAttribute(name)?.let(Instant::ofEpochMilli)

internal fun <T> Entity.decodedAttribute(name: String, serializer: KSerializer<T>): T? =
    attributeElement(name)?.let { decodeAt("$.attributes.$name", it, serializer) }

private fun Entity.relationElement(name: String): Pair<String, JsonElement>? =
    relationshipAttributes[name].orNullIfNull()?.let { "$.relationshipAttributes.$name" to it }
        ?: attributeElement(name)?.let { "$.attributes.$name" to it }

/** A relationship to one entity, typed as [type] (or the more specific type the server names). */
internal fun <T : Entity> Entity.relationAttribute(name: String, type: AssetType<T>): T? =
    relationElement(name)?.let { (path, v) -> AtlanTypes.wrapAs(v as? JsonObject ?: throw attributeMismatch(path, "an entity reference object", v), type, path) }

/** A relationship to many entities, each typed as [type] (or a more specific type). */
internal fun <T : Entity> Entity.relationsAttribute(name: String, type: AssetType<T>): List<T>? =
    relationElement(name)?.let { (path, v) ->
        (v as? JsonArray ?: throw attributeMismatch(path, "an array of entity references", v)).mapIndexed { i, e ->
            AtlanTypes.wrapAs(e as? JsonObject ?: throw attributeMismatch("$path[$i]", "an entity reference object", e), type, "$path[$i]")
        }
    }
