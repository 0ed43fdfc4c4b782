package dev.katalog.local.openmetadata

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import dev.katalog.model.openmetadata.JsonPatchException
import dev.katalog.model.openmetadata.JsonPatches
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import java.util.UUID

/**
 * The OpenMetadata entity operations: create or update, read, list, patch, delete and versions. Writes run one at a
 * time so that creations by FQN never race, and each is visible to reads and search when it returns.
 */
internal class EntityService(val index: EntityIndex, private val clock: () -> Long = System::currentTimeMillis) {
    /** The entity types and their custom properties, which an entity's `extension` is checked against. */
    val types: TypeService = TypeService(index, clock)
    private val builder = EntityBuilder(index)
    private val extensions = ExtensionRules(types)
    private val computed = ComputedFields(index)
    /** What databases, schemas and tables show of their parents on reads. */
    val inherited: InheritedFields = InheritedFields(index)
    private val references = StoredReferences(index)
    private val lock = Mutex()

    /** A saved entity, and whether the save created it. */
    class Saved(val entity: JsonObject, val created: Boolean)

    /** `PUT {path}`: creates the entity, or updates the one with the same FQN (a new version only when something changed). */
    suspend fun createOrUpdate(kind: EntityKind, body: JsonElement, user: String, baseUrl: String): Saved =
        save(kind, body, user, baseUrl, allowUpdate = true)

    /** `POST {path}`: creates the entity; 409 when one with its FQN exists. */
    suspend fun create(kind: EntityKind, body: JsonElement, user: String, baseUrl: String): JsonObject =
        save(kind, body, user, baseUrl, allowUpdate = false).entity

    private suspend fun save(kind: EntityKind, body: JsonElement, user: String, baseUrl: String, allowUpdate: Boolean): Saved {
        val request = withCheckedExtension(kind, validCreateRequest(kind, body))
        return lock.withLock {
            val fields = builder.fromRequest(kind, request)
            val existing = index.byFqn(kind, fields.str("fullyQualifiedName")!!)
            when {
                existing == null -> Saved(insert(kind, fields, user, baseUrl), created = true)
                !allowUpdate -> throw CatalogException.Conflict("Entity already exists")
                else -> Saved(update(kind, existing, UpdateRules.put(kind, existing, fields, isBot(user)), user), created = false)
            }
        }
    }

    // EntityUpdater.updatedByBot: the acting user's isBot; the built-in admin is never a bot.
    private suspend fun isBot(user: String): Boolean =
        user != "admin" && index.byFqn(EntityKinds.USER, EntityBuilder.quote(user))?.get("isBot") == JsonPrimitive(true)

    private fun validCreateRequest(kind: EntityKind, body: JsonElement): JsonObject {
        val request = body as? JsonObject ?: throw OpenMetadataErrors.badRequest("A ${kind.type} create request is a JSON object (${kind.createSchema})")
        val problems = OpenMetadataSchemas.validate(kind.createSchema, request.toString())
        if (problems.isNotEmpty()) {
            throw OpenMetadataErrors.badRequest("Invalid ${kind.type} request (${kind.createSchema}): ${problems.joinToString("; ")}")
        }
        return request
    }

    private suspend fun insert(kind: EntityKind, fields: JsonObject, user: String, baseUrl: String): JsonObject {
        val id = UUID.randomUUID().toString()
        val entity = LinkedHashMap<String, JsonElement>()
        entity["id"] = JsonPrimitive(id)
        entity.putAll(fields)
        entity["version"] = EntityVersion.json(EntityVersion.FIRST)
        entity["updatedAt"] = JsonPrimitive(clock())
        entity["updatedBy"] = JsonPrimitive(user)
        entity["href"] = JsonPrimitive("$baseUrl/api/v1${kind.path}/$id")
        if (kind.softDeletable) entity["deleted"] = JsonPrimitive(false)
        // A term without reviewers needs no approval in OpenMetadata.
        if (kind === EntityKinds.GLOSSARY_TERM && "status" !in entity) {
            entity["status"] = JsonPrimitive(if ((fields["reviewers"] as? JsonArray).isNullOrEmpty()) "Approved" else "Draft")
        }
        val saved = JsonObject(entity)
        index.putAll(listOf(kind to saved))
        return saved
    }

