package dev.katalog.model.atlan.asset

import dev.katalog.model.json.KatalogJson
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.time.Instant

// Typed values to JSON, for the generated setters. A null value is written as JSON null, which clears the attribute on save.

internal fun <V> encodeAttribute(value: V?, serializer: KSerializer<V>): JsonElement =
    if (value == null) JsonNull else KatalogJson.encodeToElement(serializer, value)

internal fun encodeInstant(value: Instant?): JsonElement = if (value == null) JsonNull else JsonPrimitive(value.toEpochMilli())

/** A reference to [entity] as Atlan expects it: by GUID (real or placeholder) when it has one, else by qualifiedName. */
internal fun reference(entity: Entity?): JsonElement {
    if (entity == null) return JsonNull
    val guid = entity.guid
    val qualifiedName = (entity.attributes["qualifiedName"] as? JsonPrimitive)?.takeIf { it.isString }?.content
    val fields = linkedMapOf<String, JsonElement>("typeName" to JsonPrimitive(entity.typeName))
    when {
        guid != null -> fields["guid"] = JsonPrimitive(guid)
        qualifiedName != null -> fields["uniqueAttributes"] = JsonObject(mapOf("qualifiedName" to JsonPrimitive(qualifiedName)))
        else -> throw IllegalArgumentException(
            "Cannot refer to a ${entity.typeName} without a guid or a qualifiedName: save it first, or use ${entity.typeName}.refByQualifiedName(qualifiedName)",
        )
    }
    return JsonObject(fields)
}

internal fun references(entities: List<Entity>?): JsonElement = entities?.let { list -> JsonArray(list.map(::reference)) } ?: JsonNull
