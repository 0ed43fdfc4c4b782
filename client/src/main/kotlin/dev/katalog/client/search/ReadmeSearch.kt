package dev.katalog.client.search

import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Readme
import dev.katalog.model.atlan.asset.ReadmeContent
import kotlinx.coroutines.flow.collect

/** READMEs found by their assets: Atlan names an asset's README `<asset GUID>/readme` (pyatlan `Readme.creator`), so one search reads many. */
internal object ReadmeSearch {
    private const val CHUNK = 500

    /** The HTML of the READMEs the assets with [guids] have, by asset GUID. */
    suspend fun htmlOf(search: SearchApi, guids: Collection<String>): Map<String, String> {
        val out = HashMap<String, String>()
        each(search, guids) { readme ->
            val description = readme.description ?: return@each
            out[readme.qualifiedName!!.removeSuffix("/readme")] = ReadmeContent.decode(description)
        }
        return out
    }

    /** The GUIDs of the READMEs (active ones) the assets with [guids] have. */
    suspend fun guidsOf(search: SearchApi, guids: Collection<String>): List<String> {
        val out = ArrayList<String>()
        each(search, guids) { readme -> readme.guid?.let(out::add) }
        return out
    }

    private suspend fun each(search: SearchApi, guids: Collection<String>, action: (Asset) -> Unit) {
        for (chunk in guids.distinct().chunked(CHUNK)) {
            val request = FluentSearch.select(Readme).where(Asset.QUALIFIED_NAME within chunk.map { "$it/readme" }).include(Asset.DESCRIPTION).toRequest()
            search.stream(request).collect { action(it) }
        }
    }
}
