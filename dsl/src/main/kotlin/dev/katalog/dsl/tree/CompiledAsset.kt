package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Asset

/** One asset a tree compiled to, with the node and path it came from and its depth (0 for connections, glossaries and top-level domains). */
public data class CompiledAsset(val path: String, val node: AssetNode, val asset: Asset, val depth: Int)
