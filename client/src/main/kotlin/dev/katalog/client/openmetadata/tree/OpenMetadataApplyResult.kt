package dev.katalog.client.openmetadata.tree

import dev.katalog.client.openmetadata.calls.OpenMetadataException

/** What an apply did: the plan it carried out, how many entities were created and updated, and what failed (by tree path). */
public class OpenMetadataApplyResult internal constructor(
    public val plan: OpenMetadataTreePlan,
    public val created: Int,
    public val updated: Int,
    /** Each failed entity's tree path and why; the children of a failed entity are not attempted and are listed too ([OpenMetadataException.NotAttempted]). */
    public val failures: Map<String, OpenMetadataException>,
    /** How many lineage edges were put. */
    public val lineageEdges: Int = 0,
    /** How many lineage edges were deleted (with prune). */
    public val lineageEdgesDeleted: Int = 0,
) {
    /** True when every planned change was made. */
    public val succeeded: Boolean get() = failures.isEmpty()

    override fun toString(): String = "OpenMetadataApplyResult(created=$created, updated=$updated, lineageEdges=$lineageEdges, lineageEdgesDeleted=$lineageEdgesDeleted, failures=${failures.size})"
}
