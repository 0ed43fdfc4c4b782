package dev.katalog.client.openmetadata.tree

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.dsl.tree.CatalogTree
import java.util.concurrent.CompletableFuture

/** [TreesApi] for Java: each call returns a [CompletableFuture] that fails with an [OpenMetadataException]. */
public class TreesApiFutures internal constructor(private val api: TreesApi, private val bridge: JavaBridge) {
    /** What applying [tree] would change. */
    public fun plan(tree: CatalogTree): CompletableFuture<OpenMetadataTreePlan> = plan(tree, false)

    /** What applying [tree] would change, with [prune] also the lineage edges it would delete. */
    public fun plan(tree: CatalogTree, prune: Boolean): CompletableFuture<OpenMetadataTreePlan> = bridge.future { api.plan(tree, prune) }

    /** Makes the server match [tree]. */
    public fun apply(tree: CatalogTree): CompletableFuture<OpenMetadataApplyResult> = apply(tree, false)

    /** Makes the server match [tree], with [prune] deleting the lineage edges between its entities it no longer declares. */
    public fun apply(tree: CatalogTree, prune: Boolean): CompletableFuture<OpenMetadataApplyResult> = bridge.future { api.apply(tree, prune) }

    /** Carries out [plan] as it was made. */
    public fun apply(plan: OpenMetadataTreePlan): CompletableFuture<OpenMetadataApplyResult> = bridge.future { api.apply(plan) }
}
