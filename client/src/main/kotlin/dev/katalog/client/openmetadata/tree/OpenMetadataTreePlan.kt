package dev.katalog.client.openmetadata.tree

import dev.katalog.dsl.openmetadata.OpenMetadataTreeItem
import dev.katalog.dsl.tree.TreeProblem

/**
 * The difference between a tree and an OpenMetadata server: what to [creates], what to [updates] (with the changed
 * fields), what is [unchanged], and the tree's settings OpenMetadata has no field for ([ignored]). An empty plan
 * changes nothing. Unlike Atlan plans, OpenMetadata plans do not prune.
 */
public class OpenMetadataTreePlan internal constructor(
    public val creates: List<OpenMetadataPlannedChange>,
    public val updates: List<OpenMetadataPlannedChange>,
    public val unchanged: List<OpenMetadataTreeItem>,
    public val ignored: List<TreeProblem>,
) {
    /** True when applying would change nothing. */
    public val isEmpty: Boolean get() = creates.isEmpty() && updates.isEmpty()

    /** The plan as a readable diff: `+` creates, `~` updates with old → new values, `!` settings not sent. */
    public fun render(): String = buildString {
        for (c in creates) append("+ ").append(c.kind.type).append(' ').append(c.fullyQualifiedName).append('\n')
        for (u in updates) {
            append("~ ").append(u.kind.type).append(' ').append(u.fullyQualifiedName).append('\n')
            for ((field, values) in u.changes) append("    ").append(field).append(": ").append(values.first ?: "(none)").append(" → ").append(values.second ?: "(none)").append('\n')
        }
        for (i in ignored) append("! ").append(i.path).append(": ").append(i.problem).append('\n')
        append("Plan: ${creates.size} to create, ${updates.size} to update, ${unchanged.size} unchanged.")
    }

    override fun toString(): String = "OpenMetadataTreePlan(create=${creates.size}, update=${updates.size}, unchanged=${unchanged.size})"
}
