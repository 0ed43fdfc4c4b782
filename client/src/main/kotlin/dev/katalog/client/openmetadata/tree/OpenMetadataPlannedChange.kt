package dev.katalog.client.openmetadata.tree

import dev.katalog.client.openmetadata.entities.JsonPatch
import dev.katalog.client.openmetadata.entities.of
import dev.katalog.dsl.openmetadata.OpenMetadataTreeItem
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.kinds.EntityKinds
import kotlinx.serialization.json.JsonElement

/**
 * One entity a plan creates or updates: its tree item (path, FQN, request) and, for an update, each changed field
 * with its current and planned value, and the JSON Patch that an apply sends for it.
 */
public class OpenMetadataPlannedChange internal constructor(
    public val item: OpenMetadataTreeItem,
    public val changes: Map<String, Pair<JsonElement?, JsonElement?>>,
    internal val entity: OpenMetadataEntity? = null,
    /** For an update, the operations an apply sends (`PATCH`); null for a create, which is a `PUT` of the request. */
    public val patch: JsonPatch? = null,
) {
    public val fullyQualifiedName: String get() = item.fullyQualifiedName
    public val kind: EntityKind<*> get() = EntityKinds.of(item.request)

    override fun toString(): String = "${kind.type} $fullyQualifiedName"
}
