package dev.katalog.dsl.tree

import java.util.IdentityHashMap

/**
 * Where the ends of a tree's processes are: each asset under a connection by its lineage path (the connection's name
 * and the names below it, columns by name: `analytics/SALES/PUBLIC/ORDERS/ID`) and by its node, mapped to its tree
 * path; and every process of the tree with its own path.
 */
internal class LineageEnds private constructor(roots: List<AssetNode>) {
    private val byLineagePath = HashMap<String, String>()
    private val byNode = IdentityHashMap<AssetNode, String>()

    /** Each process and column process of the tree with its tree path, processes before their column processes. */
    val processes = ArrayList<Pair<AssetNode, String>>()

    /** Each pipeline, dashboard and data model of the tree (OpenMetadata) with its tree path: what else declares lineage. */
    val linking = ArrayList<Pair<AssetNode, String>>()

    init {
        for ((root, path) in roots.zip(TreeValidator.pathsOf(roots, ""))) {
            if (root.kind == NodeKind.CONNECTION) walk(root, path, root.name)
            if (root.kind == NodeKind.DASHBOARD_SERVICE || root.kind == NodeKind.PIPELINE_SERVICE) walkServices(root, path, root.name)
        }
    }

    // A data model is an end too (a dashboard reads it); pipelines and dashboards only declare.
    private fun walkServices(node: AssetNode, treePath: String, lineagePath: String) {
        for ((child, childPath) in node.children.zip(TreeValidator.pathsOf(node.children, treePath))) {
            if (child.kind.linksLineage) linking += child to childPath
            if (child.kind == NodeKind.DATA_MODEL) {
                byLineagePath.putIfAbsent("$lineagePath/${child.name}", childPath)
                byNode[child] = childPath
            }
            walkServices(child, childPath, "$lineagePath/${child.name}")
        }
    }

    private fun walk(node: AssetNode, treePath: String, lineagePath: String) {
        for ((child, childPath) in node.children.zip(TreeValidator.pathsOf(node.children, treePath))) {
            if (child.kind.isProcess) {
                processes += child to childPath
                walk(child, childPath, "$lineagePath/${child.name}")
                continue
            }
            val childLineagePath = "$lineagePath/${child.name}"
            byLineagePath.putIfAbsent(childLineagePath, childPath)
            byNode[child] = childPath
            walk(child, childPath, childLineagePath)
        }
    }

    /** The tree path of [end] when it is an asset of the tree, or null (an end in the catalog, or one the tree lacks). */
    fun treePathOf(end: LineageEnd): String? = when (end) {
        is LineageEnd.InTree -> byLineagePath[end.path.trim('/')]
        is LineageEnd.OfNode -> byNode[end.node]
        is LineageEnd.InCatalog -> null
    }

    companion object {
        fun of(roots: List<AssetNode>): LineageEnds = LineageEnds(roots)
    }
}
