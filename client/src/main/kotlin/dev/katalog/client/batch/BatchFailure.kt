package dev.katalog.client.batch

import dev.katalog.client.atlan.AtlanException
import dev.katalog.model.atlan.asset.Asset

/** A call of a batch that failed after all retries (or assets an update-only batch could not find): the assets, and why. */
public class BatchFailure(public val assets: List<Asset>, public val error: AtlanException) {
    override fun toString(): String = "BatchFailure(${assets.size} assets, ${error.message})"
}
