package dev.katalog.client.openmetadata.entities

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.type.EntityReference
import dev.katalog.model.openmetadata.type.TableConstraint
import dev.katalog.model.openmetadata.type.TableConstraint.ConstraintType
import dev.katalog.model.openmetadata.type.TagLabel
import java.util.Optional
import java.util.concurrent.CompletableFuture
import java.util.function.Consumer
import java.util.stream.Stream

/**
 * [EntitiesApi] for Java: each call returns a [CompletableFuture] (cancelling it cancels the call) that fails with
 * an [OpenMetadataException]; absence is an empty [Optional] in the `find` calls; lists are [Stream]s (close them,
 * e.g. with try-with-resources, to stop the paging).
 */
public class EntitiesApiFutures internal constructor(private val api: EntitiesApi, private val bridge: JavaBridge) {
    /** The [kind] entity named [fqn] with the extra [fields]; fails with [OpenMetadataException.NotFound] when there is none. */
    public fun <E : OpenMetadataEntity> getByName(kind: EntityKind<E>, fqn: String, fields: List<String>, include: Include): CompletableFuture<E> =
        bridge.future { api.getByName(kind, fqn, fields, include) }
    public fun <E : OpenMetadataEntity> getByName(kind: EntityKind<E>, fqn: String, fields: List<String>): CompletableFuture<E> = getByName(kind, fqn, fields, Include.NON_DELETED)
    public fun <E : OpenMetadataEntity> getByName(kind: EntityKind<E>, fqn: String): CompletableFuture<E> = getByName(kind, fqn, emptyList())

    /** The [kind] entity named [fqn], or empty when there is none. */
    public fun <E : OpenMetadataEntity> findByName(kind: EntityKind<E>, fqn: String, fields: List<String>, include: Include): CompletableFuture<Optional<E>> =
        bridge.future { Optional.ofNullable(api.getByNameOrNull(kind, fqn, fields, include)) }
    public fun <E : OpenMetadataEntity> findByName(kind: EntityKind<E>, fqn: String, fields: List<String>): CompletableFuture<Optional<E>> = findByName(kind, fqn, fields, Include.NON_DELETED)
    public fun <E : OpenMetadataEntity> findByName(kind: EntityKind<E>, fqn: String): CompletableFuture<Optional<E>> = findByName(kind, fqn, emptyList())

    /** The [kind] entity with [id]; fails with [OpenMetadataException.NotFound] when there is none. */
    public fun <E : OpenMetadataEntity> getById(kind: EntityKind<E>, id: String, fields: List<String>, include: Include): CompletableFuture<E> =
        bridge.future { api.getById(kind, id, fields, include) }
    public fun <E : OpenMetadataEntity> getById(kind: EntityKind<E>, id: String, fields: List<String>): CompletableFuture<E> = getById(kind, id, fields, Include.NON_DELETED)
    public fun <E : OpenMetadataEntity> getById(kind: EntityKind<E>, id: String): CompletableFuture<E> = getById(kind, id, emptyList())

    /** The [kind] entity with [id], or empty when there is none. */
    public fun <E : OpenMetadataEntity> findById(kind: EntityKind<E>, id: String, fields: List<String>, include: Include): CompletableFuture<Optional<E>> =
        bridge.future { Optional.ofNullable(api.getByIdOrNull(kind, id, fields, include)) }
    public fun <E : OpenMetadataEntity> findById(kind: EntityKind<E>, id: String, fields: List<String>): CompletableFuture<Optional<E>> = findById(kind, id, fields, Include.NON_DELETED)
    public fun <E : OpenMetadataEntity> findById(kind: EntityKind<E>, id: String): CompletableFuture<Optional<E>> = findById(kind, id, emptyList())

    /** Every [kind] entity matching [filters], with the extra [fields], [pageSize] at a time, paged lazily. */
    public fun <E : OpenMetadataEntity> list(kind: EntityKind<E>, filters: Map<String, String>, fields: List<String>, pageSize: Int, include: Include): Stream<E> =
        bridge.stream(api.list(kind, filters, fields, pageSize, include))
    public fun <E : OpenMetadataEntity> list(kind: EntityKind<E>, filters: Map<String, String>, fields: List<String>, pageSize: Int): Stream<E> =
        list(kind, filters, fields, pageSize, Include.NON_DELETED)
    public fun <E : OpenMetadataEntity> list(kind: EntityKind<E>, filters: Map<String, String>, fields: List<String>): Stream<E> = list(kind, filters, fields, 100)
    public fun <E : OpenMetadataEntity> list(kind: EntityKind<E>, filters: Map<String, String>): Stream<E> = list(kind, filters, emptyList(), 100)
    public fun <E : OpenMetadataEntity> list(kind: EntityKind<E>): Stream<E> = list(kind, emptyMap(), emptyList(), 100)

