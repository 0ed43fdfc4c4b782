package dev.katalog.client.directory

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.cache.RefreshingCache
import dev.katalog.model.atlan.api.DirectoryPage

/** The names of the directory's users, groups and roles, to check connection admins before saving; reloaded on a miss. */
internal class DirectoryCache(private val page: suspend (DirectoryKind, Int, Int) -> DirectoryPage) {
    private val names = DirectoryKind.entries.associateWith { kind -> RefreshingCache { loadAll(kind) } }

    private suspend fun loadAll(kind: DirectoryKind): Map<String, String> {
        val out = HashMap<String, String>()
        var offset = 0
        while (true) {
            val records = page(kind, PAGE, offset).records.orEmpty()
            for (r in records) {
                val id = r.id ?: continue
                listOfNotNull(r.username, r.name, r.alias).forEach { out[it] = id }
            }
            if (records.size < PAGE) return out
            offset += PAGE
        }
    }

    /** Throws [AtlanException.NotFound] naming every one of [names] the directory does not have as a [kind]. */
    suspend fun requireAll(kind: DirectoryKind, names: Collection<String>, purpose: String) {
        val missing = names.filter { names(kind).get(it) == null }
        if (missing.isNotEmpty()) throw AtlanException.NotFound(
            "$purpose names ${kind.name.lowercase()} that do not exist: $missing", null, null,
            "Use existing ${kind.name.lowercase()} (the directory has ${names(kind).all().keys.sorted().take(10)})",
        )
    }

    private fun names(kind: DirectoryKind): RefreshingCache<String, String> = names.getValue(kind)

    private companion object {
        const val PAGE = 100
    }
}
