package dev.katalog.client.tree

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.DeleteType
import dev.katalog.client.atlan.SaveOptions
import dev.katalog.client.batch.BatchFailure
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.batch.runBatch
import dev.katalog.client.cache.ConnectionCache
import dev.katalog.client.directory.DirectoryCache
import dev.katalog.client.directory.RoleIds
import dev.katalog.client.directory.DirectoryKind
import dev.katalog.client.names.CustomMetadataCache
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.CompiledAsset
import dev.katalog.dsl.tree.ConnectionBinding
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.dsl.tree.TreeValues
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Connection
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.time.Instant

/**
 * Compares a tree with the catalog and carries out the difference. Connections are matched by name and
 * connector, glossaries by name, their categories and terms by name within the glossary, domains and
 * products by name within their parent ([DataMeshMatches]), everything else by qualifiedName. Only the
 * attributes the tree sets are compared, so what others set in the catalog is left alone.
 */
internal class TreePlanner(
    private val calls: AtlanCalls,
    private val assets: AssetsApi,
    private val search: SearchApi,
    private val connections: ConnectionCache,
    private val directory: DirectoryCache,
    private val roleIds: RoleIds,
    private val customMetadata: CustomMetadataCache,
) {
    private val dataMesh = DataMeshMatches(calls, search)

    suspend fun plan(tree: CatalogTree, prune: Boolean): TreePlan {
        tree.validate()
        val bindings = bindConnections(tree)
        val compiled = tree.compile(ConnectionBinding { name, _ -> bindings.getValue(name).first }).let { compiledTree ->
            // Compared and saved with role GUIDs, as Atlan keeps them.
            val translated = roleIds.translate(compiledTree.assets.map { it.asset })
            compiledTree.assets.zip(translated) { item, asset -> item.copy(asset = asset) }
        }
        // Attributes set by name, custom metadata and terms are checked before anything is compared, so a typo fails the plan, not the apply.
        val resolved = calls.names.resolveSaved(compiled.map { it.asset }, NAMES_CHECKED).associateBy { it.guid }
        val curation = TreeCuration(search, customMetadata)
        val termGuids = curation.resolveTerms(compiled)
        val reads = compiled.associate { it.asset.guid!! to curation.includes(it) }.filterValues { it.isNotEmpty() }
        curationReads += reads
        try {
            return compare(compiled, resolved, curation, termGuids, bindings, prune)
        } finally {
            curationReads -= reads.keys
        }
    }

    private suspend fun compare(
        compiled: List<CompiledAsset>,
        resolved: Map<String?, Asset>,
        curation: TreeCuration,
        termGuids: Map<dev.katalog.dsl.tree.TreeTerm, String>,
        bindings: Map<String, Pair<String, Boolean>>,
        prune: Boolean,
    ): TreePlan {
        val processEnds = ProcessEnds.resolve(calls, compiled)
        val existing = HashMap<String, Asset>()
        existing += existingByQualifiedName(compiled.filter { it.node.kind.isCatalogued() })
        existing += existingGlossaryMembers(compiled)
        existing += dataMesh.existing(compiled, ::compared)
        val readmes = curation.readmes(compiled.filter { it.node.readme != null || it.node.removesReadme }.mapNotNull { existing[it.path]?.guid })

        val creates = ArrayList<PlannedChange>()
        val updates = ArrayList<PlannedChange>()
        val unchanged = ArrayList<CompiledAsset>()
        val matched = HashMap<String, String>()
        for (item in compiled) {
            val current = existing[item.path]
            val lineage = if (item.node.kind.isProcess) processEnds.changes(item.asset, current) else null
            val curated = curation.changes(item, resolved.getValue(item.asset.guid), current, termGuids, readmes)
            if (current == null) {
                creates += PlannedChange(item, item.asset, emptyMap(), lineage, curated.writes)
                continue
            }
            matched[item.asset.guid!!] = current.guid!!
            val changes = differences(item.asset, current)
            val tags = TreeTagChanges.of(item.node.tags, resolved.getValue(item.asset.guid), current, calls.names)
            tags.change?.let { changes["atlanTags"] = it }
            changes += curated.changes
            val update = tags.applyTo(asUpdateOf(item.asset, current)).let { if (curated.customMetadataChanged) it else TreeCuration.withoutCustomMetadata(it) }
            if (changes.isEmpty() && lineage?.isEmpty != false) unchanged += item
            else updates += PlannedChange(item, update, changes, lineage, curated.writes)
        }
        val deletes = if (prune) pruned(compiled, existing, bindings) + dataMesh.pruned(compiled, existing) else emptyList()
        return TreePlan(bindings.mapValues { it.value.first }, creates, updates, unchanged, deletes, matched)
    }

    suspend fun apply(plan: TreePlan, options: BatchOptions): ApplyResult {
        val assigned = HashMap(plan.matched)
        var created = 0L
        var updated = 0L
        val failures = ArrayList<BatchFailure>()
        val planned = plan.creates.mapTo(HashSet()) { it.asset.guid }
        val byDepth = (plan.creates + plan.updates).groupBy { it.compiled.depth }.toSortedMap()
        // Tags travel as changes (added, removed), which Atlan reads only when tags are appended.
        val tagged = (plan.creates + plan.updates).any { TreeTagChanges.carriesTags(it.asset) }
        // Custom metadata travels with the assets, which Atlan reads only when a save replaces the sets it is sent.
        val withCustomMetadata = (plan.creates + plan.updates).any { "businessAttributes" in it.asset.json }
        val saveOptions = if (!tagged && !withCustomMetadata) options else options.toBuilder().saveOptions(
            options.saveOptions.toBuilder().apply { if (tagged) appendAtlanTags(true) }.apply { if (withCustomMetadata) replaceCustomMetadata(true) }.build(),
        ).build()
        val progress = ApplyProgress(saveOptions, (plan.creates.size + plan.updates.size).toLong())
        for ((_, level) in byDepth) {
            val summary = runBatch(calls, progress.optionsForNextLevel(), assigned) { addAll(level.map { it.asset }) }
            progress.levelDone(level.size.toLong(), summary.failures.sumOf { it.assets.size }.toLong())
            assigned += summary.guidAssignments
            failures += summary.failures
            // Counted from the plan rather than from the server's report: when an answer is lost after the change
            // was made, the retry reports an update of what this apply created, and the counts must not shift.
            val failed = summary.failures.flatMapTo(HashSet()) { failure -> failure.assets.map { it.guid } }
            val done = level.filter { it.asset.guid !in failed }
            val doneCreates = done.count { it.asset.guid in planned }
            created += doneCreates
            updated += done.size - doneCreates
        }
        // Terms and READMEs once every asset (and every new term) has its GUID.
        val failed = failedGuids(failures)
        TreeCuration(search, customMetadata).write((plan.creates + plan.updates).filter { it.asset.guid !in failed }, assigned, assets)
        var deleted = 0L
        // Children before parents, so nothing is left pointing at a deleted parent.
        for (chunk in plan.deletes.sortedByDescending { it.qualifiedName?.count { c -> c == '/' } ?: 0 }.chunked(DELETE_CHUNK)) {
            deleted += assets.delete(chunk.mapNotNull { it.guid }, DeleteType.SOFT).deleted.size
        }
        return ApplyResult(plan, created, updated, deleted, failures)
    }

    private fun failedGuids(failures: List<BatchFailure>): Set<String?> = failures.flatMapTo(HashSet()) { failure -> failure.assets.map { it.guid } }

    /** Each connection of the tree → its qualifiedName (an existing connection with the same name and connector, else a new one) and whether it exists. */
    private suspend fun bindConnections(tree: CatalogTree): Map<String, Pair<String, Boolean>> {
        val bindings = LinkedHashMap<String, Pair<String, Boolean>>()
        var nextEpoch = Instant.now().epochSecond
        for (node in tree.roots.filter { it.kind == NodeKind.CONNECTION }) {
            val connector = node.connector!!.value
            val found = connections.qualifiedNameOf(connector, node.name)
            if (found != null) {
                bindings[node.name] = found to true
                continue
            }
            checkAdmins(node)
            // Two trees applied within the same second would otherwise make the same qualifiedName, one connection for both.
            var qualifiedName = "default/$connector/${nextEpoch++}"
            while (connectionExists(qualifiedName)) qualifiedName = "default/$connector/${nextEpoch++}"
            bindings[node.name] = qualifiedName to false
        }
        return bindings
    }

    /** Whether any connection, active or archived, has [qualifiedName]. */
    private suspend fun connectionExists(qualifiedName: String): Boolean = calls.searchPage(
        FluentSearch.select(Connection).where(Asset.QUALIFIED_NAME eq qualifiedName).includeArchived().pageSize(1).toRequest(),
    ).entities.orEmpty().isNotEmpty()

    /** A new connection's admins must exist in the directory, or nobody could administer it. */
    private suspend fun checkAdmins(node: dev.katalog.dsl.tree.AssetNode) {
        val purpose = "Connection \"${node.name}\""
        fun names(attribute: String) = (node.attributes[attribute] as? JsonArray)?.mapNotNull { (it as? JsonPrimitive)?.content }.orEmpty()
        directory.requireAll(DirectoryKind.USERS, names("adminUsers"), purpose)
        directory.requireAll(DirectoryKind.GROUPS, names("adminGroups"), purpose)
        directory.requireAll(DirectoryKind.ROLES, names("adminRoles"), purpose)
    }

    /** Existing assets of the connection trees, by tree path, fetched by qualifiedName with the attributes the tree sets. */
    private suspend fun existingByQualifiedName(items: List<CompiledAsset>): Map<String, Asset> {
        val out = HashMap<String, Asset>()
        for (chunk in items.chunked(FETCH_CHUNK)) {
            val byName = chunk.associateBy { it.asset.qualifiedName!! }
            val attributes = chunk.flatMap { compared(it.asset) }.toSet()
            val request = FluentSearch.select().where(Asset.QUALIFIED_NAME within byName.keys).include(*attributes.toTypedArray()).pageSize(chunk.size).toRequest()
            for (asset in calls.searchPage(request).entities.orEmpty()) {
                val item = byName[asset.qualifiedName] ?: continue
                if (asset.typeName == item.asset.typeName) out[item.path] = asset
            }
        }
        return out
    }

    /** Existing glossaries (by name) and their categories and terms (by name within the glossary), by tree path. */
    private suspend fun existingGlossaryMembers(items: List<CompiledAsset>): Map<String, Asset> {
        val out = HashMap<String, Asset>()
        val glossaries = items.filter { it.node.kind == NodeKind.GLOSSARY }
        for (glossary in glossaries) {
            val attributes = items.filter { it.path == glossary.path || it.path.startsWith(glossary.path + "/") }.flatMap { compared(it.asset) }.toSet()
            val found = calls.searchPage(
                FluentSearch.select(AtlasGlossary).where(AtlasGlossary.NAME eq glossary.node.name).include(*attributes.toTypedArray()).pageSize(1).toRequest(),
            ).entities.orEmpty().firstOrNull() ?: continue
            out[glossary.path] = found
            val members = search.stream(
                FluentSearch.select().assetTypes(AtlasGlossaryCategory, AtlasGlossaryTerm).where(AtlasGlossaryTerm.ANCHOR eq found.qualifiedName!!)
                    .include(*attributes.toTypedArray()).toRequest(),
            ).toList()
            for (item in items.filter { it.path.startsWith(glossary.path + "/") }) {
                members.firstOrNull { it.typeName == item.asset.typeName && it.name == item.node.name }?.let { out[item.path] = it }
            }
        }
        return out
    }

    /** With prune: what the catalog has under the tree's existing connections and glossaries that the tree does not. */
    private suspend fun pruned(items: List<CompiledAsset>, existing: Map<String, Asset>, bindings: Map<String, Pair<String, Boolean>>): List<Asset> {
        val kept = existing.values.mapNotNull { it.guid }.toSet()
        val out = ArrayList<Asset>()
        for ((qualifiedName, exists) in bindings.values) {
            if (!exists) continue
            search.stream(FluentSearch.select().where(Asset.CONNECTION_QUALIFIED_NAME eq qualifiedName).include(Asset.QUALIFIED_NAME).toRequest())
                .toList().filterTo(out) { it.guid !in kept && it.typeName != "Connection" }
        }
        for (glossary in items.filter { it.node.kind == NodeKind.GLOSSARY }) {
            val found = existing[glossary.path] ?: continue
            search.stream(
                FluentSearch.select().assetTypes(AtlasGlossaryCategory, AtlasGlossaryTerm).where(AtlasGlossaryTerm.ANCHOR eq found.qualifiedName!!)
                    .include(Asset.QUALIFIED_NAME).toRequest(),
            ).toList().filterTo(out) { it.guid !in kept }
        }
        return out
    }

    /**
     * The attributes the tree sets whose value differs in the catalog (relationships and placeholder names aside),
     * compared as their typed setters mean them ([TreeValues]): a Long 5 equals a stored 5.0, sets ignore order.
     */
    private fun differences(planned: Asset, current: Asset): MutableMap<String, Pair<JsonElement?, JsonElement?>> {
        val changes = LinkedHashMap<String, Pair<JsonElement?, JsonElement?>>()
        val glossaryKind = planned.typeName in SERVER_NAMED_TYPES
        val type = AtlanTypes.forName(planned.typeName) ?: Asset
        for ((name, value) in planned.attributes) {
            if (isReference(value) || (glossaryKind && name == "qualifiedName")) continue
            val now = current.attributes[name]
            if (!TreeValues.same(type, name, value, now)) changes[name] = now to value
        }
        return changes
    }

    /** [planned] as an update of [current]: its GUID, and for the types the server names the qualifiedName it gave. */
    private fun asUpdateOf(planned: Asset, current: Asset): Asset {
        val attributes = LinkedHashMap(planned.attributes)
        if (planned.typeName in SERVER_NAMED_TYPES) current.qualifiedName?.let { attributes["qualifiedName"] = JsonPrimitive(it) }
        val json = LinkedHashMap(planned.json)
        json["guid"] = JsonPrimitive(current.guid!!)
        json["attributes"] = JsonObject(attributes)
        return AtlanTypes.wrap(JsonObject(json)) as Asset
    }

    /** The attributes a plan compares, so the ones its searches read: relationships are set, never compared. */
    private fun compared(asset: Asset): Set<String> =
        asset.attributes.filterValues { !isReference(it) }.keys + (if (asset.typeName in PROCESS_TYPES) PROCESS_ENDS else emptySet()) +
            curationReads[asset.guid].orEmpty()

    /** The attributes that read each compiled asset's terms and custom metadata, by its placeholder GUID, for the plans being made. */
    private val curationReads = java.util.concurrent.ConcurrentHashMap<String, List<String>>()

    private fun isReference(value: JsonElement): Boolean = when (value) {
        is JsonObject -> "typeName" in value
        is JsonArray -> value.isNotEmpty() && value.all { it is JsonObject && "typeName" in it }
        else -> false
    }

    private fun NodeKind.isCatalogued(): Boolean =
        this != NodeKind.GLOSSARY && this != NodeKind.CATEGORY && this != NodeKind.TERM && this != NodeKind.DOMAIN && this != NodeKind.PRODUCT

    private companion object {
        const val FETCH_CHUNK = 500
        const val DELETE_CHUNK = 100
        val GLOSSARY_TYPES = setOf("AtlasGlossary", "AtlasGlossaryCategory", "AtlasGlossaryTerm")

        // Types whose qualifiedName the server makes up: matched by name, never compared by qualifiedName.
        val SERVER_NAMED_TYPES = GLOSSARY_TYPES + setOf("DataDomain", "DataProduct")
        val PROCESS_TYPES = setOf("Process", "ColumnProcess")

        // Read with a process so the plan can tell the edges it adds from the ones it removes.
        val PROCESS_ENDS = setOf("inputs", "outputs")
        val NAMES_CHECKED: SaveOptions = SaveOptions.builder().appendAtlanTags(true).replaceCustomMetadata(true).build()
    }
}
