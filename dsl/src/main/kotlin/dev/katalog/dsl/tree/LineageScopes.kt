package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Catalog
import dev.katalog.model.atlan.asset.ColumnProcess
import dev.katalog.model.atlan.asset.Process

/** A process or column process: what it reads and writes, as paths of the tree, nodes of the tree or assets of the catalog. */
public abstract class LineageScope<S : LineageScope<S>> internal constructor(kind: NodeKind, name: String) : NodeScope<S>(kind, name) {
    private val reading = ArrayList<LineageEnd>()
    private val writing = ArrayList<LineageEnd>()

    /** Reads the assets of the tree at [paths]: `reads("analytics/SALES/PUBLIC/ORDERS")` (columns add their name). */
    public fun reads(vararg paths: String): S = self().also { paths.mapTo(reading) { LineageEnd.InTree(it) } }

    /** Reads [nodes] of the tree, as `table(…)` and `column(…)` returned them. */
    public fun reads(vararg nodes: AssetNode): S = self().also { nodes.mapTo(reading) { LineageEnd.OfNode(it) } }

    /** Reads [assets] the catalog already has: `reads(Table.refByQualifiedName("…"))`. */
    public fun reads(vararg assets: Catalog): S = self().also { assets.mapTo(reading) { LineageEnd.InCatalog(it) } }

    /** Writes the assets of the tree at [paths]. */
    public fun writes(vararg paths: String): S = self().also { paths.mapTo(writing) { LineageEnd.InTree(it) } }

    /** Writes [nodes] of the tree. */
    public fun writes(vararg nodes: AssetNode): S = self().also { nodes.mapTo(writing) { LineageEnd.OfNode(it) } }

    /** Writes [assets] the catalog already has. */
    public fun writes(vararg assets: Catalog): S = self().also { assets.mapTo(writing) { LineageEnd.InCatalog(it) } }

    override fun node(): AssetNode = super.node().copy(inputs = reading.toList(), outputs = writing.toList())
}

/** A process: what it reads and writes, its column-level processes, and every setter of [Process] (`sql`, `code`…). */
public class ProcessScope internal constructor(name: String) : LineageScope<ProcessScope>(NodeKind.PROCESS, name), Process.Setters<ProcessScope> {
    override fun self(): ProcessScope = this

    /** A column-level process named [name] of this process: from the columns it reads to the columns it writes. */
    public fun columnProcess(name: String, block: ColumnProcessScope.() -> Unit) { children += ColumnProcessScope(name).apply(block).node() }
}

/** A column-level process: the columns it reads and writes, and every setter of [ColumnProcess]. */
public class ColumnProcessScope internal constructor(name: String) :
    LineageScope<ColumnProcessScope>(NodeKind.COLUMN_PROCESS, name), ColumnProcess.Setters<ColumnProcessScope> {
    override fun self(): ColumnProcessScope = this
}
