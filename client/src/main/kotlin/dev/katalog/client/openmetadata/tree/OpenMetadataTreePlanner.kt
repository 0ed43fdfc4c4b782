package dev.katalog.client.openmetadata.tree

import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.entities.EntitiesApi
import dev.katalog.client.openmetadata.entities.of
import dev.katalog.client.openmetadata.lineage.LineageApi
import dev.katalog.dsl.openmetadata.OpenMetadataLineageEdge
import dev.katalog.dsl.openmetadata.OpenMetadataTreeItem
import dev.katalog.dsl.openmetadata.compileForOpenMetadata
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.type.LineageDetails
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonObject

/**
 * Compares a tree with an OpenMetadata server by fully qualified name and carries out the difference, parents before
 * children: what is missing is created (PUT), what differs is patched (JSON Patch of the differing fields, see
 * [TreeUpdate] for why not PUT). Only the fields the tree sets are compared (not the description the compiler
 * fills in for OpenMetadata), so what others set on the server (tags of their own, owners, descriptions written in
 * the UI) is left alone, and a second plan after an apply is empty.
 * The lineage edges of the tree's processes are compared with the edges the server has from each table, and the
 * missing or different ones are put once every entity is applied.
 */
internal class OpenMetadataTreePlanner(private val entities: EntitiesApi, private val lineage: LineageApi) {

    suspend fun plan(tree: CatalogTree): OpenMetadataTreePlan {
        val compiled = tree.compileForOpenMetadata()
        val existing = HashMap<String, OpenMetadataEntity?>()
        for ((_, level) in compiled.items.groupBy { it.depth }.toSortedMap()) {
            val found = coroutineScope {
                level.map { item ->
                    async {
                        // Below an entity that is not there, nothing is: no need to ask.
                        val parentPath = item.path.substringBeforeLast('/', "")
                        if (parentPath.isNotEmpty() && parentPath in existing && existing[parentPath] == null) item.path to null
                        else item.path to current(item)
                    }
                }.awaitAll()
            }
            existing += found
        }
        val creates = ArrayList<OpenMetadataPlannedChange>()
        val updates = ArrayList<OpenMetadataPlannedChange>()
        val unchanged = ArrayList<OpenMetadataTreeItem>()
        for (item in compiled.items) {
            val current = existing[item.path]
            if (current == null) { creates += OpenMetadataPlannedChange(item, emptyMap()); continue }
            val json = entityJson(current)
            val changes = TreeUpdate.differences(requestJson(item.request), json, IDENTITY_FIELDS + item.defaulted)
            if (changes.isEmpty()) unchanged += item else updates += OpenMetadataPlannedChange(item, changes, current, TreeUpdate.patch(json, changes))
        }
        return OpenMetadataTreePlan(creates, updates, unchanged, compiled.ignored, changedEdges(compiled.lineage, existing, compiled.items))
    }

    /** The edges the server lacks, or has with other details; an edge from a table not yet created is missing. */
    private suspend fun changedEdges(edges: List<OpenMetadataLineageEdge>, existing: Map<String, OpenMetadataEntity?>, items: List<OpenMetadataTreeItem>): List<OpenMetadataLineageEdge> {
        val idByFqn = items.mapNotNull { item -> existing[item.path]?.let { item.fullyQualifiedName to it.id } }.toMap()
        val downstream = HashMap<String, Map<String, LineageDetails?>>()
        return edges.filter { edge ->
            val fromId = idByFqn[edge.fromTable] ?: return@filter true
            val toId = idByFqn[edge.toTable] ?: return@filter true
            val current = downstream.getOrPut(edge.fromTable) {
                lineage.get(EntityKinds.TABLE, edge.fromTable, upstreamDepth = 0, downstreamDepth = 1).downstreamEdges.orEmpty()
                    .filter { it.fromEntity == fromId }.associate { it.toEntity to it.lineageDetails }
            }
            if (toId !in current) true else !sameDetails(edge.details, current[toId])
        }
    }

