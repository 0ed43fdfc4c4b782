package dev.katalog.local.openmetadata

import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** An `EntityReference` to a stored entity, as OpenMetadata embeds them: `{id, type, name, fullyQualifiedName}`. */
internal object EntityReference {
    fun of(type: String, entity: JsonObject): JsonObject = buildJsonObject {
        put("id", entity.str("id"))
        put("type", type)
        put("name", entity.str("name"))
        put("fullyQualifiedName", entity.str("fullyQualifiedName"))
        entity.str("displayName")?.let { put("displayName", it) }
    }
}
