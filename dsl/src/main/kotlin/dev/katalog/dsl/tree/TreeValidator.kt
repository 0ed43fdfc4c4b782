package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.DataProductSelection
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonPrimitive

/** Finds every problem of a tree before anything is sent, each with its path. */
internal object TreeValidator {
    private val adminAttributes = listOf("adminUsers", "adminGroups", "adminRoles")

    /** The problems of [roots]; with [atlanRules] also Atlan's own (connection admins, no `/` in qualifiedName parts). */
    fun problems(roots: List<AssetNode>, atlanRules: Boolean = true): List<TreeProblem> {
        val problems = ArrayList<TreeProblem>()
        checkSiblings(roots, parentPath = "", parent = null, problems, atlanRules)
        problems += LineageValidator.problems(roots)
        return problems
    }

    private fun checkSiblings(nodes: List<AssetNode>, parentPath: String, parent: AssetNode?, problems: MutableList<TreeProblem>, atlanRules: Boolean) {
        val paths = pathsOf(nodes, parentPath)
        val seen = HashMap<Pair<Boolean, String>, AssetNode>()
        for ((node, path) in nodes.zip(paths)) {
            fun report(problem: String) { problems += TreeProblem(path, problem) }
            when {
                parent == null && !node.kind.isRoot -> report(
                    if (node.kind == NodeKind.TERM || node.kind == NodeKind.CATEGORY) "a ${node.kind.label} must be inside a glossary"
                    else "a ${node.kind.label} cannot be at the top of a tree: put it inside its parent",
                )
                parent != null && node.kind !in parent.kind.children ->
                    report("a ${node.kind.label} cannot be inside a ${parent.kind.label}${placeHint(node.kind)}")
            }
            if (atlanRules && node.kind.isOpenMetadataOnly && parent?.kind?.isOpenMetadataOnly != true) report(
                "a ${node.kind.label} is for OpenMetadata trees only (compileForOpenMetadata, om.trees): Atlan has no generic type for it; " +
                    "apply this tree with an OpenMetadataClient, or remove it",
            )
            if (node.name.isBlank()) report("the name is empty")
            else if (atlanRules && node.kind.nameInQualifiedName && '/' in node.name) report("the name \"${node.name}\" contains \"/\", which separates the parts of qualifiedNames")
            // Tables and views share the schema's qualifiedName space; terms and categories have their own.
            val namespace = (node.kind == NodeKind.TERM) to node.name
            if (node.name.isNotBlank()) seen.putIfAbsent(namespace, node)?.let { report("duplicate name \"${node.name}\"") }
            if (node.kind == NodeKind.CONNECTION) checkConnection(node, atlanRules, ::report)
            if (node.kind == NodeKind.PRODUCT) checkSelection(node, ::report)
            if (node.kind == NodeKind.OTHER) checkTypeName(node, ::report)
            checkAttributes(node, path, problems, atlanRules)
            checkSiblings(node.children, path, node, problems, atlanRules)
            checkColumnOrders(node, path, problems)
        }
    }

    private fun placeHint(kind: NodeKind): String = when (kind) {
        NodeKind.TERM, NodeKind.CATEGORY -> ": put it inside a glossary or a category"
        NodeKind.COLUMN -> ": put it inside a table, view or data model"
        NodeKind.CHART -> ": put it inside a dashboard or a dashboard service"
        NodeKind.DASHBOARD, NodeKind.DATA_MODEL -> ": put it inside a dashboard service"
        NodeKind.PIPELINE -> ": put it inside a pipeline service"
        NodeKind.TASK -> ": put it inside a pipeline"
        NodeKind.TOPIC -> ": put it inside a messaging service"
        NodeKind.CONTAINER -> ": put it inside a storage service or a container"
        NodeKind.ML_MODEL -> ": put it inside an ML model service"
        NodeKind.SEARCH_INDEX -> ": put it inside a search service"
        NodeKind.SEARCH_FIELD -> ": put it inside a search index"
        NodeKind.STORED_PROCEDURE -> ": put it inside a schema"
        NodeKind.PROCESS -> ": put it inside a connection"
        NodeKind.COLUMN_PROCESS -> ": put it inside a process"
        NodeKind.PRODUCT -> ": put it inside a domain"
        NodeKind.OTHER -> ": put it inside a connection, a database or a schema"
        else -> ""
    }

    private fun checkSelection(node: AssetNode, report: (String) -> Unit) {
        val selection = (node.attributes[DataProductSelection.ATTRIBUTE] as? JsonPrimitive)?.takeIf { it.isString }?.content
        if (selection == null) {
            report("a product needs its assets: assets { where(…) } (Java: AssetNode.product(name, search))")
            return
        }
        try {
            DataProductSelection.queryOf(selection)
        } catch (e: IllegalArgumentException) {
            report("the product's assets are not a search (${e.message}): give them with assets { where(…) }")
        }
    }

