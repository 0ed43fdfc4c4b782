package dev.katalog.dsl.openmetadata

import dev.katalog.model.openmetadata.CreateRequest

/**
 * One entity of a tree compiled for OpenMetadata: where it is in the tree ([path]), how deep ([depth], parents
 * are shallower), its [fullyQualifiedName] and the [request] that creates or updates it. [defaulted] names the
 * request's fields the compiler filled in because OpenMetadata requires them (a glossary's empty description), not
 * the tree: a plan compares them only when it creates the entity, so a description written on the server survives.
 */
public class OpenMetadataTreeItem internal constructor(
    public val path: String,
    public val depth: Int,
    public val fullyQualifiedName: String,
    public val request: CreateRequest<*>,
    public val defaulted: Set<String> = emptySet(),
) {
    override fun toString(): String = "${request::class.simpleName} $fullyQualifiedName"
}
