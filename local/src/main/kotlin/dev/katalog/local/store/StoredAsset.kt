package dev.katalog.local.store

import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonObject

/** One asset as the catalog keeps it: the entity as served (relationships as held by it) and its sort values when found by a search. */
internal class StoredAsset(val entity: JsonObject, val sort: kotlinx.serialization.json.JsonArray? = null) {
    val guid: String get() = entity.str("guid").orEmpty()
    val typeName: String get() = entity.str("typeName").orEmpty()
    val status: String get() = entity.str("status") ?: "ACTIVE"
    val attributes: JsonObject get() = entity.obj("attributes") ?: JsonObject(emptyMap())
    val relationships: JsonObject get() = entity.obj("relationshipAttributes") ?: JsonObject(emptyMap())
    val qualifiedName: String? get() = attributes.str("qualifiedName")
    val name: String? get() = attributes.str("name")
}
