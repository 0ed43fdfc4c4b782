package dev.katalog.client.glossary

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.core.UsageException
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.search.IndexSearchRequest
import kotlinx.coroutines.flow.Flow
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Glossaries by name (`client.glossary`): find a glossary, a term or a category by name, walk a glossary's
 * category hierarchy, assign terms to assets (append, replace, remove: by term GUID or by term and glossary
 * names) and find the assets a term is assigned to. Java uses [GlossaryApiFutures].
 */
public class GlossaryApi internal constructor(private val calls: AtlanCalls, private val assets: AssetsApi, private val search: SearchApi) {
    private val assignments = TermAssignments(assets)

    /** The active glossary named [name] (vector `find-glossary`); [AtlanException.NotFound] when there is none. */
    public suspend fun findGlossary(name: String): AtlasGlossary {
        UsageException.check(name.isNotBlank(), { "A glossary name cannot be blank" }, "Pass the glossary's name as Atlan shows it")
        // As Atlan's SDK asks (pyatlan 9.10.3 find_glossary_by_name): no attributes, related assets' names.
        val request = FluentSearch.select(AtlasGlossary).where(AtlasGlossary.NAME eq name).includeOnRelations("name").toRequest().with { attributes(emptyList()) }
        val found = calls.searchPage(request).entities.orEmpty().firstOrNull()
            ?: throw AtlanException.NotFound("No active glossary is named \"$name\"", null, null, "Check the name (it is case-sensitive), or list the glossaries with a search on AtlasGlossary")
        return AtlasGlossary.fromJson(found.json)
    }

    /** The term named [name] in the glossary named [glossary]; [AtlanException.NotFound] when there is none. */
    public suspend fun findTerm(name: String, glossary: String): AtlasGlossaryTerm {
        val anchor = findGlossary(glossary)
        return members(AtlasGlossaryTerm, name, anchor.qualifiedName!!).firstOrNull()
            ?: throw AtlanException.NotFound("The glossary \"$glossary\" has no active term named \"$name\"", null, null, "Check the term's name (it is case-sensitive)")
    }

