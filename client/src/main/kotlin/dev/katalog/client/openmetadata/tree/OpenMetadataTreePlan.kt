package dev.katalog.client.openmetadata.tree

import dev.katalog.dsl.openmetadata.OpenMetadataLineageEdge
import dev.katalog.dsl.openmetadata.OpenMetadataTreeItem
import dev.katalog.dsl.tree.TreeProblem

/**
 * The difference between a tree and an OpenMetadata server: what to [creates], what to [updates] (with the changed
 * fields), what is [unchanged], the lineage edges of the tree's processes the server lacks or has with other details
 * ([lineage]), and the tree's settings OpenMetadata has no field for ([ignored]). An empty plan changes nothing.
 * With prune, [prunedEdges] are the lineage edges between entities of the tree that it no longer declares; entities
 * are not pruned.
 */
public class OpenMetadataTreePlan internal constructor(
    public val creates: List<OpenMetadataPlannedChange>,
    public val updates: List<OpenMetadataPlannedChange>,
    public val unchanged: List<OpenMetadataTreeItem>,
    public val ignored: List<TreeProblem>,
    /** The lineage edges to put (new, or with changed details), after the entities. */
    public val lineage: List<OpenMetadataLineageEdge> = emptyList(),
    /** With prune: the lineage edges to delete, after the edges are put. */
    public val prunedEdges: List<OpenMetadataPrunedEdge> = emptyList(),
) {
    /** True when applying would change nothing. */
    public val isEmpty: Boolean get() = creates.isEmpty() && updates.isEmpty() && lineage.isEmpty() && prunedEdges.isEmpty()

    /** The plan as a readable diff: `+` creates, `~` updates with old → new values, `!` settings not sent. */
    public fun render(): String = buildString {
        for (c in creates) append("+ ").append(c.kind.type).append(' ').append(c.fullyQualifiedName).append('\n')
        for (u in updates) {
            append("~ ").append(u.kind.type).append(' ').append(u.fullyQualifiedName).append('\n')
            for ((field, values) in u.changes) append("    ").append(field).append(": ").append(values.first ?: "(none)").append(" → ").append(values.second ?: "(none)").append('\n')
        }
        for (e in lineage) append("+ lineage ").append(e.fromTable).append(" → ").append(e.toTable).append(" (").append(e.path).append(")\n")
        for (e in prunedEdges) append("- lineage ").append(e.fromFqn).append(" → ").append(e.toFqn).append('\n')
        for (i in ignored) append("! ").append(i.path).append(": ").append(i.problem).append('\n')
        append("Plan: ${creates.size} to create, ${updates.size} to update, ${unchanged.size} unchanged")
        if (lineage.isNotEmpty()) append(", ${lineage.size} lineage edge${if (lineage.size == 1) "" else "s"} to put")
        if (prunedEdges.isNotEmpty()) append(", ${prunedEdges.size} lineage edge${if (prunedEdges.size == 1) "" else "s"} to delete")
        append('.')
    }

    override fun toString(): String = "OpenMetadataTreePlan(create=${creates.size}, update=${updates.size}, unchanged=${unchanged.size})"
}
