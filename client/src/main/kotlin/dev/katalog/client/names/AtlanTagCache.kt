package dev.katalog.client.names

import dev.katalog.client.cache.RefreshingCache
import dev.katalog.client.core.CloseNames
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.typedef.TypeDef

/**
 * The tenant's Atlan tag definitions by display name (`Confidential`) and by hashed name (`XqLIUa2ldImIhCjOLPce2e`),
 * shared by every sub-API of one client and read again on a miss (a tag created elsewhere since) or after this
 * client changed a definition. Users reach it through `client.tags` (`idFor`, `nameFor`, `names`).
 */
internal class AtlanTagCache(load: suspend () -> List<TypeDef>) {
    private val byKey = RefreshingCache {
        val keyed = HashMap<String, MutableList<TypeDef>>()
        for (def in load()) {
            val id = def.name ?: continue
            keyed.getOrPut(id) { ArrayList() } += def
            val display = def.displayName ?: continue
            if (display != id) keyed.getOrPut(display) { ArrayList() } += def
        }
        keyed
    }

    /**
     * The hashed name of the tag [name] (its display name, or its hashed name as it is). A display name that
     * several tags share is refused: only the hashed name says which one is meant.
     */
    suspend fun idFor(name: String): String = definitionFor(name).name!!

    /** The definition of the tag [name] (display or hashed name). */
    suspend fun definitionFor(name: String): TypeDef {
        val found = byKey.get(name) ?: throw UsageException(
            "No Atlan tag is named \"$name\"",
            CloseNames.of(name, names()).let { close ->
                if (close.isEmpty()) "Create it first (client.typeDefs.create(AtlanTagDefinition.builder(\"$name\")…)), or check the name against client.tags.names()"
                else "Did you mean ${close.joinToString(" or ") { "\"$it\"" }}? Tag names are matched exactly, case included"
            },
        )
        val exact = found.filter { it.name == name }
        if (exact.size == 1) return exact.single()
        if (found.size > 1) throw UsageException(
            "${found.size} Atlan tags are shown as \"$name\" (${found.joinToString { it.name!! }})",
            "Name the one you mean by its hashed name, e.g. \"${found.first().name}\"",
        )
        return found.single()
    }

    /** The display name of the tag whose hashed name is [id]. */
    suspend fun nameFor(id: String): String = displayOrNull(id) ?: throw UsageException(
        "No Atlan tag has the hashed name \"$id\"",
        "It may have been deleted; client.tags.names() lists the tags that exist",
    )

    /** The display name of the tag whose hashed name is [id], or null when no tag has it (deleted since). */
    suspend fun displayOrNull(id: String): String? = byKey.get(id)?.firstOrNull { it.name == id }?.let { it.displayName ?: id }

    /** Every tag's display name, sorted. */
    suspend fun names(): List<String> = byKey.all().values.flatten().distinct().map { it.displayName ?: it.name!! }.distinct().sorted()

    /** Reads the definitions again now. */
    suspend fun refresh() {
        byKey.reload()
    }

    /** Marks the definitions out of date, after this client changed them. */
    fun invalidate() = byKey.invalidate()
}
