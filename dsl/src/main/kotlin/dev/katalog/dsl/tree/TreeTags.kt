package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.TagPropagation

/**
 * The Atlan tags a tree gives an asset of its own: exactly [names] (display names), each spreading as [propagation]
 * says. A plan adds the missing ones, removes the others the asset carries itself, and changes the options of those
 * that differ; tags propagated to the asset from elsewhere are not its own and are left alone.
 */
public data class TreeTags(val names: List<String>, val propagation: TagPropagation)
