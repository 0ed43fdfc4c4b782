package dev.katalog.local.store

import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/** A reference of a save request resolved to its target: an asset already stored, or an entity of the same request. */
internal class ResolvedReference(val typeName: String, val guid: String, val stored: StoredAsset?, val incoming: IncomingEntity?) {
    val qualifiedName: String? get() = stored?.qualifiedName ?: incoming?.qualifiedName

    /** The reference as the saved entity keeps it. */
    fun toJson(): JsonObject = buildJsonObject {
        put("typeName", typeName)
        put("guid", guid)
        putJsonObject("uniqueAttributes") { qualifiedName?.let { put("qualifiedName", it) } }
        (stored?.name ?: incoming?.name)?.let { put("displayText", it) }
    }
}
