package dev.katalog.client.tree

import dev.katalog.dsl.tree.CompiledAsset
import dev.katalog.model.atlan.asset.Asset
import kotlinx.serialization.json.JsonElement

/**
 * One asset a plan creates or updates: where it is in the tree, the asset to send, and for an update
 * each changed attribute with its current and its planned value; for a process, the lineage edges it adds and removes.
 */
public class PlannedChange internal constructor(
    public val compiled: CompiledAsset,
    public val asset: Asset,
    public val changes: Map<String, Pair<JsonElement?, JsonElement?>>,
    /** For a process or column process, the edges the plan adds and removes; null for other assets. */
    public val lineage: LineageChanges? = null,
    /** The terms and README written once the assets are saved (they need the asset's GUID); null when there are none. */
    internal val curation: TreeCuration.Writes? = null,
) {
    public val path: String get() = compiled.path
    public val typeName: String get() = asset.typeName
    override fun toString(): String = "$typeName $path"
}
