package dev.katalog.client.tree

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.core.UsageException
import dev.katalog.client.glossary.TermNames
import dev.katalog.client.names.CustomMetadataCache
import dev.katalog.client.atlan.DeleteType
import dev.katalog.client.search.ReadmeSearch
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.tree.CompiledAsset
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.dsl.tree.TreeTerm
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.Readme
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * What a tree declares beside attributes and tags: glossary terms, custom metadata and READMEs, by the names people see.
 * Terms are found by glossary and term name (or are the tree's own new terms), custom metadata sets and attributes
 * through the client's cache; each is compared with the catalog like an attribute, one plan line per change. Custom
 * metadata travels with the asset; terms and READMEs need the asset's GUID, so they are written once every level of
 * the tree is saved.
 */
internal class TreeCuration(private val search: SearchApi, private val metadata: CustomMetadataCache) {
    private val termNames = TermNames(search)

    /** What an apply writes after the assets: the terms (GUIDs, or placeholders of the tree's new terms), the README. */
    class Writes(val terms: List<String>?, val readme: String?, val removeReadme: Boolean = false)

    /** An asset's differences in terms, custom metadata and README, with what to write for them. */
    class Changes(val changes: Map<String, Pair<JsonElement?, JsonElement?>>, val writes: Writes?, val customMetadataChanged: Boolean)

    /**
     * Each term [compiled] names → its GUID in the catalog, or the placeholder of the tree's own term of that name;
     * a [UsageException] for a glossary or a term that is in neither, before anything is written.
     */
    suspend fun resolveTerms(compiled: List<CompiledAsset>): Map<TreeTerm, String> {
        val wanted = compiled.flatMap { item -> item.node.terms.orEmpty().map { it to item.path } }
        if (wanted.isEmpty()) return emptyMap()
        val glossaries = compiled.filter { it.node.kind == NodeKind.GLOSSARY }
        val declared = HashMap<TreeTerm, String>()
        for (item in compiled.filter { it.node.kind == NodeKind.TERM }) {
            val glossary = glossaries.firstOrNull { item.path.startsWith(it.path + "/") } ?: continue
            declared.putIfAbsent(TreeTerm(glossary.node.name, item.node.name), item.asset.guid!!)
        }
        val out = HashMap<TreeTerm, String>()
        for ((glossary, uses) in wanted.groupBy { it.first.glossary }) {
            val found = termNames.guidsOf(glossary, uses.map { it.first.term })
            for ((term, path) in uses) {
                out[term] = found[term.term] ?: declared[term] ?: throw unknown(term, path, glossaries.any { it.node.name == glossary })
            }
        }
        return out
    }

    private suspend fun unknown(term: TreeTerm, path: String, glossaryDeclared: Boolean): UsageException {
        val declare = "or declare it in the tree: glossary(\"${term.glossary}\") { term(\"${term.term}\") }"
        return if (!glossaryDeclared && termNames.glossaryQualifiedName(term.glossary) == null) UsageException(
            "$path: terms(\"${term.glossary}\" / \"${term.term}\") names the glossary \"${term.glossary}\", which the catalog does not have",
            "Check the glossary's name (it is case-sensitive), $declare",
        ) else UsageException(
            "$path: the glossary \"${term.glossary}\" has no term named \"${term.term}\"",
            "Check the term's name (it is case-sensitive), $declare",
        )
    }

    /** The search attributes that read what [item] declares: its terms, and every attribute of the custom metadata sets it names. */
    suspend fun includes(item: CompiledAsset): List<String> {
        val out = ArrayList<String>()
        if (item.node.terms != null) out += "meanings"
        for (name in item.node.customMetadata.keys) {
            val set = metadata.set(name)
            set.attributes.mapTo(out) { "${set.id}.${it.id}" }
        }
        return out
    }

    /** The HTML of the READMEs the assets with [guids] have, by asset GUID. */
    suspend fun readmes(guids: Collection<String>): Map<String, String> = ReadmeSearch.htmlOf(search, guids)

    /**
     * How [current] (null when the plan creates the asset) differs from what [item] declares; [resolved] is the
     * compiled asset with its custom metadata checked and translated to hashed names.
     */
    suspend fun changes(item: CompiledAsset, resolved: Asset, current: Asset?, terms: Map<TreeTerm, String>, readmes: Map<String, String>): Changes {
        val node = item.node
        val wantedTerms = node.terms?.map { terms.getValue(it) }
        if (current == null) {
            val writes = Writes(wantedTerms?.takeIf { it.isNotEmpty() }, node.readme)
            return Changes(emptyMap(), writes.takeIf { it.terms != null || it.readme != null }, node.customMetadata.isNotEmpty())
        }
        val changes = LinkedHashMap<String, Pair<JsonElement?, JsonElement?>>()
        var termWrites: List<String>? = null
        if (node.terms != null && wantedTerms!!.toSet() != termGuidsOf(current)) {
            val now = termNames.namesOf(termGuidsOf(current)).values.map { (glossary, term) -> TreeTerm(glossary, term).toString() }.sorted()
            changes["terms"] = JsonArray(now.map(::JsonPrimitive)) to JsonArray(node.terms!!.map { JsonPrimitive(it.toString()) })
            termWrites = wantedTerms
        }
        var customMetadataChanged = false
        for ((name, values) in node.customMetadata) {
            val set = metadata.set(name)
            val wanted = resolved.businessAttributes?.get(set.id) as? JsonObject ?: JsonObject(emptyMap())
            val stored = current.businessAttributes?.get(set.id) as? JsonObject
            val before = LinkedHashMap<String, JsonElement>()
            var differs = false
            for (attribute in set.attributes) {
                val now = (current.attributes["${set.id}.${attribute.id}"] ?: stored?.get(attribute.id))?.takeIf { it !is JsonNull }
                now?.let { before[attribute.name] = it }
                if (comparable(attribute.fromJson(wanted[attribute.id] ?: JsonNull)) != comparable(now?.let(attribute::fromJson))) differs = true
            }
            if (differs) {
                customMetadataChanged = true
                changes["customMetadata \"$name\""] = JsonObject(before).takeIf { before.isNotEmpty() } to JsonObject(values.filterValues { it !is JsonNull })
            }
        }
        var readmeWrite: String? = null
        if (node.readme != null && readmes[current.guid] != node.readme) {
            changes["readme"] = readmes[current.guid]?.let(::JsonPrimitive) to JsonPrimitive(node.readme)
            readmeWrite = node.readme
        }
        val removeReadme = node.removesReadme && readmes[current.guid] != null
        if (removeReadme) changes["readme"] = JsonPrimitive(readmes.getValue(current.guid!!)) to null
        val writes = Writes(termWrites, readmeWrite, removeReadme).takeIf { termWrites != null || readmeWrite != null || removeReadme }
        return Changes(changes, writes, customMetadataChanged)
    }

    /** Writes [changes]' terms and READMEs, each asset and term by the GUID the apply gave it ([assigned] maps placeholders). */
    suspend fun write(changes: List<PlannedChange>, assigned: Map<String, String>, assets: AssetsApi) {
        fun real(guid: String) = assigned[guid] ?: guid
        val updates = ArrayList<Asset>()
        val readmes = ArrayList<Asset>()
        val removed = ArrayList<String>()
        for (change in changes) {
            val writes = change.curation ?: continue
            val guid = real(change.asset.guid!!).takeUnless { it.startsWith("-") } ?: continue
            val target = reference(change.asset, guid)
            writes.terms?.let { terms ->
                val refs = terms.map(::real).filterNot { it.startsWith("-") }.map { termGuid ->
                    JsonObject(mapOf("typeName" to JsonPrimitive("AtlasGlossaryTerm"), "guid" to JsonPrimitive(termGuid)))
                }
                updates += withAttribute(target, "meanings", JsonArray(refs))
            }
            writes.readme?.let { readmes += Readme.creator(target, it).build() }
            if (writes.removeReadme) removed += guid
        }
        for (chunk in updates.chunked(SAVE_CHUNK)) assets.save(chunk)
        for (chunk in readmes.chunked(SAVE_CHUNK)) assets.save(chunk)
        for (chunk in ReadmeSearch.guidsOf(search, removed).chunked(SAVE_CHUNK)) assets.delete(chunk, DeleteType.SOFT)
    }

    /** [asset] reduced to what identifies it, under its real [guid]. */
    private fun reference(asset: Asset, guid: String): Asset {
        val attributes = LinkedHashMap<String, JsonElement>()
        asset.attributes["qualifiedName"]?.let { attributes["qualifiedName"] = it }
        asset.attributes["name"]?.let { attributes["name"] = it }
        return AtlanTypes.wrap(
            JsonObject(mapOf("typeName" to JsonPrimitive(asset.typeName), "guid" to JsonPrimitive(guid), "attributes" to JsonObject(attributes))),
        ) as Asset
    }

    private fun withAttribute(asset: Asset, name: String, value: JsonElement): Asset {
        val json = LinkedHashMap(asset.json)
        json["attributes"] = JsonObject(asset.attributes + (name to value))
        return AtlanTypes.wrap(JsonObject(json)) as Asset
    }

    /** [value] compared without the order of a list. */
    private fun comparable(value: Any?): Any? = if (value is List<*>) value.map { it.toString() }.sorted() else value

    companion object {
        private const val SAVE_CHUNK = 100

        /** The GUIDs of the terms assigned to [asset], as a search or a read gives them. */
        fun termGuidsOf(asset: Asset): Set<String> {
            val fromHeader = asset.termAssignments.orEmpty().mapNotNull { it.termGuid }
            val fromAttribute = (asset.attributes["meanings"] as? JsonArray).orEmpty()
                .mapNotNull { ((it as? JsonObject)?.get("guid") as? JsonPrimitive)?.content }
            return (fromHeader + fromAttribute).toSet()
        }

        /** [asset] without custom metadata, for an update whose custom metadata is as the catalog has it already. */
        fun withoutCustomMetadata(asset: Asset): Asset {
            if ("businessAttributes" !in asset.json) return asset
            return AtlanTypes.wrap(JsonObject(asset.json - "businessAttributes")) as Asset
        }
    }
}
