package dev.katalog.client.openmetadata.entities

import dev.katalog.client.core.UsageException
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls.Companion.fieldsQuery
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls.Companion.pathSegment
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.type.EntityHistory
import dev.katalog.model.openmetadata.type.EntityReference
import dev.katalog.model.openmetadata.type.TableConstraint
import dev.katalog.model.openmetadata.type.TableConstraint.ConstraintType
import dev.katalog.model.openmetadata.type.TagLabel
import io.ktor.http.ContentType
import io.ktor.http.HttpMethod
import kotlinx.coroutines.flow.Flow
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.put

/**
 * Reading, listing, creating, patching and deleting entities (`om.entities`), typed by their [EntityKind] or,
 * in Kotlin, by a type argument: `om.entities.getByName<Table>(fqn)`. Absence is [OpenMetadataException.NotFound]
 * except in the `…OrNull` calls. Java uses [EntitiesApiFutures].
 */
public class EntitiesApi internal constructor(private val calls: OpenMetadataCalls) {
    private val pager = EntityPager(calls)
    private val patches = FieldPatches(this)
    private val constraints = TableConstraintPatches(this)

    /**
     * The [kind] entity named [fqn] (see [Fqn]) with the extra [fields]; [OpenMetadataException.NotFound] when there is none.
     * Soft-deleted entities are found only with [include] [Include.DELETED] or [Include.ALL].
     */
    public suspend fun <E : OpenMetadataEntity> getByName(kind: EntityKind<E>, fqn: String, fields: List<String> = emptyList(), include: Include = Include.NON_DELETED): E {
        Fqn.split(fqn) // a malformed FQN fails here, with the fix, instead of as a server 404
        return calls.decode(kind.serializer, calls.call(HttpMethod.Get, "${kind.path}/name/${pathSegment(fqn)}", fieldsQuery(fields) + include.query()))
    }

    /** The [kind] entity named [fqn], or null when there is none; other failures still throw. */
    public suspend fun <E : OpenMetadataEntity> getByNameOrNull(kind: EntityKind<E>, fqn: String, fields: List<String> = emptyList(), include: Include = Include.NON_DELETED): E? =
        orNull { getByName(kind, fqn, fields, include) }

    /** The entity of type [E] named [fqn]: `om.entities.getByName<Table>(fqn)`; [OpenMetadataException.NotFound] when there is none. */
    @JvmName("getByNameOfType")
    public suspend inline fun <reified E : OpenMetadataEntity> getByName(fqn: String, fields: List<String> = emptyList(), include: Include = Include.NON_DELETED): E =
        getByName(EntityKinds.of(E::class), fqn, fields, include)

    /** The entity of type [E] named [fqn], or null when there is none. */
    @JvmName("getByNameOrNullOfType")
    public suspend inline fun <reified E : OpenMetadataEntity> getByNameOrNull(fqn: String, fields: List<String> = emptyList(), include: Include = Include.NON_DELETED): E? =
        getByNameOrNull(EntityKinds.of(E::class), fqn, fields, include)

    /** The [kind] entity with [id]; [OpenMetadataException.NotFound] when there is none (or it is soft-deleted and [include] leaves those out). */
    public suspend fun <E : OpenMetadataEntity> getById(kind: EntityKind<E>, id: String, fields: List<String> = emptyList(), include: Include = Include.NON_DELETED): E =
        calls.decode(kind.serializer, calls.call(HttpMethod.Get, "${kind.path}/${pathSegment(checkId(id))}", fieldsQuery(fields) + include.query()))

    /** The [kind] entity with [id], or null when there is none. */
    public suspend fun <E : OpenMetadataEntity> getByIdOrNull(kind: EntityKind<E>, id: String, fields: List<String> = emptyList(), include: Include = Include.NON_DELETED): E? =
        orNull { getById(kind, id, fields, include) }

    /** The entity of type [E] with [id]; [OpenMetadataException.NotFound] when there is none. */
    @JvmName("getByIdOfType")
    public suspend inline fun <reified E : OpenMetadataEntity> getById(id: String, fields: List<String> = emptyList(), include: Include = Include.NON_DELETED): E =
        getById(EntityKinds.of(E::class), id, fields, include)

    /** The entity of type [E] with [id], or null when there is none. */
    @JvmName("getByIdOrNullOfType")
    public suspend inline fun <reified E : OpenMetadataEntity> getByIdOrNull(id: String, fields: List<String> = emptyList(), include: Include = Include.NON_DELETED): E? =
        getByIdOrNull(EntityKinds.of(E::class), id, fields, include)

