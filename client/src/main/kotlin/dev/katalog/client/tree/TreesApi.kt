package dev.katalog.client.tree

import dev.katalog.client.batch.BatchOptions
import dev.katalog.dsl.tree.CatalogTree

/**
 * Asset trees as code (`client.trees`): what applying a `catalog { … }` tree would change, and making the
 * catalog match it. Java uses [TreesApiFutures].
 */
public class TreesApi internal constructor(private val planner: TreePlanner) {

    /** What applying [tree] would change (with [prune], also what it would delete). Sends nothing but searches. */
    public suspend fun plan(tree: CatalogTree, prune: Boolean = false): TreePlan = planner.plan(tree, prune)

    /**
     * Makes the catalog match [tree]: creates and updates level by level (parents first, each level in
     * concurrent batches), and with [prune] archives what the tree no longer has. Applying twice changes nothing.
     */
    public suspend fun apply(tree: CatalogTree, prune: Boolean = false, options: BatchOptions = BatchOptions.DEFAULT): ApplyResult =
        planner.apply(planner.plan(tree, prune), options)

    /**
     * Carries out [plan] as it was made (the connections it bound, the changes it listed), so what was
     * shown is what is done; a plan is meant to be applied once, soon after it was made.
     */
    public suspend fun apply(plan: TreePlan, options: BatchOptions = BatchOptions.DEFAULT): ApplyResult = planner.apply(plan, options)

    override fun toString(): String = "TreesApi"
}
