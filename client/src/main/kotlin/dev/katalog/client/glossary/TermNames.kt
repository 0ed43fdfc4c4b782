package dev.katalog.client.glossary

import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import kotlinx.coroutines.flow.toList

/**
 * Glossary terms by the names people see (glossary name, term name) and back, for trees and exports: a few searches
 * per glossary, whatever the number of assets, and each answer kept for the rest of one plan or export.
 */
internal class TermNames(private val search: SearchApi) {
    private val names = HashMap<String, Pair<String, String>?>()
    private val glossaryQualifiedNames = HashMap<String, String?>()

    /** The qualifiedName of the active glossary named [glossary], or null when there is none. */
    suspend fun glossaryQualifiedName(glossary: String): String? = glossaryQualifiedNames.getOrPut(glossary) {
        search.stream(FluentSearch.select(AtlasGlossary).where(AtlasGlossary.NAME eq glossary).include(Asset.NAME).toRequest())
            .toList().firstOrNull { it.name == glossary }?.qualifiedName
    }

    /** The GUIDs of the active terms named [terms] in the glossary named [glossary]; a name the glossary lacks is not in the answer. */
    suspend fun guidsOf(glossary: String, terms: Collection<String>): Map<String, String> {
        val anchor = glossaryQualifiedName(glossary) ?: return emptyMap()
        if (terms.isEmpty()) return emptyMap()
        val found = search.stream(
            FluentSearch.select(AtlasGlossaryTerm).where(AtlasGlossaryTerm.ANCHOR eq anchor).where(Asset.NAME within terms.distinct()).include(Asset.NAME).toRequest(),
        ).toList()
        val out = HashMap<String, String>()
        for (term in found) {
            val name = term.name ?: continue
            val guid = term.guid ?: continue
            out.putIfAbsent(name, guid)
            names[guid] = glossary to name
        }
        return out
    }

    /** Each of [guids] that is an active term → its glossary's name and its own name. */
    suspend fun namesOf(guids: Collection<String>): Map<String, Pair<String, String>> {
        val missing = guids.filter { it !in names }.distinct()
        for (chunk in missing.chunked(CHUNK)) {
            val terms = search.stream(
                FluentSearch.select(AtlasGlossaryTerm).where(Asset.GUID within chunk).include(Asset.NAME).include("anchor").toRequest(),
            ).toList().map { AtlasGlossaryTerm.fromJson(it.json) }
            val anchors = terms.mapNotNull { it.anchor?.guid }.distinct()
            val glossaries = if (anchors.isEmpty()) emptyMap() else search.stream(
                FluentSearch.select(AtlasGlossary).where(Asset.GUID within anchors).include(Asset.NAME).toRequest(),
            ).toList().associate { it.guid to it.name }
            for (guid in chunk) names[guid] = null
            for (term in terms) {
                val glossary = glossaries[term.anchor?.guid] ?: continue
                names[term.guid!!] = glossary to term.name!!
            }
        }
        return guids.mapNotNull { guid -> names[guid]?.let { guid to it } }.toMap()
    }

    private companion object {
        const val CHUNK = 500
    }
}