    /**
     * A reference to the [kind] entity named [fqn] (its id, type, name, FQN, display name and description), read
     * from the server, as ometa's `get_entity_reference`; [OpenMetadataException.NotFound] when there is none.
     */
    public suspend fun <E : OpenMetadataEntity> getEntityReference(kind: EntityKind<E>, fqn: String): EntityReference {
        val entity = KatalogJson.encodeToElement(kind.serializer, getByName(kind, fqn)).jsonObject
        fun text(key: String) = (entity[key] as? JsonPrimitive)?.takeIf { it.isString }?.content
        return EntityReference(
            id = text("id")!!, type = kind.type, name = text("name"), fullyQualifiedName = text("fullyQualifiedName"),
            displayName = text("displayName"), description = text("description"),
        )
    }

    /**
     * Every [kind] entity matching [filters] (e.g. `mapOf("databaseSchema" to fqn)`), with the extra [fields],
     * fetched [pageSize] at a time following the `after` cursor, lazily: stop collecting to stop the calls.
     * Soft-deleted entities are listed only with [include] [Include.DELETED] or [Include.ALL].
     */
    public fun <E : OpenMetadataEntity> list(
        kind: EntityKind<E>,
        filters: Map<String, String> = emptyMap(),
        fields: List<String> = emptyList(),
        pageSize: Int = 100,
        include: Include = Include.NON_DELETED,
    ): Flow<E> {
        UsageException.check(pageSize in 1..1_000_000, { "pageSize must be between 1 and 1,000,000, was $pageSize" }, "Use 100 (the default) unless entities are very large")
        UsageException.check("include" !in filters, { "filters holds include" }, "Pass include = Include.DELETED (or ALL) instead")
        return pager.entities(kind, filters.toList() + fieldsQuery(fields) + include.query(), pageSize)
    }

    /** Every entity of type [E] matching [filters], paged lazily: `om.entities.list<Table>(mapOf("databaseSchema" to fqn))`. */
    @JvmName("listOfType")
    public inline fun <reified E : OpenMetadataEntity> list(
        filters: Map<String, String> = emptyMap(),
        fields: List<String> = emptyList(),
        pageSize: Int = 100,
        include: Include = Include.NON_DELETED,
    ): Flow<E> = list(EntityKinds.of(E::class), filters, fields, pageSize, include)

    /** All versions of the [kind] entity with [id], newest first. */
    public suspend fun <E : OpenMetadataEntity> versions(kind: EntityKind<E>, id: String): List<E> {
        val history = calls.decode(EntityHistory.serializer(), calls.call(HttpMethod.Get, "${kind.path}/${pathSegment(checkId(id))}/versions"))
        // The server sends each version as a JSON string holding the entity.
        return history.versions.map { version ->
            val element = (version as? JsonPrimitive)?.takeIf { it.isString }?.let { KatalogJson.json.parseToJsonElement(it.content) } ?: version
            calls.decode(kind.serializer, element)
        }
    }

    /** Version [version] (e.g. `"0.2"`) of the [kind] entity with [id]. */
    public suspend fun <E : OpenMetadataEntity> version(kind: EntityKind<E>, id: String, version: String): E {
        UsageException.check(version.matches(Regex("""\d+\.\d+""")), { "\"${version.take(60)}\" is not an entity version" }, "Versions look like 0.1, 0.2, 1.0: take one from versions()")
        return calls.decode(kind.serializer, calls.call(HttpMethod.Get, "${kind.path}/${pathSegment(checkId(id))}/versions/$version"))
    }

    /** Creates the entity [request] describes (`POST`); [OpenMetadataException.Conflict] when it exists already. */
    public suspend fun <E : OpenMetadataEntity> create(request: CreateRequest<E>): E = send(HttpMethod.Post, request)

    /** Creates the entity [request] describes, or updates the one of that name (`PUT`). */
    public suspend fun <E : OpenMetadataEntity> createOrUpdate(request: CreateRequest<E>): E = send(HttpMethod.Put, request)

    /** Applies [changes] to [entity] on the server (`PATCH`, RFC 6902) and answers the entity as it is now; no changes, no call. */
    public suspend fun <E : OpenMetadataEntity> patch(entity: E, changes: JsonPatch): E {
        val kind = kindOf(entity)
        if (changes.isEmpty) return entity
        return calls.decode(kind.serializer, calls.call(HttpMethod.Patch, "${kind.path}/${pathSegment(checkId(entity.id))}", body = changes.toString(), contentType = JSON_PATCH))
    }

    /** Applies the operations [block] builds to [entity]: `om.entities.patch(table) { replace("/description", "Orders") }`. */
    public suspend fun <E : OpenMetadataEntity> patch(entity: E, block: JsonPatch.Builder.() -> Unit): E =
        patch(entity, JsonPatch.builder().apply(block).build())

