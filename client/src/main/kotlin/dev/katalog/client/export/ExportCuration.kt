package dev.katalog.client.export

import dev.katalog.client.glossary.TermNames
import dev.katalog.client.names.CustomMetadataCache
import dev.katalog.client.search.ReadmeSearch
import dev.katalog.client.search.SearchApi
import dev.katalog.model.atlan.asset.Asset
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.time.Instant

/**
 * An exported asset's terms, custom metadata and README, as a tree declares them: `terms("Glossary" / "Term")`,
 * `customMetadata("Set") { "Attribute" to value }` by display names, `readme("…")`. Each part of an export is
 * [prepare]d in one go (its READMEs and its terms' names read with a few searches), then written asset by asset.
 */
internal class ExportCuration private constructor(
    private val search: SearchApi,
    private val sets: List<CustomMetadataCache.CustomMetadataSet>,
) {
    private val termNames = TermNames(search)
    private val readmes = HashMap<String, String>()

    /** The term assignments [lines] could not write by name (the term is archived, or outside any glossary), for the export's not-exported list. */
    val unresolvedTerms = ArrayList<String>()

    /** What every search of an export reads for this: the assets' terms and every custom metadata attribute. */
    val reads: List<String> = listOf("meanings") + sets.flatMap { set -> set.attributes.map { "${set.id}.${it.id}" } }

    /** Reads the READMEs and the names of the terms of [assets], which [lines] then writes. */
    suspend fun prepare(assets: Collection<Asset>) {
        readmes.clear()
        readmes += ReadmeSearch.htmlOf(search, assets.mapNotNull { it.guid })
        termNames.namesOf(assets.flatMap { termGuidsOf(it) })
    }

    /** The lines of [asset]'s terms, custom metadata and README, in that order, each only when set. */
    suspend fun lines(asset: Asset): List<String> {
        val lines = ArrayList<String>()
        val guids = termGuidsOf(asset)
        val named = termNames.namesOf(guids)
        for (guid in guids) if (guid !in named) {
            unresolvedTerms += "the term with GUID $guid assigned to ${asset.typeName} ${KotlinLiterals.string(asset.name ?: "")} (${asset.qualifiedName}) " +
                "is archived or not in a glossary: a tree assigns active terms by name; restore it, or unassign it"
        }
        val terms = named.values.sortedWith(compareBy({ it.first }, { it.second }))
        if (terms.isNotEmpty()) lines += "terms(${terms.joinToString(", ") { (glossary, term) -> "${KotlinLiterals.string(glossary)} / ${KotlinLiterals.string(term)}" }})"
        for (set in sets) {
            val stored = asset.businessAttributes?.get(set.id) as? JsonObject
            val values = set.attributes.mapNotNull { attribute ->
                val json = (asset.attributes["${set.id}.${attribute.id}"] ?: stored?.get(attribute.id))?.takeIf { it !is JsonNull && !(it is JsonArray && it.isEmpty()) }
                json?.let { "${KotlinLiterals.string(attribute.name)} to ${literal(attribute.fromJson(it))}" }
            }
            if (values.isEmpty()) continue
            lines += "customMetadata(${KotlinLiterals.string(set.name)}) {"
            values.forEach { lines += "    $it" }
            lines += "}"
        }
        asset.guid?.let { readmes[it] }?.let { lines += "readme(${KotlinLiterals.string(it)})" }
        return lines
    }

    /** [value], as a custom metadata attribute reads it back, as Kotlin source. */
    private fun literal(value: Any?): String = when (value) {
        null -> "null"
        is String -> KotlinLiterals.string(value)
        is Boolean, is Long, is Int -> value.toString()
        is Double -> value.toString()
        is Instant -> "java.time.Instant.parse(${KotlinLiterals.string(value.toString())})"
        is List<*> -> "listOf(${value.joinToString(", ") { literal(it) }})"
        else -> KotlinLiterals.string(value.toString())
    }

    private fun termGuidsOf(asset: Asset): List<String> {
        val fromHeader = asset.termAssignments.orEmpty().mapNotNull { it.termGuid }
        val fromAttribute = (asset.attributes["meanings"] as? JsonArray).orEmpty()
            .mapNotNull { ((it as? JsonObject)?.get("guid") as? JsonPrimitive)?.content }
        return (fromHeader + fromAttribute).distinct()
    }

    companion object {
        /** Reads the tenant's custom metadata sets (sorted by display name, so the file's order is stable). */
        suspend fun load(search: SearchApi, metadata: CustomMetadataCache): ExportCuration =
            ExportCuration(search, metadata.setNames().map { metadata.set(it) }.distinctBy { it.id })
    }
}