    /** A reference to the [kind] entity named [fqn], read from the server; fails with [OpenMetadataException.NotFound] when there is none. */
    public fun <E : OpenMetadataEntity> getEntityReference(kind: EntityKind<E>, fqn: String): CompletableFuture<EntityReference> = bridge.future { api.getEntityReference(kind, fqn) }

    /** All versions of the [kind] entity with [id], newest first. */
    public fun <E : OpenMetadataEntity> versions(kind: EntityKind<E>, id: String): CompletableFuture<List<E>> = bridge.future { api.versions(kind, id) }

    /** Version [version] (e.g. `"0.2"`) of the [kind] entity with [id]. */
    public fun <E : OpenMetadataEntity> version(kind: EntityKind<E>, id: String, version: String): CompletableFuture<E> = bridge.future { api.version(kind, id, version) }

    /** Creates the entity [request] describes; fails with [OpenMetadataException.Conflict] when it exists already. */
    public fun <E : OpenMetadataEntity> create(request: CreateRequest<E>): CompletableFuture<E> = bridge.future { api.create(request) }

    /** Creates the entity [request] describes, or updates the one of that name. */
    public fun <E : OpenMetadataEntity> createOrUpdate(request: CreateRequest<E>): CompletableFuture<E> = bridge.future { api.createOrUpdate(request) }

    /** Applies [changes] to [entity] and answers the entity as it is now. */
    public fun <E : OpenMetadataEntity> patch(entity: E, changes: JsonPatch): CompletableFuture<E> = bridge.future { api.patch(entity, changes) }

    /** Adds [tags] to [entity] on the server, keeping those it has (read first). */
    public fun <E : OpenMetadataEntity> addTags(entity: E, tags: List<TagLabel>): CompletableFuture<E> = bridge.future { api.addTags(entity, tags) }

    /** Removes the tags with FQNs [tagFqns] from [entity] on the server (its tags read first). */
    public fun <E : OpenMetadataEntity> removeTags(entity: E, tagFqns: List<String>): CompletableFuture<E> = bridge.future { api.removeTags(entity, tagFqns) }

    /** Applies the operations [block] adds to [entity]: `patch(table, p -> p.replace("/description", "Orders"))`. */
    public fun <E : OpenMetadataEntity> patch(entity: E, block: Consumer<JsonPatch.Builder>): CompletableFuture<E> = bridge.future { api.patch(entity) { block.accept(this) } }

    /**
     * Changes [original] on the server into [modified] (an entity of the same class and id), sending only the
     * differences. [modified] is typed as any entity so that a lambda in `patch(table, p -> …)` is never taken for it.
     */
    public fun <E : OpenMetadataEntity> patch(original: E, modified: OpenMetadataEntity): CompletableFuture<E> = bridge.future {
        // EntitiesApi.patch checks that both are of one class, so the cast cannot put a wrong type into the call.
        @Suppress("UNCHECKED_CAST")
        api.patch(original, modified as E)
    }

    /** Sets the description of the [kind] entity with [id], refusing to replace a non-empty one unless [force] (read first). */
    public fun <E : OpenMetadataEntity> patchDescription(kind: EntityKind<E>, id: String, text: String, force: Boolean): CompletableFuture<E> =
        bridge.future { api.patchDescription(kind, id, text, force) }
    public fun <E : OpenMetadataEntity> patchDescription(kind: EntityKind<E>, id: String, text: String): CompletableFuture<E> = patchDescription(kind, id, text, false)

    /** Sets the description of column [columnName] (nested: `address.city`) of the table with [tableId]; a non-empty one only with [force]. */
    public fun patchColumnDescription(tableId: String, columnName: String, text: String, force: Boolean): CompletableFuture<Table> =
        bridge.future { api.patchColumnDescription(tableId, columnName, text, force) }
    public fun patchColumnDescription(tableId: String, columnName: String, text: String): CompletableFuture<Table> = patchColumnDescription(tableId, columnName, text, false)

