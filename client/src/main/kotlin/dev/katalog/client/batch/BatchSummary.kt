package dev.katalog.client.batch

/**
 * What a batch did: counts of assets created, updated (restored ones included), restored and failed;
 * their GUIDs when [BatchOptions.collectGuids]; every failure with its assets; and, also when collecting GUIDs,
 * the real GUID of every placeholder sent.
 */
public class BatchSummary internal constructor(
    public val createdCount: Long,
    public val updatedCount: Long,
    public val restoredCount: Long,
    public val failedCount: Long,
    public val created: List<String>,
    public val updated: List<String>,
    public val restored: List<String>,
    public val failures: List<BatchFailure>,
    public val guidAssignments: Map<String, String>,
) {
    /** True when nothing failed. */
    public val succeeded: Boolean get() = failedCount == 0L

    override fun toString(): String =
        "BatchSummary(created=$createdCount, updated=$updatedCount, restored=$restoredCount, failed=$failedCount)"
}