    /** An asset declared by type name must name a type, and not one a kind of its own declares (with its rules). */
    private fun checkTypeName(node: AssetNode, report: (String) -> Unit) {
        val typeName = node.typeName.orEmpty()
        if (typeName.isBlank()) return report("the type name is empty: give the Atlan type, asset(\"MyType\", \"${node.name}\")")
        val kind = NodeKind.entries.firstOrNull { it != NodeKind.OTHER && !it.isOpenMetadataOnly && it.type.typeName == typeName }
        if (kind != null) report("a $typeName has its own kind in a tree: declare it as a ${kind.label} instead of asset(\"$typeName\", …)")
    }

    private fun checkConnection(node: AssetNode, atlanRules: Boolean, report: (String) -> Unit) {
        val connector = node.connector
        if (connector == null || !connector.isKnown) {
            report("unknown connector \"${connector?.value}\": use one of ${dev.katalog.model.atlan.asset.Connector.known().map { it.value }}")
        }
        val hasAdmin = adminAttributes.any { (node.attributes[it] as? JsonArray)?.isNotEmpty() == true }
        if (atlanRules && !hasAdmin) report("a connection needs at least one admin: set adminUsers, adminGroups or adminRoles")
    }

    /** Refuses what the tree decides itself; attributes the model lacks go through [ByNameAttributes] (for Atlan). */
    private fun checkAttributes(node: AssetNode, path: String, problems: MutableList<TreeProblem>, atlanRules: Boolean) {
        val typed = SetterTypes.of(node.kind.type)
        for ((attribute, value) in node.attributes) {
            val problem = TreeOwnedAttributes.problemOf(node.kind, attribute, value)
                ?: if (atlanRules && attribute !in typed) ByNameAttributes.problemOf(node.kind, attribute, value) else null
            if (problem != null) problems += TreeProblem(path, problem, attribute)
        }
        checkCuration(node, path, problems)
        val tags = node.tags ?: return
        // On OpenMetadata, Atlan tags are a `!` line of the plan (OpenMetadataTreeCompiler), so a migrated definition still plans.
        if (tags.names.any { it.isBlank() }) problems += TreeProblem(path, "a tag name is blank", "atlanTags")
        tags.names.groupBy { it }.filterValues { it.size > 1 }.keys.forEach { problems += TreeProblem(path, "tag \"$it\" is given twice", "atlanTags") }
    }

    /** Names of terms and custom metadata that cannot be right whatever the catalog holds; the client checks the rest against it. */
    private fun checkCuration(node: AssetNode, path: String, problems: MutableList<TreeProblem>) {
        node.terms?.let { terms ->
            terms.filter { it.glossary.isBlank() || it.term.isBlank() }.forEach {
                problems += TreeProblem(path, "the term \"$it\" has a blank glossary or term name: give both, \"Glossary\" / \"Term\"", "meanings")
            }
            terms.groupBy { it }.filterValues { it.size > 1 }.keys.forEach { problems += TreeProblem(path, "term \"$it\" is given twice", "meanings") }
        }
        for ((set, values) in node.customMetadata) {
            if (set.isBlank()) problems += TreeProblem(path, "a custom metadata set name is blank", "businessAttributes")
            if (values.keys.any { it.isBlank() }) problems += TreeProblem(path, "custom metadata \"$set\" has a blank attribute name", "businessAttributes")
        }
        if (node.readme?.isBlank() == true) problems += TreeProblem(path, "the README is blank: give its HTML, or remove readme(…)", "readme")
    }

    private fun checkColumnOrders(node: AssetNode, path: String, problems: MutableList<TreeProblem>) {
        val columns = node.children.filter { it.kind == NodeKind.COLUMN }
        val byOrder = HashMap<Int, Int>()
        for ((index, order) in columnOrders(columns).withIndex()) {
            val at = "$path/column[${index + 1}]"
            if (order < 1) problems += TreeProblem(at, "order $order is below 1: column orders start at 1")
            byOrder.putIfAbsent(order, index)?.let { other ->
                problems += TreeProblem(at, "order $order is also used by column[${other + 1}] \"${columns[other].name}\"")
            }
        }
    }

    /** Each column's order: as given, else one after the previous column's. */
    fun columnOrders(columns: List<AssetNode>): List<Int> {
        var previous = 0
        return columns.map { column -> (column.order ?: (previous + 1)).also { previous = it } }
    }

    /** The path of each node: names joined by `/`, columns as `column[n]`. */
    fun pathsOf(nodes: List<AssetNode>, parentPath: String): List<String> {
        var column = 0
        return nodes.map { node ->
            val segment = if (node.kind == NodeKind.COLUMN) "column[${++column}]" else node.name.ifBlank { "${node.kind.label}[?]" }
            if (parentPath.isEmpty()) segment else "$parentPath/$segment"
        }
    }
}