    // Compared on what the tree sets; the server adds who and when.
    private fun sameDetails(wanted: LineageDetails, current: LineageDetails?): Boolean =
        current != null && wanted.description == current.description && wanted.sqlQuery == current.sqlQuery && wanted.source == current.source &&
            wanted.columnsLineage.orEmpty().map { it.toColumn to it.fromColumns.orEmpty().toSet() }.toSet() ==
            current.columnsLineage.orEmpty().map { it.toColumn to it.fromColumns.orEmpty().toSet() }.toSet()

    suspend fun apply(plan: OpenMetadataTreePlan): OpenMetadataApplyResult {
        val failures = LinkedHashMap<String, OpenMetadataException>()
        var created = 0
        var updated = 0
        val changes = plan.creates.map { it to true } + plan.updates.map { it to false }
        for ((_, level) in changes.groupBy { it.first.item.depth }.toSortedMap()) {
            val outcomes = coroutineScope {
                level.map { (change, isCreate) ->
                    async {
                        val path = change.item.path
                        val failedParent = failures.keys.firstOrNull { path.startsWith("$it/") }
                        if (failedParent != null) {
                            return@async Triple(path, isCreate, OpenMetadataException.NotAttempted(failedParent))
                        }
                        try {
                            val entity = change.entity
                            val patch = change.patch
                            if (entity != null && patch != null) entities.patch(entity, patch) else entities.createOrUpdate(change.item.request)
                            Triple(path, isCreate, null)
                        } catch (e: OpenMetadataException) {
                            Triple(path, isCreate, e)
                        }
                    }
                }.awaitAll()
            }
            for ((path, isCreate, failure) in outcomes) when {
                failure != null -> failures[path] = failure
                isCreate -> created++
                else -> updated++
            }
        }
        var edgesPut = 0
        for (edge in plan.lineage) {
            val key = "${edge.path}: $edge"
            try {
                val from = entities.getByName(EntityKinds.TABLE, edge.fromTable)
                val to = entities.getByName(EntityKinds.TABLE, edge.toTable)
                lineage.add(from, to, edge.details)
                edgesPut++
            } catch (e: OpenMetadataException) {
                failures[key] = e
            }
        }
        return OpenMetadataApplyResult(plan, created, updated, failures, edgesPut)
    }

    private suspend fun current(item: OpenMetadataTreeItem): OpenMetadataEntity? {
        val kind = EntityKinds.of(item.request)
        val fields = requestJson(item.request).keys.filter { it in OPTIONAL_FIELDS }
        return entities.getByNameOrNull(kind, item.fullyQualifiedName, fields)
    }

    private fun entityJson(entity: OpenMetadataEntity): JsonObject {
        val kind = EntityKinds.of(entity::class)
        @Suppress("UNCHECKED_CAST")
        return KatalogJson.encodeToElement(kind.serializer as KSerializer<OpenMetadataEntity>, entity) as JsonObject
    }

    private fun requestJson(request: CreateRequest<*>): JsonObject {
        val kind = EntityKinds.of(request)
        @Suppress("UNCHECKED_CAST")
        return KatalogJson.encodeToElement(kind.requestSerializer as KSerializer<CreateRequest<*>>, request) as JsonObject
    }

    private companion object {
        // The name and the parent references are what the FQN already matched on; the entity holds them as references.
        val IDENTITY_FIELDS = setOf("name", "service", "database", "databaseSchema", "glossary", "parent", "classification")

        // Fields OpenMetadata 1.4 returns only when asked for (`fields=`), among those a create request can set.
        val OPTIONAL_FIELDS = setOf(
            "owner", "tags", "columns", "tableConstraints", "tablePartition", "extension", "domain", "dataProducts", "lifeCycle",
            "sourceHash", "reviewers", "relatedTerms", "synonyms", "references", "dataModel", "customMetrics", "usageSummary",
        )
    }
}
