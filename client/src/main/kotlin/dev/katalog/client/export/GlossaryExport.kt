package dev.katalog.client.export

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.core.UsageException
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import kotlinx.coroutines.flow.firstOrNull
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * A glossary as a tree declares it: its categories nested as they are, each term under its first category (by name)
 * or at the glossary's top, categories before terms, each by name.
 */
internal class GlossaryExport private constructor(private val glossary: Asset) {
    val name: String get() = glossary.name!!
    val qualifiedName: String get() = glossary.qualifiedName!!

    private class Member(val asset: Asset, val lines: List<String>)

    /** The glossary's text, read with its members. */
    suspend fun read(calls: AtlanCalls, search: SearchApi, curation: ExportCuration): GlossaryText {
        val request = FluentSearch.select().assetTypes(AtlasGlossaryCategory, AtlasGlossaryTerm).where(AtlasGlossaryTerm.ANCHOR eq glossary.qualifiedName!!)
            .include(*(AssetLines.READ + curation.reads + listOf("parentCategory", "categories")).toTypedArray()).toRequest()
        val found = search.stream(request).toList()
        curation.prepare(found + glossary)
        val members = found.map { Member(it, AssetLines.of(if (it.typeName == "AtlasGlossaryTerm") NodeKind.TERM else NodeKind.CATEGORY, it, calls.names, curation)) }
        val categories = members.filter { it.asset.typeName == "AtlasGlossaryCategory" }
        val categoryGuids = categories.mapNotNull { it.asset.guid }.toSet()
        val categoryNames = categories.associate { it.asset.guid to it.asset.name }
        val childCategories = categories.groupBy { guids(it.asset.attributes["parentCategory"]).firstOrNull { g -> g in categoryGuids } }
        val termsIn = members.filter { it.asset.typeName == "AtlasGlossaryTerm" }.groupBy { term ->
            guids(term.asset.attributes["categories"]).filter { it in categoryGuids }.minByOrNull { categoryNames[it].orEmpty() }
        }
        val glossaryLines = AssetLines.of(NodeKind.GLOSSARY, glossary, calls.names, curation)

        fun inside(parent: String?): List<GlossaryText.Member> =
            childCategories[parent].orEmpty().map { GlossaryText.Member(true, it.asset.name!!, it.lines, inside(it.asset.guid), it.asset.qualifiedName.orEmpty()) } +
                termsIn[parent].orEmpty().map { GlossaryText.Member(false, it.asset.name!!, it.lines, sortKey = it.asset.qualifiedName.orEmpty()) }
        return GlossaryText(name, glossaryLines, inside(null))
    }

    companion object {
        private fun guids(value: JsonElement?): List<String> = when (value) {
            is JsonObject -> listOfNotNull((value["guid"] as? JsonPrimitive)?.content)
            is JsonArray -> value.flatMap { guids(it) }
            else -> emptyList()
        }

        /** The glossary named [name]; a [UsageException] when the catalog has none. */
        suspend fun find(search: SearchApi, curation: ExportCuration, name: String): GlossaryExport {
            val found = search.stream(FluentSearch.select(AtlasGlossary).where(AtlasGlossary.NAME eq name).include(*(AssetLines.READ + curation.reads).toTypedArray()).toRequest()).firstOrNull()
                ?: throw UsageException("The catalog has no glossary named ${KotlinLiterals.string(name)}", "check the name (glossaries are matched by their exact name)")
            return GlossaryExport(found)
        }
    }
}
