package dev.katalog.local.openmetadata

import dev.katalog.model.openmetadata.kinds.EntityKind as SharedEntityKind

/**
 * A reference from a create request to its parent, given by FQN in [createField] (or, [byReference], as an
 * `EntityReference` there, as a container's parent is) and kept on the entity as an `EntityReference` in
 * [entityField]; [type] is the parent's entity type.
 */
internal class ParentLink(val createField: String, val type: String, val entityField: String = createField, val byReference: Boolean = false)

/**
 * Named parts nested in an entity that the server gives FQNs under the entity's own (a topic's schema fields, a
 * search index's fields, a container's data model columns, a model's features): the array [array], inside the
 * object [holder] when there is one. Their `children` are named under them.
 */
internal class NestedFields(val holder: String?, val array: String)

/** How a create request field that names other entities ([by] id, name or FQN) becomes references on the entity. */
internal class LinkField(val field: String, val type: String, val by: By, val many: Boolean = true) {
    /** [REFERENCE]: each element is an `EntityReference` naming its own type and id ([type] is then unused). */
    enum class By { ID, NAME, FQN, REFERENCE }
}

/**
 * One OpenMetadata entity kind as the local catalog serves it: the [shared] facts every side knows (its [type] as in
 * `EntityReference.type`, API [path] under `/api/v1`, create and entity schemas, search index), and what only a server
 * needs: parents (the first one present in a request is the FQN parent), the fields copied from the FQN parent, and
 * the fields a `GET` returns only when `fields=` asks for them.
 */
internal class EntityKind(
    val shared: SharedEntityKind<*>,
    val parents: List<ParentLink> = emptyList(),
    /** Whether an entity may have none of its [parents] (a top-level domain): then its FQN is its name alone. */
    val parentOptional: Boolean = false,
    /** A name part between the FQN parent's FQN and the entity's name (`model` in `looker.model.Orders`), if any. */
    val fqnInfix: String? = null,
    val inherited: List<String> = emptyList(),
    val links: List<LinkField> = emptyList(),
    /** Fields holding lists of `EntityReference`s (`{id, type}`) that must name live entities; stored as full references. */
    val referenceLists: Set<String> = emptySet(),
    val nestedFqns: List<NestedFields> = emptyList(),
    /** Create fields naming things this catalog does not hold (domains, roles…): refused rather than dropped. */
    val unsupported: Set<String> = emptySet(),
    /** Create fields that are not part of the entity (passwords): accepted and never stored. */
    val transient: Set<String> = emptySet(),
    optional: Set<String> = emptySet(),
    /** List filters (`?database=svc.db`): query parameter → the reference field it matches by FQN or id. */
    val listFilters: Map<String, String> = emptyMap(),
) {
    val type: String get() = shared.type
    val path: String get() = shared.path
    val createSchema: String get() = shared.createSchema
    val entitySchema: String get() = shared.entitySchema
    val searchIndex: String get() = shared.searchIndex

    val optionalFields: Set<String> = COMMON_OPTIONAL + optional

    /** The entity schema's property names, the only names `fields=` may ask for. */
    val properties: Set<String> by lazy { SchemaProperties.of(entitySchema) }

    /** The entity fields a create request sets (its parents by their entity field): what a PUT replaces. */
    val createFields: Set<String> by lazy {
        SchemaProperties.of(createSchema) - parents.map { it.createField }.toSet() + parents.map { it.entityField }
    }

    /** Whether the entity has a `deleted` flag; a kind without one (a domain, a data product, a query) is only ever hard-deleted. */
    val softDeletable: Boolean by lazy { "deleted" in properties }

    /** The entity schema's required properties, returned whatever `fields=` says. */
    val required: Set<String> by lazy { SchemaProperties.requiredOf(entitySchema) }

    private companion object {
        val COMMON_OPTIONAL = setOf(
            "owner", "tags", "followers", "votes", "extension", "domain", "dataProducts", "usageSummary", "lifeCycle",
        )
    }
}
