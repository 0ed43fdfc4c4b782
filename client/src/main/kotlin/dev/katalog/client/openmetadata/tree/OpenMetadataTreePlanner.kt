package dev.katalog.client.openmetadata.tree

import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.entities.EntitiesApi
import dev.katalog.client.openmetadata.entities.of
import dev.katalog.client.openmetadata.entities.referenceOf
import dev.katalog.client.openmetadata.lineage.LineageApi
import dev.katalog.dsl.openmetadata.OpenMetadataLineageEdge
import dev.katalog.dsl.openmetadata.OpenMetadataTreeItem
import dev.katalog.dsl.openmetadata.compileForOpenMetadata
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.api.data.CreateContainer
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.type.LineageDetails
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Compares a tree with an OpenMetadata server by fully qualified name and carries out the difference, parents before
 * children: what is missing is created (PUT), what differs is patched (JSON Patch of the differing fields, see
 * [TreeUpdate] for why not PUT). Only the fields the tree sets are compared (not the description the compiler
 * fills in for OpenMetadata), so what others set on the server (tags of their own, owners, descriptions written in
 * the UI) is left alone, and a second plan after an apply is empty.
 * The lineage edges the tree declares (processes, pipelines, dashboards) are compared with the edges the server has
 * from each of their sources, and the missing or different ones are put once every entity is applied; with prune,
 * the server's edges between two entities of the tree that the tree does not declare are deleted.
 * A dashboard's charts are named by FQN in its request and held as references on the entity: they are compared by
 * FQN, and patched as references to the charts as they are when the patch is sent. A nested container's parent is
 * likewise a reference, to the container one level up, read when the container is created.
 */
internal class OpenMetadataTreePlanner(private val entities: EntitiesApi, private val lineage: LineageApi) {

    suspend fun plan(tree: CatalogTree, prune: Boolean = false): OpenMetadataTreePlan {
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
        // References to the tree's entities that exist, for the patches of fields that hold references (a dashboard's charts).
        val known = compiled.items.mapNotNull { item -> existing[item.path]?.let { item.fullyQualifiedName to referenceJson(it) } }.toMap()
        for (item in compiled.items) {
            val current = existing[item.path]
            if (current == null) { creates += OpenMetadataPlannedChange(item, emptyMap()); continue }
            val json = entityJson(current)
            val changes = TreeUpdate.differences(requestJson(item.request), json, IDENTITY_FIELDS + item.defaulted)
            if (changes.isEmpty()) { unchanged += item; continue }
            val patch = TreeUpdate.patch(json, withReferences(changes) { _, fqn -> known[fqn] ?: JsonObject(mapOf("fullyQualifiedName" to JsonPrimitive(fqn))) })
            updates += OpenMetadataPlannedChange(item, changes, current, patch)
        }
        val pruned = if (prune) prunedEdges(compiled.lineage, existing, compiled.items) else emptyList()
        return OpenMetadataTreePlan(creates, updates, unchanged, compiled.ignored, changedEdges(compiled.lineage, existing, compiled.items), pruned)
    }

    /** [changes] with each wanted FQN of a reference field (a dashboard's charts) as the reference [resolve] gives. */
    private suspend fun withReferences(
        changes: Map<String, Pair<JsonElement?, JsonElement?>>,
        resolve: suspend (String, String) -> JsonElement,
    ): Map<String, Pair<JsonElement?, JsonElement?>> = changes.mapValues { (field, values) ->
        val type = REFERENCE_FIELDS[field] ?: return@mapValues values
        val wanted = (values.second as? JsonArray)?.map { resolve(type, (it as JsonPrimitive).content) }
        values.first to wanted?.let(::JsonArray)
    }

    private fun referenceJson(entity: OpenMetadataEntity): JsonElement = KatalogJson.encodeToElement(
        dev.katalog.model.openmetadata.type.EntityReference.serializer(), referenceOf(entity),
    )

    /** With prune: the server's edges from an entity of the tree to another that the tree does not declare. */
    private suspend fun prunedEdges(edges: List<OpenMetadataLineageEdge>, existing: Map<String, OpenMetadataEntity?>, items: List<OpenMetadataTreeItem>): List<OpenMetadataPrunedEdge> {
        val declared = edges.map { listOf(it.fromType, it.fromTable, it.toType, it.toTable) }.toSet()
        val byId = items.mapNotNull { item -> existing[item.path]?.let { it.id to (EntityKinds.of(item.request).type to item.fullyQualifiedName) } }.toMap()
        val pruned = ArrayList<OpenMetadataPrunedEdge>()
        for (item in items) {
            val kind = EntityKinds.of(item.request)
            if (kind.type !in LINEAGE_SOURCES) continue
            val entity = existing[item.path] ?: continue
            val downstream = lineage.get(kind, item.fullyQualifiedName, upstreamDepth = 0, downstreamDepth = 1).downstreamEdges.orEmpty()
            for (edge in downstream) {
                if (edge.fromEntity != entity.id) continue
                val (toType, toFqn) = byId[edge.toEntity] ?: continue // an end outside the tree: not the tree's to prune
                if (listOf(kind.type, item.fullyQualifiedName, toType, toFqn) !in declared) {
                    pruned += OpenMetadataPrunedEdge(kind.type, item.fullyQualifiedName, toType, toFqn, entity.id, edge.toEntity)
                }
            }
        }
        return pruned
    }

