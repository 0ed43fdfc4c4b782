package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** The one implementation behind every entity type: its JSON, compared by value. */
internal abstract class EntityImpl(final override val json: JsonObject) : Entity {
    final override fun equals(other: Any?): Boolean = other is EntityImpl && other.json == json

    final override fun hashCode(): Int = json.hashCode()

    final override fun toString(): String {
        val qualifiedName = (attributes["qualifiedName"] as? JsonPrimitive)?.content
        return "$typeName(guid=$guid, qualifiedName=$qualifiedName)"
    }
}
