package dev.katalog.client.openmetadata.tree

import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.entities.EntitiesApi
import dev.katalog.client.openmetadata.entities.of
import dev.katalog.dsl.openmetadata.OpenMetadataTreeItem
import dev.katalog.dsl.openmetadata.compileForOpenMetadata
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.OpenMetadataEntity
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
 */
internal class OpenMetadataTreePlanner(private val entities: EntitiesApi) {

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
        return OpenMetadataTreePlan(creates, updates, unchanged, compiled.ignored)
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
        return OpenMetadataApplyResult(plan, created, updated, failures)
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