    /** The edges the server lacks, or has with other details; an edge from a table not yet created is missing. */
    private suspend fun changedEdges(edges: List<OpenMetadataLineageEdge>, existing: Map<String, OpenMetadataEntity?>, items: List<OpenMetadataTreeItem>): List<OpenMetadataLineageEdge> {
        val idByKey = items.mapNotNull { item -> existing[item.path]?.let { (EntityKinds.of(item.request).type to item.fullyQualifiedName) to it.id } }.toMap()
        val downstream = HashMap<Pair<String, String>, Map<String, LineageDetails?>>()
        return edges.filter { edge ->
            val fromId = idByKey[edge.fromType to edge.fromTable] ?: return@filter true
            val toId = idByKey[edge.toType to edge.toTable] ?: return@filter true
            val current = downstream.getOrPut(edge.fromType to edge.fromTable) {
                lineage.get(kindOf(edge.fromType), edge.fromTable, upstreamDepth = 0, downstreamDepth = 1).downstreamEdges.orEmpty()
                    .filter { it.fromEntity == fromId }.associate { it.toEntity to it.lineageDetails }
            }
            if (toId !in current) true else !sameDetails(edge, current[toId])
        }
    }

    private fun kindOf(type: String) = EntityKinds.ofTypeOrNull(type) ?: error("The tree compiler made an edge to a $type, which has no kind")

    // Compared on what the tree sets; the server adds who and when, and the pipeline's id and name to its reference.
    private fun sameDetails(edge: OpenMetadataLineageEdge, current: LineageDetails?): Boolean {
        val wanted = edge.details
        return current != null && wanted.description == current.description && wanted.sqlQuery == current.sqlQuery && wanted.source == current.source &&
            edge.pipeline == current.pipeline?.fullyQualifiedName &&
            wanted.columnsLineage.orEmpty().map { it.toColumn to it.fromColumns.orEmpty().toSet() }.toSet() ==
            current.columnsLineage.orEmpty().map { it.toColumn to it.fromColumns.orEmpty().toSet() }.toSet()
    }

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
                            when {
                                entity == null || patch == null -> entities.createOrUpdate(withParent(change.item))
                                // References to entities this apply may have just created: resolved now, not when planned.
                                change.changes.keys.any { it in REFERENCE_FIELDS } -> entities.patch(entity, TreeUpdate.patch(entityJson(entity), withReferences(change.changes) { type, fqn ->
                                    referenceJson(entities.getByName(kindOf(type), fqn))
                                }))
                                else -> entities.patch(entity, patch)
                            }
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
                val from = entities.getByName(kindOf(edge.fromType), edge.fromTable)
                val to = entities.getByName(kindOf(edge.toType), edge.toTable)
                val pipeline = edge.pipeline?.let { referenceOf(entities.getByName(EntityKinds.PIPELINE, it)) }
                lineage.add(from, to, if (pipeline == null) edge.details else edge.details.copy(pipeline = pipeline))
                edgesPut++
            } catch (e: OpenMetadataException) {
                failures[key] = e
            }
        }
        var edgesDeleted = 0
        for (edge in plan.prunedEdges) {
            try {
                lineage.delete(edge.fromType, edge.fromId, edge.toType, edge.toId)
                edgesDeleted++
            } catch (e: OpenMetadataException) {
                failures["prune: $edge"] = e
            }
        }
        return OpenMetadataApplyResult(plan, created, updated, failures, edgesPut, edgesDeleted)
    }

    // A nested container names its parent by reference (1.4 createContainer.json): the container this apply created
    // or found one level up, read now that it exists. A root container has its service alone.
    private suspend fun withParent(item: OpenMetadataTreeItem): CreateRequest<*> {
        val request = item.request as? CreateContainer ?: return item.request
        val names = Fqn.split(item.fullyQualifiedName)
        if (names.size <= 2) return request
        return request.copy(parent = referenceOf(entities.getByName(EntityKinds.CONTAINER, Fqn.build(names.dropLast(1)))))
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

        // Fields a create request names by FQN that the entity holds as references, with the referenced entity type.
        val REFERENCE_FIELDS = mapOf("charts" to EntityKinds.CHART.type, "dataModels" to EntityKinds.DASHBOARD_DATA_MODEL.type)

        // The kinds lineage edges of a tree start from: what prune reads the downstream edges of.
        val LINEAGE_SOURCES = setOf(EntityKinds.TABLE.type, EntityKinds.DASHBOARD_DATA_MODEL.type)

        // Fields OpenMetadata 1.4 returns only when asked for (`fields=`), among those a create request can set.
        val OPTIONAL_FIELDS = setOf(
            "charts", "tasks",
            "owner", "tags", "columns", "tableConstraints", "tablePartition", "extension", "domain", "dataProducts", "lifeCycle",
            "sourceHash", "reviewers", "relatedTerms", "synonyms", "references", "dataModel", "customMetrics", "usageSummary",
        )
    }
}
