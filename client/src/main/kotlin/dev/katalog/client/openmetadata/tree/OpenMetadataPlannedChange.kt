package dev.katalog.client.openmetadata.tree

import dev.katalog.client.openmetadata.entities.of
import dev.katalog.dsl.openmetadata.OpenMetadataTreeItem
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.kinds.EntityKinds
import kotlinx.serialization.json.JsonElement

/** One entity a plan creates or updates: its tree item (path, FQN, request) and, for an update, each changed field with its current and planned value. */
public class OpenMetadataPlannedChange internal constructor(
    public val item: OpenMetadataTreeItem,
    public val changes: Map<String, Pair<JsonElement?, JsonElement?>>,
) {
    public val fullyQualifiedName: String get() = item.fullyQualifiedName
    public val kind: EntityKind<*> get() = EntityKinds.of(item.request)

    override fun toString(): String = "${kind.type} $fullyQualifiedName"
}
