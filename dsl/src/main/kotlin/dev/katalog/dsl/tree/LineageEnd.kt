package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Catalog
import kotlinx.serialization.json.JsonPrimitive

/**
 * One asset a process of a tree reads or writes: an asset of the tree, by its [path][InTree] or its [node][OfNode],
 * or an asset the catalog already has ([InCatalog]). Ends in the tree are applied before the processes that link them.
 */
public sealed class LineageEnd {
    /**
     * The asset of the tree at [path]: the connection's name followed by the names of the database, schema, table or
     * view, and column, e.g. `analytics/SALES/PUBLIC/ORDERS` or `analytics/SALES/PUBLIC/ORDERS/ID`.
     */
    public data class InTree(val path: String) : LineageEnd() {
        override fun toString(): String = "\"$path\""
    }

    /** The node [node] of the tree itself (the one the tree holds, not a copy of it). */
    public class OfNode(public val node: AssetNode) : LineageEnd() {
        override fun toString(): String = node.toString()
    }

    /** An asset outside the tree, which the catalog must have when the tree is planned: `Table.refByQualifiedName("…")`. */
    public class InCatalog(public val asset: Catalog) : LineageEnd() {
        /** The asset's qualifiedName, or null when it is referred to by GUID. */
        public val qualifiedName: String? get() = (asset.attributes["qualifiedName"] as? JsonPrimitive)?.content

        override fun toString(): String = "${asset.typeName} ${qualifiedName ?: asset.guid}"
    }

    public companion object {
        /** The asset of the tree at [path] (`connection/database/schema/table[/column]`). */
        @JvmStatic public fun path(path: String): LineageEnd = InTree(path)

        /** The node [node] of the tree. */
        @JvmStatic public fun node(node: AssetNode): LineageEnd = OfNode(node)

        /** An asset the catalog already has, e.g. `Table.refByQualifiedName("…")`. */
        @JvmStatic public fun asset(asset: Catalog): LineageEnd = InCatalog(asset)
    }
}
