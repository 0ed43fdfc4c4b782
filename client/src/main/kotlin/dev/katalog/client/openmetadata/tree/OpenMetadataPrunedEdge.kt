package dev.katalog.client.openmetadata.tree

/**
 * A lineage edge the server has between two entities of a tree that the tree no longer declares: an apply with
 * prune deletes it. [fromFqn] and [toFqn] are its ends, of the entity types [fromType] and [toType].
 */
public class OpenMetadataPrunedEdge internal constructor(
    public val fromType: String,
    public val fromFqn: String,
    public val toType: String,
    public val toFqn: String,
    internal val fromId: String,
    internal val toId: String,
) {
    override fun toString(): String = "$fromFqn → $toFqn"
}