    /** Adds [tags] to column [columnName] of the table with [tableId], keeping its tags (read first). */
    public fun addColumnTags(tableId: String, columnName: String, tags: List<TagLabel>): CompletableFuture<Table> = bridge.future { api.addColumnTags(tableId, columnName, tags) }

    /** Removes the tags with FQNs [tagFqns] from column [columnName] of the table with [tableId]. */
    public fun removeColumnTags(tableId: String, columnName: String, tagFqns: List<String>): CompletableFuture<Table> =
        bridge.future { api.removeColumnTags(tableId, columnName, tagFqns) }

    /** Makes [owner] (a user or team reference) the owner of [entity], reading its owner first. */
    public fun <E : OpenMetadataEntity> setOwner(entity: E, owner: EntityReference): CompletableFuture<E> = bridge.future { api.setOwner(entity, owner) }

    /** Removes the owner of [entity], reading it first. */
    public fun <E : OpenMetadataEntity> removeOwner(entity: E): CompletableFuture<E> = bridge.future { api.removeOwner(entity) }

    /** Puts [entity] in [domain] (a domain reference), reading its domain first. */
    public fun <E : OpenMetadataEntity> setDomain(entity: E, domain: EntityReference): CompletableFuture<E> = bridge.future { api.setDomain(entity, domain) }

    /** Takes [entity] out of its domain, reading it first. */
    public fun <E : OpenMetadataEntity> removeDomain(entity: E): CompletableFuture<E> = bridge.future { api.removeDomain(entity) }

    /** Adds [constraint] to the table with [tableId], its columns and constraints read and the constraint checked first. */
    public fun addTableConstraint(tableId: String, constraint: TableConstraint): CompletableFuture<Table> = bridge.future { api.addTableConstraint(tableId, constraint) }

    /** Makes [constraints] the constraints of the table with [tableId] (an empty list removes them all). */
    public fun setTableConstraints(tableId: String, constraints: List<TableConstraint>): CompletableFuture<Table> =
        bridge.future { api.setTableConstraints(tableId, constraints) }

    /** Removes the constraints of type [constraintType] on exactly [columns] from the table with [tableId]. */
    public fun removeTableConstraint(tableId: String, constraintType: ConstraintType, columns: List<String>): CompletableFuture<Table> =
        bridge.future { api.removeTableConstraint(tableId, constraintType, columns) }

    /** Restores the soft-deleted [kind] entity with [id] and answers it. */
    public fun <E : OpenMetadataEntity> restore(kind: EntityKind<E>, id: String): CompletableFuture<E> = bridge.future { api.restore(kind, id) }

    /** Deletes the [kind] entity named [fqn]: with [recursive] its children too; for good with [hardDelete]. */
    public fun <E : OpenMetadataEntity> deleteByName(kind: EntityKind<E>, fqn: String, recursive: Boolean, hardDelete: Boolean): CompletableFuture<Void?> =
        bridge.run { api.deleteByName(kind, fqn, recursive, hardDelete) }
    public fun <E : OpenMetadataEntity> deleteByName(kind: EntityKind<E>, fqn: String): CompletableFuture<Void?> = deleteByName(kind, fqn, false, false)

    /** Deletes the [kind] entity with [id]: with [recursive] its children too; for good with [hardDelete]. */
    public fun <E : OpenMetadataEntity> delete(kind: EntityKind<E>, id: String, recursive: Boolean, hardDelete: Boolean): CompletableFuture<Void?> =
        bridge.run { api.delete(kind, id, recursive, hardDelete) }
    public fun <E : OpenMetadataEntity> delete(kind: EntityKind<E>, id: String): CompletableFuture<Void?> = delete(kind, id, false, false)

    /** Deletes [entity]; see the other [delete]. */
    public fun delete(entity: OpenMetadataEntity, recursive: Boolean, hardDelete: Boolean): CompletableFuture<Void?> = bridge.run { api.delete(entity, recursive, hardDelete) }
    public fun delete(entity: OpenMetadataEntity): CompletableFuture<Void?> = delete(entity, false, false)

    /** A reference to [entity], as lineage edges and owners take it. */
    public fun referenceTo(entity: OpenMetadataEntity): EntityReference = api.referenceTo(entity)
}