    /** Stores [after] as the next version of [before] when they differ; returns what is stored. */
    private suspend fun update(kind: EntityKind, before: JsonObject, after: JsonObject, user: String): JsonObject {
        val next = nextVersion(before, after, user) ?: return before
        index.putAll(listOf(kind to next))
        return next
    }

    /** [after] as the next version of [before], or null when nothing changed. */
    private fun nextVersion(before: JsonObject, after: JsonObject, user: String): JsonObject? {
        val change = EntityChange(before, after)
        if (change.isEmpty) return null
        val version = EntityVersion.next(before["version"])
        return JsonObject(
            after + mapOf(
                "version" to EntityVersion.json(version),
                "updatedAt" to JsonPrimitive(clock()),
                "updatedBy" to JsonPrimitive(user),
                "changeDescription" to change.description(before["version"] ?: EntityVersion.json(EntityVersion.FIRST)),
            ),
        )
    }

    suspend fun byId(kind: EntityKind, id: String, include: Include): JsonObject =
        index.get(kind, id)?.takeIf { include.admits(it.isDeleted()) } ?: throw OpenMetadataErrors.notFound(kind.type, id)

    suspend fun byName(kind: EntityKind, fqn: String, include: Include): JsonObject =
        index.byFqn(kind, fqn)?.takeIf { include.admits(it.isDeleted()) } ?: throw OpenMetadataErrors.notFound(kind.type, fqn)

    /** `GET {path}?limit&after|before&<filters>`: a page in name order, with name cursors (see [ListCursor]) and the total. */
    suspend fun list(kind: EntityKind, limit: Int, after: String?, before: String?, include: Include, filters: Map<String, String>, fields: FieldSelection): JsonObject {
        if (limit !in 0..MAX_LIMIT) throw OpenMetadataErrors.badRequest("limit must be between 0 and $MAX_LIMIT")
        if (after != null && before != null) throw OpenMetadataErrors.badRequest("Give after or before, not both")
        val backwards = before != null
        val order = if (backwards) "desc" else "asc"
        val query = buildJsonObject {
            put("bool", buildJsonObject {
                putJsonArray("filter") {
                    add(EntityIndex.term("entityType", kind.type))
                    when (include) {
                        Include.NON_DELETED -> add(EntityIndex.notDeleted())
                        Include.DELETED -> add(buildJsonObject { put("term", buildJsonObject { put("deleted", true) }) })
                        Include.ALL -> Unit
                    }
                    for ((parameter, field) in kind.listFilters) {
                        val value = filters[parameter] ?: continue
                        add(buildJsonObject {
                            put("bool", buildJsonObject {
                                putJsonArray("should") {
                                    add(EntityIndex.term("$field.${EntityIndexMapping.FQN_EXACT}", value))
                                    add(EntityIndex.term("$field.id", value))
                                }
                                put("minimum_should_match", 1)
                            })
                        })
                    }
                }
            })
        }
        val body = buildJsonObject {
            put("query", query)
            put("size", if (limit == 0) 0 else limit + 1)
            // The cursor narrows the page only (post_filter): the total counts every match, as listCount does.
            (after ?: before)?.let { cursor ->
                val bound = if (backwards) "lt" else "gt"
                put("post_filter", buildJsonObject { put("range", buildJsonObject { put(NAME, buildJsonObject { put(bound, ListCursor.decode(cursor)) }) }) })
            }
            put("aggs", buildJsonObject { put("total", buildJsonObject { put("value_count", buildJsonObject { put("field", "id") }) }) })
            putJsonArray("sort") {
                add(buildJsonObject { put(NAME, order) })
                add(buildJsonObject { put("id", order) })
            }
        }
        val answer = index.raw(listOf(index.indexOf(kind)), body)
        val total = answer.obj("aggregations")?.obj("total")?.get("value")?.let { (it as JsonPrimitive).content.toDouble().toLong() } ?: 0
        val hits = (answer.obj("hits")?.get("hits") as? JsonArray).orEmptyList().mapNotNull { it.obj() }
        val more = hits.size > limit
        val page = hits.take(limit).let { if (backwards) it.reversed() else it }
        fun cursor(hit: JsonObject) = ListCursor.encode(hit.obj("_source")!!.str("name")!!)
        val afterCursor = if (page.isNotEmpty() && (backwards || more)) cursor(page.last()) else null
        val beforeCursor = if (page.isNotEmpty() && (if (backwards) more else after != null)) cursor(page.first()) else null
        val parents = HashMap<String, JsonObject?>()
        val data = page.map { hit ->
            val entity = inherited.fill(kind, index.entityOf(hit.obj("_source")!!), fields::asks, parents)
            fields.apply(computed.fill(kind, entity, fields))
        }
        return buildJsonObject {
            put("data", JsonArray(data))
            put("paging", buildJsonObject {
                beforeCursor?.let { put("before", it) }
                afterCursor?.let { put("after", it) }
                put("total", total)
            })
        }
    }

