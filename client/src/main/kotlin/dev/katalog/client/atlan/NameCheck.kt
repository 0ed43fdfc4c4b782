package dev.katalog.client.atlan

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.search.IndexSearchRequest

/**
 * Checks the names a user gave as strings (type names, attribute names, tag and custom metadata names) before a
 * call sends them, so that a typo is a `UsageException` listing the close names rather than an ignored include, a
 * saved junk attribute or an empty result; and translates the human names of tags and custom metadata to the
 * hashed names Atlan's API takes.
 */
internal interface NameCheck {
    /** [assets] as they are to be sent: every type and attribute exists, tag and custom metadata names translated and their values checked. */
    suspend fun resolveSaved(assets: List<Asset>, options: SaveOptions): List<Asset>

    /** [request] as it is to be sent: every attribute and type it names exists, tag names and custom metadata attributes translated. */
    suspend fun resolveSearch(request: IndexSearchRequest): IndexSearchRequest

    /** The display name of the tag whose hashed name is [id] ([id] itself for a tag deleted since). */
    suspend fun tagNameOf(id: String): String
}
