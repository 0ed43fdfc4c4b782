package dev.katalog.client.tree

import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.core.JavaBridge
import dev.katalog.dsl.tree.CatalogTree
import java.util.concurrent.CompletableFuture

/** [TreesApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException`. */
public class TreesApiFutures internal constructor(private val api: TreesApi, private val bridge: JavaBridge) {
    /** What applying [tree] (with [prune]) would change. */
    public fun plan(tree: CatalogTree, prune: Boolean): CompletableFuture<TreePlan> = bridge.future { api.plan(tree, prune) }
    public fun plan(tree: CatalogTree): CompletableFuture<TreePlan> = plan(tree, false)

    /** Makes the catalog match [tree], with [prune] and batch [options]. */
    public fun apply(tree: CatalogTree, prune: Boolean, options: BatchOptions): CompletableFuture<ApplyResult> = bridge.future { api.apply(tree, prune, options) }
    public fun apply(tree: CatalogTree): CompletableFuture<ApplyResult> = apply(tree, false, BatchOptions.DEFAULT)

    /** Carries out [plan] as it was made. */
    public fun apply(plan: TreePlan, options: BatchOptions): CompletableFuture<ApplyResult> = bridge.future { api.apply(plan, options) }
    public fun apply(plan: TreePlan): CompletableFuture<ApplyResult> = apply(plan, BatchOptions.DEFAULT)
}
