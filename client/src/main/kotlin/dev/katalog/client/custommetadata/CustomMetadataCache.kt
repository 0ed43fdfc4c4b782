package dev.katalog.client.custommetadata

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.cache.RefreshingCache
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDefResponse

/** Custom metadata sets and their attributes, human names ↔ hashed names, reloaded on a miss. */
internal class CustomMetadataCache(load: suspend (TypeCategory) -> TypeDefResponse) {
    /** A set: its hashed name, and its attributes by human name → hashed name. */
    class SetIds(val id: String, val displayName: String, val attributes: Map<String, String>)

    private val sets = RefreshingCache {
        load(TypeCategory.BUSINESS_METADATA).businessMetadataDefs.orEmpty().map { def ->
            SetIds(def.name!!, def.displayName ?: def.name!!, def.attributeDefs.orEmpty().associate { (it.displayName ?: it.name) to it.name })
        }.flatMap { listOf(it.displayName to it, it.id to it) }.toMap()
    }

    /** The set shown as [name] (its hashed name works too). */
    suspend fun set(name: String): SetIds = sets.get(name) ?: throw AtlanException.NotFound(
        "No custom metadata set is named \"$name\"", null, null,
        "Create the set first, or use one of: ${sets.all().values.map { it.displayName }.distinct().sorted().take(20)}",
    )

    /** The hashed name of attribute [attribute] of set [set]. */
    suspend fun attributeId(set: SetIds, attribute: String): String = set.attributes[attribute]
        ?: set.attributes.values.firstOrNull { it == attribute }
        ?: throw AtlanException.NotFound(
            "The custom metadata set \"${set.displayName}\" has no attribute \"$attribute\"", null, null,
            "Use one of: ${set.attributes.keys.sorted()}",
        )
}