    /** `PATCH {path}/{id}`: applies an RFC 6902 patch; the result must still be a valid entity with the same identity. */
    suspend fun patch(kind: EntityKind, id: String, patch: JsonElement, user: String): JsonObject = lock.withLock {
        val before = byId(kind, id, Include.NON_DELETED)
        // OpenMetadata patches the entity as a read shows it, inherited owner and domain included (EntityRepository.patch
        // sets the inherited fields first), so a patch made against a read applies; what stays inherited is not stored.
        val base = inherited.fill(kind, before, { it in InheritedFields.REFERENCES }, withValues = false)
        val patched = try {
            JsonPatches.apply(base, patch)
        } catch (e: JsonPatchException) {
            throw OpenMetadataErrors.badRequest(e.message!!)
        }
        var after = UpdateRules.patch(
            kind, before, patched as? JsonObject ?: throw OpenMetadataErrors.badRequest("The patched ${kind.type} is no longer a JSON object"),
        )
        (after["columns"] as? JsonArray)?.let {
            after = JsonObject(after + ("columns" to EntityBuilder.withColumnFqns(ColumnRules.checked(it), before.str("fullyQualifiedName")!!)))
        }
        (after["tasks"] as? JsonArray)?.let { after = JsonObject(after + ("tasks" to EntityBuilder.withTaskFqns(it, before.str("fullyQualifiedName")!!))) }
        after = EntityBuilder.withNestedFqns(kind, after)
        val owner = after.obj("owner")
        if (owner != null && owner != base["owner"]) after = JsonObject(after + ("owner" to ownerReference(owner)))
        val domain = after.obj("domain")
        if (domain != null && domain != base["domain"]) after = JsonObject(after + ("domain" to references.domain(domain)))
        after = InheritedFields.withoutInherited(after)
        for (field in kind.referenceLists) {
            val list = after[field] as? JsonArray
            if (list != null && list != before[field]) after = JsonObject(after + (field to references.list(list)))
        }
        if (after["extension"] != before["extension"]) after = withCheckedExtension(kind, after)
        TableConstraintRules.check(kind, after)
        builder.checkTags(after)
        val problems = OpenMetadataSchemas.validate(kind.entitySchema, after.toString())
        if (problems.isNotEmpty()) throw OpenMetadataErrors.badRequest("The patched ${kind.type} is invalid (${kind.entitySchema}): ${problems.joinToString("; ")}")
        update(kind, before, after, user)
    }

    // EntityRepository.validateExtension on create, PUT and PATCH; an extension left empty is stored as none.
    private suspend fun withCheckedExtension(kind: EntityKind, body: JsonObject): JsonObject {
        val extension = body["extension"] ?: return body
        val checked = extensions.checked(kind, extension)
        return if (checked is JsonObject && checked.isEmpty()) JsonObject(body - "extension") else JsonObject(body + ("extension" to checked!!))
    }

    private suspend fun ownerReference(owner: JsonObject): JsonObject {
        val type = owner.str("type").orEmpty()
        val ownerKind = EntityKinds.ofType(type)?.takeIf { type == "user" || type == "team" }
            ?: throw OpenMetadataErrors.badRequest("An owner is a user or a team: set owner.type to user or team")
        val found = index.get(ownerKind, owner.str("id").orEmpty())?.takeIf { !it.isDeleted() }
            ?: throw OpenMetadataErrors.notFound(type, owner.str("id").orEmpty())
        return EntityReference.of(type, found)
    }

