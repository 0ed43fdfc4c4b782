package dev.katalog.client.tree

import dev.katalog.dsl.tree.CompiledAsset
import dev.katalog.model.atlan.asset.Asset

/**
 * The difference between a tree and the catalog: what to [creates], what to [updates] (with the
 * changed attributes), what is [unchanged], and with `prune` what the catalog has under the tree's
 * connections, glossaries and top-level domains that the tree no longer has ([deletes]). An empty plan changes nothing.
 */
public class TreePlan internal constructor(
    /** Each connection of the tree and the qualifiedName it binds to (existing or new). */
    public val connections: Map<String, String>,
    public val creates: List<PlannedChange>,
    public val updates: List<PlannedChange>,
    public val unchanged: List<CompiledAsset>,
    public val deletes: List<Asset>,
    /** Placeholder GUIDs of the tree that stand for assets the catalog already has, with their real GUIDs. */
    internal val matched: Map<String, String>,
) {
    /** True when applying would change nothing. */
    public val isEmpty: Boolean get() = creates.isEmpty() && updates.isEmpty() && deletes.isEmpty()

    /** The plan as a readable diff: `+` creates, `~` updates with old → new values and lineage edges added and removed, `-` deletes. */
    public fun render(): String = buildString {
        for (c in creates) {
            append("+ ").append(c.typeName).append(' ').append(c.path).append('\n')
            c.lineage?.lines()?.forEach { append("    ").append(it).append('\n') }
        }
        for (u in updates) {
            append("~ ").append(u.typeName).append(' ').append(u.path).append('\n')
            for ((attribute, values) in u.changes) append("    ").append(attribute).append(": ").append(values.first ?: "(none)").append(" → ").append(values.second).append('\n')
            u.lineage?.lines()?.forEach { append("    ").append(it).append('\n') }
        }
        for (d in deletes) append("- ").append(d.typeName).append(' ').append(d.qualifiedName).append('\n')
        append("Plan: ${creates.size} to create, ${updates.size} to update, ${deletes.size} to delete, ${unchanged.size} unchanged.")
    }

    override fun toString(): String = "TreePlan(create=${creates.size}, update=${updates.size}, delete=${deletes.size}, unchanged=${unchanged.size})"
}
