package dev.katalog.client.openmetadata.tree

import dev.katalog.dsl.tree.CatalogTree

/**
 * Asset trees as code on OpenMetadata (`om.trees`): what applying a `catalog { … }` tree would change, and making
 * the server match it. Each entity of the tree (see `compileForOpenMetadata`) is compared by its fully qualified
 * name. With prune, the lineage edges between the tree's entities that it no longer declares are deleted too (as Atlan
 * trees prune what they no longer have); entities are never deleted. Java uses [TreesApiFutures].
 */
public class TreesApi internal constructor(private val planner: OpenMetadataTreePlanner) {

    /** What applying [tree] would change on the server (with [prune], also the lineage edges it would delete). Sends nothing but reads. */
    public suspend fun plan(tree: CatalogTree, prune: Boolean = false): OpenMetadataTreePlan = planner.plan(tree, prune)

    /**
     * Makes the server match [tree], level by level, parents first: creates with PUT, updates with a JSON Patch of
     * the fields that differ (OpenMetadata's PUT merges tags and keeps descriptions from bots), then puts the lineage edges
     * and, with [prune], deletes the edges between the tree's entities it no longer declares. Applying twice changes nothing.
     */
    public suspend fun apply(tree: CatalogTree, prune: Boolean = false): OpenMetadataApplyResult = planner.apply(planner.plan(tree, prune))

    /** Carries out [plan] as it was made, so what was shown is what is done. */
    public suspend fun apply(plan: OpenMetadataTreePlan): OpenMetadataApplyResult = planner.apply(plan)

    override fun toString(): String = "TreesApi"
}