    /**
     * `DELETE {path}/{id}`: soft (marks `deleted`, a new version) or hard (removes it, its versions and lineage).
     * Children (entities whose parent references lead to it) block the delete unless [recursive], which deletes them too.
     */
    suspend fun delete(kind: EntityKind, id: String, recursive: Boolean, hardDelete: Boolean, user: String): JsonObject = lock.withLock {
        // DomainResource, DataProductResource: a kind without a `deleted` flag is deleted for good.
        val hard = hardDelete || !kind.softDeletable
        val entity = byId(kind, id, if (hard) Include.ALL else Include.NON_DELETED)
        val descendants = descendants(id).filter { (_, child) -> hard || !child.isDeleted() }
        if (descendants.isNotEmpty() && !recursive) {
            throw OpenMetadataErrors.badRequest(
                "${kind.type} ${entity.str("fullyQualifiedName")} is not empty: it has ${descendants.size} children; delete with recursive=true to delete them too",
            )
        }
        val all = descendants + (kind to entity)
        if (hard) {
            index.removeAll(all)
            entity
        } else {
            // Kinds with no `deleted` (queries under a service) cannot be soft-deleted: they go for good.
            val (soft, gone) = all.partition { (childKind, _) -> childKind.softDeletable }
            if (gone.isNotEmpty()) index.removeAll(gone)
            val deleted = soft.mapNotNull { (childKind, child) ->
                nextVersion(child, JsonObject(child + ("deleted" to JsonPrimitive(true))), user)?.let { childKind to it }
            }
            index.putAll(deleted)
            deleted.last().second
        }
    }

    // Children by any parent reference, then theirs: nested glossary terms and tags point only at their direct parent.
    private suspend fun descendants(id: String): List<Pair<EntityKind, JsonObject>> {
        val found = LinkedHashMap<String, Pair<EntityKind, JsonObject>>()
        var frontier = setOf(id)
        while (frontier.isNotEmpty()) {
            val next = index.referencing(frontier).filter { (_, e) -> e.str("id") != id && e.str("id") !in found }
            next.forEach { found[it.second.str("id")!!] = it }
            frontier = next.mapNotNull { it.second.str("id") }.toSet()
        }
        // Deepest first, so a hard delete never leaves a child whose parent is gone mid-way.
        return found.values.reversed()
    }

    /** `PUT {path}/restore` with `{"id"}`: a soft-deleted entity becomes live again, as a new version. */
    suspend fun restore(kind: EntityKind, body: JsonElement, user: String): JsonObject = lock.withLock {
        val id = body.obj()?.str("id") ?: throw OpenMetadataErrors.badRequest("A restore request is {\"id\":\"<uuid>\"}")
        val entity = byId(kind, id, Include.DELETED)
        update(kind, entity, JsonObject(entity + ("deleted" to JsonPrimitive(false))), user)
    }

    /** `GET {path}/{id}/versions`: every version, latest first, each as JSON text (as OpenMetadata answers). */
    suspend fun versions(kind: EntityKind, id: String): JsonObject {
        byId(kind, id, Include.ALL)
        return buildJsonObject {
            put("entityType", kind.type)
            putJsonArray("versions") { for (version in index.versions(id)) add(JsonPrimitive(version.toString())) }
        }
    }

    /** `GET {path}/{id}/versions/{version}`. */
    suspend fun version(kind: EntityKind, id: String, version: String): JsonObject {
        byId(kind, id, Include.ALL)
        val wanted = version.toBigDecimalOrNull() ?: throw OpenMetadataErrors.badRequest("A version is a number such as 0.2")
        return index.versions(id).firstOrNull { EntityVersion.of(it["version"]).compareTo(wanted) == 0 }
            ?: throw OpenMetadataErrors.notFound(kind.type, "$id and version ${version.take(20)}")
    }

    private fun JsonObject.isDeleted(): Boolean = this["deleted"] == JsonPrimitive(true)

    companion object {
        const val MAX_LIMIT: Int = 10_000
        private const val NAME = "name.keyword"
    }
}
