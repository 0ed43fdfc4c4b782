package dev.katalog.client.openmetadata.tree

import dev.katalog.dsl.tree.CatalogTree

/**
 * Asset trees as code on OpenMetadata (`om.trees`): what applying a `catalog { … }` tree would change, and making
 * the server match it. Each entity of the tree (see `compileForOpenMetadata`) is compared by its fully qualified
 * name. Unlike Atlan's, these plans do not prune. Java uses [TreesApiFutures].
 */
public class TreesApi internal constructor(private val planner: OpenMetadataTreePlanner) {

    /** What applying [tree] would change on the server. Sends nothing but reads. */
    public suspend fun plan(tree: CatalogTree): OpenMetadataTreePlan = planner.plan(tree)

    /**
     * Makes the server match [tree], level by level, parents first: creates with PUT, updates with a JSON Patch of
     * the fields that differ (OpenMetadata's PUT merges tags and keeps descriptions from bots). Applying twice changes nothing.
     */
    public suspend fun apply(tree: CatalogTree): OpenMetadataApplyResult = planner.apply(planner.plan(tree))

    /** Carries out [plan] as it was made, so what was shown is what is done. */
    public suspend fun apply(plan: OpenMetadataTreePlan): OpenMetadataApplyResult = planner.apply(plan)

    override fun toString(): String = "TreesApi"
}
