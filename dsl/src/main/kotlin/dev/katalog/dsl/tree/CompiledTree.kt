package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Asset

/**
 * The entities a tree compiles to, parents before children: [levels] holds the assets of each depth
 * (connections and glossaries first), so each level can be saved in concurrent batches once the one
 * before it is saved. New assets carry placeholder GUIDs that later levels refer to.
 */
public class CompiledTree internal constructor(public val assets: List<CompiledAsset>) {
    /** The assets, grouped by depth. */
    public val levels: List<List<CompiledAsset>> get() = assets.groupBy { it.depth }.toSortedMap().values.toList()

    /** The entities, parents before children. */
    public val entities: List<Asset> get() = assets.map { it.asset }

    /** The compiled asset at [path], or null. */
    public fun at(path: String): CompiledAsset? = assets.firstOrNull { it.path == path }
}
