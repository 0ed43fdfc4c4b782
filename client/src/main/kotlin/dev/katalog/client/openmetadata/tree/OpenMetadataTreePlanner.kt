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
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.math.BigDecimal

/**
 * Compares a tree with an OpenMetadata server by fully qualified name and carries out the difference with
 * create-or-update (PUT) calls, parents before children. Only the fields the tree sends are compared, so what
 * others set on the server (tags, owners, profiles) is left alone and a second plan after an apply is empty.
 * The lineage edges of the tree's processes are compared with the edges the server has from each table, and the
 * missing or different ones are put once every entity is applied.
 */
internal class OpenMetadataTreePlanner(private val entities: EntitiesApi, private val lineage: LineageApi) {

    suspend fun plan(tree: CatalogTree): OpenMetadataTreePlan {
        val compiled = tree.compileForOpenMetadata()
        val existing = HashMap<String, JsonObject?>()
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
            val changes = differences(requestJson(item.request), current)
            if (changes.isEmpty()) unchanged += item else updates += OpenMetadataPlannedChange(item, changes)
        }
        return OpenMetadataTreePlan(creates, updates, unchanged, compiled.ignored, changedEdges(compiled.lineage, existing, compiled.items))
    }

    /** The edges the server lacks, or has with other details; an edge from a table not yet created is missing. */
    private suspend fun changedEdges(edges: List<OpenMetadataLineageEdge>, existing: Map<String, JsonObject?>, items: List<OpenMetadataTreeItem>): List<OpenMetadataLineageEdge> {
        val idByFqn = items.mapNotNull { item -> (existing[item.path]?.get("id") as? JsonPrimitive)?.let { item.fullyQualifiedName to it.content } }.toMap()
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
                            entities.createOrUpdate(change.item.request)
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

    private suspend fun current(item: OpenMetadataTreeItem): JsonObject? {
        val kind = EntityKinds.of(item.request)
        val fields = requestJson(item.request).keys.filter { it in OPTIONAL_FIELDS }
        val entity = entities.getByNameOrNull(kind, item.fullyQualifiedName, fields) ?: return null
        @Suppress("UNCHECKED_CAST")
        return KatalogJson.encodeToElement(kind.serializer as KSerializer<OpenMetadataEntity>, entity) as JsonObject
    }

    /** Each field the request sets whose value differs from the entity's, with the entity's and the request's values. */
    private fun differences(request: JsonObject, entity: JsonObject): Map<String, Pair<JsonElement?, JsonElement?>> {
        val changes = LinkedHashMap<String, Pair<JsonElement?, JsonElement?>>()
        for ((field, wanted) in request) {
            if (field in IDENTITY_FIELDS) continue
            val current = entity[field]
            val same = if (field == "columns") sameColumns(wanted, current) else same(wanted, current)
            if (!same) changes[field] = current to wanted
        }
        return changes
    }

    // Columns match by name and order; each compares only the keys the tree sets (the server adds FQNs, tags…).
    private fun sameColumns(wanted: JsonElement, current: JsonElement?): Boolean {
        val want = (wanted as? JsonArray)?.map { it as JsonObject } ?: return same(wanted, current)
        val have = (current as? JsonArray)?.mapNotNull { it as? JsonObject } ?: return want.isEmpty()
        if (want.map { it["name"] } != have.map { it["name"] }) return false
        return want.zip(have).all { (w, h) -> w.all { (key, value) -> if (key == "children") sameColumns(value, h[key]) else same(value, h[key]) } }
    }

    private fun same(wanted: JsonElement, current: JsonElement?): Boolean = when {
        current == null || current is JsonNull -> wanted is JsonNull || (wanted is JsonPrimitive && wanted.isString && wanted.content.isEmpty())
        wanted is JsonPrimitive && current is JsonPrimitive && !wanted.isString && !current.isString ->
            wanted.content.toBigDecimalOrNull()?.let { w -> current.content.toBigDecimalOrNull()?.let { it.compareTo(w) == 0 } } ?: (wanted.content == current.content)
        wanted is JsonObject && current is JsonObject -> wanted.all { (k, v) -> same(v, current[k]) }
        wanted is JsonArray && current is JsonArray -> wanted.size == current.size && wanted.indices.all { same(wanted[it], current[it]) }
        else -> wanted == current
    }

    private fun requestJson(request: CreateRequest<*>): JsonObject {
        val kind = EntityKinds.of(request)
        @Suppress("UNCHECKED_CAST")
        return KatalogJson.encodeToElement(kind.requestSerializer as KSerializer<CreateRequest<*>>, request) as JsonObject
    }

    private companion object {
        // The name and the parent references are what the FQN already matched on; the entity holds them as references.
        val IDENTITY_FIELDS = setOf("name", "service", "database", "databaseSchema", "glossary", "parent")

        // Fields OpenMetadata 1.4 returns only when asked for (`fields=`), among those a create request can set.
        val OPTIONAL_FIELDS = setOf(
            "owner", "tags", "columns", "tableConstraints", "tablePartition", "extension", "domain", "dataProducts", "lifeCycle",
            "sourceHash", "reviewers", "relatedTerms", "synonyms", "references", "dataModel", "customMetrics", "usageSummary",
        )
    }
}

private fun String.toBigDecimalOrNull(): BigDecimal? = try { BigDecimal(this) } catch (e: NumberFormatException) { null }
