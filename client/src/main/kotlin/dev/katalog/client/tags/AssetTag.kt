package dev.katalog.client.tags

import dev.katalog.model.atlan.asset.TagPropagation

/**
 * An Atlan tag as an asset carries it: [name] (display name) and [id] (hashed name), whether it was put on the
 * asset itself ([direct]) or propagated from [sourceGuid], and how it spreads.
 */
public data class AssetTag(
    val name: String,
    val id: String,
    val direct: Boolean,
    val sourceGuid: String?,
    val propagation: TagPropagation,
)