    /** Changes [original] on the server into [modified] (e.g. `table.copy(description = "…")`), sending only the differences. */
    public suspend fun <E : OpenMetadataEntity> patch(original: E, modified: E): E {
        UsageException.check(
            original.id == modified.id && original::class == modified::class,
            { "patch(original, modified) got two different entities (${original::class.simpleName} ${original.id}, ${modified::class.simpleName} ${modified.id})" },
            "Pass an entity and a changed copy of it, e.g. table.copy(description = \"…\")",
        )
        val kind = kindOf(original)
        val from = KatalogJson.encodeToElement(kind.serializer, original).jsonObject
        val to = KatalogJson.encodeToElement(kind.serializer, modified).jsonObject
        // A field read without `fields=` is null here whatever the server holds: patching it would replace the server's value.
        val unread = (from.keys + to.keys).filter { it in OnRequestFields.names && from[it] != to[it] && from[it].isAbsent() }
        if (unread.isNotEmpty()) {
            val server = KatalogJson.encodeToElement(kind.serializer, getById(kind, original.id, unread)).jsonObject
            val held = unread.filter { !server[it].isAbsent() }
            UsageException.check(
                held.isEmpty(),
                { "original was read without fields=${held.joinToString(",")}, which the server holds for ${kind.type} ${original.fullyQualifiedName}: the patch would replace them" },
                "Read the entity with fields = listOf(${held.joinToString { "\"$it\"" }}) and change that copy, or add and remove tags with addTags / removeTags",
            )
        }
        return patch(original, JsonPatch.diff(from, to))
    }

    /**
     * Adds [tags] to [entity] on the server, keeping the tags it has there: reads them (`fields=tags`) and appends
     * those it lacks with one patch (a PUT would merge too, but only a patch leaves the rest of the entity alone).
     */
    public suspend fun <E : OpenMetadataEntity> addTags(entity: E, tags: List<TagLabel>): E = patches.addTags(entity, tags)

    /** Removes the tags whose FQNs are [tagFqns] from [entity] on the server, reading its tags first; those it does not have are ignored. */
    public suspend fun <E : OpenMetadataEntity> removeTags(entity: E, tagFqns: List<String>): E = patches.removeTags(entity, tagFqns)

    /**
     * Sets the description of the [kind] entity with [id] to [text] by a patch, as ometa's `patch_description`: reads
     * the entity first and refuses ([UsageException]) to replace a non-empty description unless [force].
     * The same text is no change and no call; an unknown [id] is [OpenMetadataException.NotFound].
     */
    public suspend fun <E : OpenMetadataEntity> patchDescription(kind: EntityKind<E>, id: String, text: String, force: Boolean = false): E =
        patches.description(kind, id, text, force)

    /**
     * Sets the description of column [columnName] (a nested one by its path, `address.city`) of the table with
     * [tableId] to [text], reading the table's columns first; refuses to replace a non-empty one unless [force], and
     * names the table's columns when it has no [columnName] ([UsageException], nothing sent).
     */
    public suspend fun patchColumnDescription(tableId: String, columnName: String, text: String, force: Boolean = false): Table =
        patches.columnDescription(tableId, columnName, text, force)

    /** Adds [tags] to column [columnName] of the table with [tableId], keeping the column's tags (read first); tags it has already are left. */
    public suspend fun addColumnTags(tableId: String, columnName: String, tags: List<TagLabel>): Table =
        patches.addColumnTags(tableId, columnName, tags)

    /** Removes the tags with FQNs [tagFqns] from column [columnName] of the table with [tableId]; those it lacks are ignored. */
    public suspend fun removeColumnTags(tableId: String, columnName: String, tagFqns: List<String>): Table =
        patches.removeColumnTags(tableId, columnName, tagFqns)

    /**
     * Makes [owner] (a reference to a user or a team, e.g. from [getEntityReference]) the owner of [entity], reading
     * its owner first: the same owner is no call. An unknown owner is the server's [OpenMetadataException.NotFound].
     */
    public suspend fun <E : OpenMetadataEntity> setOwner(entity: E, owner: EntityReference): E = patches.setOwner(entity, owner)

    /** Removes the owner of [entity], reading it first: an entity without one is no call. */
    public suspend fun <E : OpenMetadataEntity> removeOwner(entity: E): E = patches.removeOwner(entity)

    /**
     * Puts [entity] in [domain] (a reference to a domain, e.g. from [getEntityReference]), reading its domain first:
     * the same domain is no call. An unknown domain is the server's [OpenMetadataException.NotFound].
     */
    public suspend fun <E : OpenMetadataEntity> setDomain(entity: E, domain: EntityReference): E = patches.setDomain(entity, domain)

    /** Takes [entity] out of its domain, reading it first: an entity in none is no call. */
    public suspend fun <E : OpenMetadataEntity> removeDomain(entity: E): E = patches.removeDomain(entity)

    /**
     * Adds [constraint] to the table with [tableId], reading its columns and constraints first: the same constraint is
     * no call; a column the table lacks, a second primary key or a foreign key without its referred columns is a
     * [UsageException] before anything is sent.
     */
    public suspend fun addTableConstraint(tableId: String, constraint: TableConstraint): Table = constraints.add(tableId, constraint)

    /** Makes [constraints] the constraints of the table with [tableId] (none removes them all), checked as in [addTableConstraint]. */
    public suspend fun setTableConstraints(tableId: String, constraints: List<TableConstraint>): Table = this.constraints.set(tableId, constraints)

    /** Removes the constraints of type [constraintType] on exactly [columns] from the table with [tableId]; none such is no call. */
    public suspend fun removeTableConstraint(tableId: String, constraintType: ConstraintType, columns: List<String>): Table =
        constraints.remove(tableId, constraintType, columns)

    /**
     * Restores the soft-deleted [kind] entity with [id] (`PUT {kind}/restore`, as 1.4's `EntityResource.restoreEntity`)
     * and answers it; [OpenMetadataException.NotFound] when there is no deleted entity with that id.
     */
    public suspend fun <E : OpenMetadataEntity> restore(kind: EntityKind<E>, id: String): E {
        val body = buildJsonObject { put("id", checkId(id)) }.toString()
        return calls.decode(kind.serializer, calls.call(HttpMethod.Put, "${kind.path}/restore", body = body))
    }

    /** Deletes the [kind] entity named [fqn] (`DELETE {kind}/name/{fqn}`); [recursive] and [hardDelete] as in [delete]. */
    public suspend fun <E : OpenMetadataEntity> deleteByName(kind: EntityKind<E>, fqn: String, recursive: Boolean = false, hardDelete: Boolean = false) {
        Fqn.split(fqn)
        calls.call(HttpMethod.Delete, "${kind.path}/name/${pathSegment(fqn)}", listOf("recursive" to recursive.toString(), "hardDelete" to hardDelete.toString()))
    }

    /**
     * Deletes the [kind] entity with [id]: soft (restorable) unless [hardDelete]; with [recursive], its children
     * too (a schema's tables…), without it the server refuses to delete an entity that has children.
     */
    public suspend fun <E : OpenMetadataEntity> delete(kind: EntityKind<E>, id: String, recursive: Boolean = false, hardDelete: Boolean = false) {
        calls.call(HttpMethod.Delete, "${kind.path}/${pathSegment(checkId(id))}", listOf("recursive" to recursive.toString(), "hardDelete" to hardDelete.toString()))
    }

    /** Deletes [entity]; see the other [delete]. */
    public suspend fun delete(entity: OpenMetadataEntity, recursive: Boolean = false, hardDelete: Boolean = false): Unit =
        delete(kindOf(entity), entity.id, recursive, hardDelete)

    /** A reference to [entity], as lineage edges and owners take it. */
    public fun referenceTo(entity: OpenMetadataEntity): EntityReference = referenceOf(entity)

    override fun toString(): String = "EntitiesApi"

    private suspend fun <E : OpenMetadataEntity> send(method: HttpMethod, request: CreateRequest<E>): E {
        val kind = EntityKinds.of(request)
        CreateRequestChecks.check(request)
        Fqn.quoteName(request.name) // a name OpenMetadata refuses (a quote, "::", too long) fails here, with the fix
        @Suppress("UNCHECKED_CAST")
        val body = KatalogJson.encode(kind.requestSerializer as KSerializer<CreateRequest<E>>, request)
        return calls.decode(kind.serializer, calls.call(method, kind.path, body = body))
    }

    private fun JsonElement?.isAbsent(): Boolean = this == null || this is JsonNull

    private suspend fun <T> orNull(block: suspend () -> T): T? = try {
        block()
    } catch (e: OpenMetadataException.NotFound) {
        null
    }

    private companion object {
        val JSON_PATCH = ContentType("application", "json-patch+json")

        fun checkId(id: String): String {
            UsageException.check(runCatching { java.util.UUID.fromString(id) }.isSuccess, { "\"${id.take(60)}\" is not an entity id" }, "Ids are UUIDs; to find an entity by its name use getByName")
            return id
        }
    }
}
