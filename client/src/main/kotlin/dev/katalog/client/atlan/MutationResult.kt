package dev.katalog.client.atlan

import dev.katalog.model.atlan.api.MutationResponse
import dev.katalog.model.atlan.asset.Asset

/** What a save or delete changed: the assets created, updated and deleted, and the real GUID of each placeholder sent. */
public class MutationResult internal constructor(public val response: MutationResponse) {
    public val created: List<Asset> get() = response.mutatedEntities?.created.orEmpty()
    public val updated: List<Asset> get() = response.mutatedEntities?.updated.orEmpty() + response.mutatedEntities?.partiallyUpdated.orEmpty()
    public val deleted: List<Asset> get() = response.mutatedEntities?.deleted.orEmpty() + response.mutatedEntities?.purged.orEmpty()
    public val guidAssignments: Map<String, String> get() = response.guidAssignments.orEmpty()

    /** The real GUID given to the asset sent with [placeholder], or null. */
    public fun assignedGuid(placeholder: String): String? = guidAssignments[placeholder]

    override fun toString(): String = "MutationResult(created=${created.size}, updated=${updated.size}, deleted=${deleted.size})"
}
