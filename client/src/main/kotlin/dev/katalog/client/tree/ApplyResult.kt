package dev.katalog.client.tree

import dev.katalog.client.batch.BatchFailure

/** What an apply did: the plan it carried out, how many assets were created, updated and deleted, and any failures. */
public class ApplyResult internal constructor(
    public val plan: TreePlan,
    public val created: Long,
    public val updated: Long,
    public val deleted: Long,
    public val failures: List<BatchFailure>,
) {
    /** True when every planned change was made. */
    public val succeeded: Boolean get() = failures.isEmpty()

    override fun toString(): String = "ApplyResult(created=$created, updated=$updated, deleted=$deleted, failures=${failures.size})"
}