    /**
     * The term named [name] in whichever glossary holds it. A name that is in several glossaries is a
     * [UsageException] naming them: say which with [findTerm] (name, glossary).
     */
    public suspend fun findTerm(name: String): AtlasGlossaryTerm {
        UsageException.check(name.isNotBlank(), { "A term name cannot be blank" }, "Pass the term's name as Atlan shows it")
        val terms = search.page(FluentSearch.select(AtlasGlossaryTerm).where(AtlasGlossaryTerm.NAME eq name).include("anchor").pageSize(50).toRequest())
            .entities.orEmpty().map { AtlasGlossaryTerm.fromJson(it.json) }
        if (terms.isEmpty()) throw AtlanException.NotFound("No glossary has an active term named \"$name\"", null, null, "Check the term's name (it is case-sensitive)")
        if (terms.size > 1) {
            val glossaries = terms.mapNotNull { it.anchor?.guid }.distinct().map { guid -> assets.get(guid).name ?: guid }
            throw UsageException(
                "The term name \"$name\" is in ${glossaries.size} glossaries: ${glossaries.joinToString { "\"$it\"" }}",
                "Name the glossary too: findTerm(\"$name\", \"${glossaries.first()}\")",
            )
        }
        return terms.single()
    }

    /** The category named [name] in the glossary named [glossary]; [AtlanException.NotFound] when there is none. */
    public suspend fun findCategory(name: String, glossary: String): AtlasGlossaryCategory {
        val anchor = findGlossary(glossary)
        return members(AtlasGlossaryCategory, name, anchor.qualifiedName!!).firstOrNull()
            ?: throw AtlanException.NotFound("The glossary \"$glossary\" has no active category named \"$name\"", null, null, "Check the category's name, or walk hierarchy(\"$glossary\")")
    }

    /** The categories of the glossary named [glossary] as a tree to walk. */
    public suspend fun hierarchy(glossary: String): CategoryHierarchy {
        val anchor = findGlossary(glossary)
        val request = FluentSearch.select(AtlasGlossaryCategory).where(AtlasGlossaryCategory.ANCHOR eq anchor.qualifiedName!!)
            .include("parentCategory").toRequest()
        val categories = ArrayList<AtlasGlossaryCategory>()
        search.stream(request).collect { categories += AtlasGlossaryCategory.fromJson(it.json) }
        return CategoryHierarchy.of(anchor, categories) { parentQualifiedName(it) }
    }

    /** Adds the terms with [termGuids] to the asset's terms, keeping the others (vector `terms-append`). */
    public suspend fun <T : Asset> appendTerms(type: AssetType<T>, qualifiedName: String, termGuids: List<String>): MutationResult =
        assignments.change(type, qualifiedName, TermAssignments.APPEND, termGuids)

    /** Takes the terms with [termGuids] off the asset, keeping the others (vector `terms-remove`). */
    public suspend fun <T : Asset> removeTerms(type: AssetType<T>, qualifiedName: String, termGuids: List<String>): MutationResult =
        assignments.change(type, qualifiedName, TermAssignments.REMOVE, termGuids)

    /** Makes the terms with [termGuids] the asset's only terms (an empty list removes them all). */
    public suspend fun <T : Asset> replaceTerms(type: AssetType<T>, qualifiedName: String, termGuids: List<String>): MutationResult =
        assignments.replace(type, qualifiedName, termGuids)

    /** Adds the terms named [terms] of the glossary named [glossary] to the asset's terms, keeping the others. */
    public suspend fun <T : Asset> appendTermsByName(type: AssetType<T>, qualifiedName: String, glossary: String, terms: List<String>): MutationResult =
        appendTerms(type, qualifiedName, guidsOf(glossary, terms))

    /** Takes the terms named [terms] of the glossary named [glossary] off the asset, keeping the others. */
    public suspend fun <T : Asset> removeTermsByName(type: AssetType<T>, qualifiedName: String, glossary: String, terms: List<String>): MutationResult =
        removeTerms(type, qualifiedName, guidsOf(glossary, terms))

    /** Makes the terms named [terms] of the glossary named [glossary] the asset's only terms. */
    public suspend fun <T : Asset> replaceTermsByName(type: AssetType<T>, qualifiedName: String, glossary: String, terms: List<String>): MutationResult =
        replaceTerms(type, qualifiedName, guidsOf(glossary, terms))

    /** Adds the terms with [termGuids] to each of [assets] (each by type and qualifiedName) in one call. */
    public suspend fun appendTerms(assets: List<Asset>, termGuids: List<String>): MutationResult = assignments.changeMany(assets, TermAssignments.APPEND, termGuids)

    /** Takes the terms with [termGuids] off each of [assets] in one call. */
    public suspend fun removeTerms(assets: List<Asset>, termGuids: List<String>): MutationResult = assignments.changeMany(assets, TermAssignments.REMOVE, termGuids)

    /** Makes the terms with [termGuids] the only terms of each of [assets] in one call (an empty list removes them all). */
    public suspend fun replaceTerms(assets: List<Asset>, termGuids: List<String>): MutationResult = assignments.replaceMany(assets, termGuids)

    /** Every active asset the term with [termQualifiedName] is assigned to (vector `search-term`), paged lazily. */
    public fun assetsWithTerm(termQualifiedName: String): Flow<Asset> = search.stream(assetsWithTermRequest(termQualifiedName))

    /** The pages of [assetsWithTerm], for the Java stream (one hand-off per page). */
    internal fun assetPagesWithTerm(termQualifiedName: String): Flow<List<Asset>> = search.pages(assetsWithTermRequest(termQualifiedName))

    private fun assetsWithTermRequest(termQualifiedName: String): IndexSearchRequest {
        UsageException.check(termQualifiedName.isNotBlank(), { "A term qualifiedName cannot be blank" }, "Pass the term's qualifiedName (findTerm(name, glossary).qualifiedName)")
        return FluentSearch.select().where(Asset.ASSIGNED_TERMS within listOf(termQualifiedName)).toRequest()
    }

    override fun toString(): String = "GlossaryApi"

    private suspend fun <T : Asset> members(type: AssetType<T>, name: String, glossaryQualifiedName: String): List<T> {
        UsageException.check(name.isNotBlank(), { "A ${type.typeName} name cannot be blank" }, "Pass its name as Atlan shows it")
        val request = FluentSearch.select(type).where(Asset.NAME eq name).where(AtlasGlossaryTerm.ANCHOR eq glossaryQualifiedName).toRequest()
        return calls.searchPage(request).entities.orEmpty().map { type.fromJson(it.json) }
    }

    private suspend fun guidsOf(glossary: String, terms: List<String>): List<String> {
        UsageException.check(terms.isNotEmpty(), { "No term named" }, "Name at least one term of the glossary \"$glossary\"")
        val anchor = findGlossary(glossary)
        return terms.map { name ->
            members(AtlasGlossaryTerm, name, anchor.qualifiedName!!).firstOrNull()?.guid
                ?: throw AtlanException.NotFound("The glossary \"$glossary\" has no active term named \"$name\"", null, null, "Check the term's name (it is case-sensitive)")
        }
    }

    private fun parentQualifiedName(category: AtlasGlossaryCategory): String? {
        val parent = category.attribute("parentCategory") as? JsonObject ?: return null
        val unique = parent["uniqueAttributes"] as? JsonObject
        val attributes = parent["attributes"] as? JsonObject
        return ((unique?.get("qualifiedName") ?: attributes?.get("qualifiedName")) as? JsonPrimitive)?.content
    }
}
