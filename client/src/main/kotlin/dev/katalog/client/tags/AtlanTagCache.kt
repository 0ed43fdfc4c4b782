package dev.katalog.client.tags

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.cache.RefreshingCache
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDefResponse

/** Atlan tag names, human (`PII`) ↔ hashed (`cTrLMeBjKNeRV7HzBSL11u`), reloaded on a miss. */
internal class AtlanTagCache(load: suspend (TypeCategory) -> TypeDefResponse) {
    private val byName = RefreshingCache { load(TypeCategory.CLASSIFICATION).classificationDefs.orEmpty().associate { (it.displayName ?: it.name!!) to it.name!! } }
    private val byId = RefreshingCache { load(TypeCategory.CLASSIFICATION).classificationDefs.orEmpty().associate { it.name!! to (it.displayName ?: it.name!!) } }

    /** The hashed name of the tag shown as [name]. */
    suspend fun idOf(name: String): String = byName.get(name) ?: throw AtlanException.NotFound(
        "No Atlan tag is named \"$name\"", null, null,
        "Create the tag first, or use one of: ${byName.all().keys.sorted().take(20)}",
    )

    /** The human name of the tag whose hashed name is [id], or [id] itself for a tag that no longer exists. */
    suspend fun nameOf(id: String): String = byId.get(id) ?: id
}
