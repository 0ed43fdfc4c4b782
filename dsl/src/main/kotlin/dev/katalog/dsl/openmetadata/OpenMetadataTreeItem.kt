package dev.katalog.dsl.openmetadata

import dev.katalog.model.openmetadata.CreateRequest

/**
 * One entity of a tree compiled for OpenMetadata: where it is in the tree ([path]), how deep ([depth], parents
 * are shallower), its [fullyQualifiedName] and the [request] that creates or updates it.
 */
public class OpenMetadataTreeItem internal constructor(
    public val path: String,
    public val depth: Int,
    public val fullyQualifiedName: String,
    public val request: CreateRequest<*>,
) {
    override fun toString(): String = "${request::class.simpleName} $fullyQualifiedName"
}
