package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Catalog
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.ColumnProcess
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.DataDomain
import dev.katalog.model.atlan.asset.DataProduct
import dev.katalog.model.atlan.asset.DataProductSelection
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.EntityBuilder
import dev.katalog.model.atlan.asset.MaterialisedView
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.View
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Turns validated nodes into entities with the qualifiedName conventions, ancestors and parent references. */
internal class TreeCompiler(private val binding: ConnectionBinding) {
    private val out = ArrayList<CompiledAsset>()

    // The name of the connection being compiled: every asset under it carries it as `connectionName`, so that a
    // search such as `Table.CONNECTION_NAME eq "analytics"` finds what a tree made.
    private var connectionName: String? = null

    fun compile(roots: List<AssetNode>): CompiledTree {
        for ((node, path) in roots.zip(TreeValidator.pathsOf(roots, ""))) when (node.kind) {
            NodeKind.CONNECTION -> connection(node, path)
            NodeKind.GLOSSARY -> glossary(node, path)
            NodeKind.DOMAIN -> domain(node, path, parent = null, depth = 0)
            else -> error("validated trees have only connections, glossaries and domains at the top")
        }
        processes(roots)
        return CompiledTree(out.sortedBy { it.depth })
    }

    /**
     * The node's attributes, its custom metadata by display names (the client translates and checks them), and its tags
     * as tags to add (the plan turns them into the changes an existing asset needs). Terms and READMEs need the catalog's
     * GUIDs, so the client's plan adds them.
     */
    private fun <B : EntityBuilder<*, B>> B.withAttributes(node: AssetNode): B {
        val withAttributes = node.attributes.entries.fold(this) { b, (name, value) -> b.attribute(name, value) }
            .let { b -> node.customMetadata.entries.fold(b) { built, (set, values) -> built.customMetadata(set, values) } }
        val tags = node.tags ?: return withAttributes
        return tags.names.fold(withAttributes) { b, tag -> b.addAtlanTag(tag, tags.propagation) }
    }

    private fun <B : EntityBuilder<*, B>> B.inConnection(): B =
        connectionName?.let { attribute("connectionName", kotlinx.serialization.json.JsonPrimitive(it)) } ?: this

    private fun emit(path: String, node: AssetNode, asset: Asset, depth: Int) {
        out += CompiledAsset(path, node, asset, depth)
    }

    private fun connection(node: AssetNode, path: String) {
        val qualifiedName = binding.qualifiedNameOf(node.name, node.connector!!)
        val asset = Connection.creator(node.name, node.connector.value, qualifiedName).withAttributes(node).build()
        connectionName = node.name
        emit(path, node, asset, 0)
        connectionQualifiedNames[node.name] = qualifiedName
        connection = node.connector.value to qualifiedName
        children(node, path) { child, childPath ->
            when (child.kind) {
                NodeKind.DATABASE -> database(child, childPath, qualifiedName)
                NodeKind.OTHER -> other(child, childPath, qualifiedName, 1)
                else -> Unit // processes come last
            }
        }
    }

    // The connector and qualifiedName of the connection being compiled, which assets declared by type name carry.
    private var connection: Pair<String, String>? = null

    /**
     * An asset declared by type name: `<parent>/<name>` in the connection, with the attributes every connected asset
     * has; the model may not know its type, so it is built as an `Asset` and given its type name afterwards.
     */
    private fun other(node: AssetNode, path: String, parentQualifiedName: String, depth: Int) {
        val (connector, connectionQualifiedName) = connection!!
        val built = Asset.builder().name(node.name).qualifiedName("$parentQualifiedName/${node.name}")
            .connectorName(connector).connectionQualifiedName(connectionQualifiedName).inConnection().withAttributes(node).build()
        emit(path, node, AtlanTypes.wrap(JsonObject(built.json + ("typeName" to JsonPrimitive(node.typeName!!)))) as Asset, depth)
    }

    private val connectionQualifiedNames = HashMap<String, String>()

    /**
     * The processes, once every asset they may link is compiled: a process is `<connection>/<name>` (Atlan's rule for
     * a process with an id, so applying again finds it), a column process `<connection>/<process>/<name>`; both come
     * after every other level, so the assets they link exist when they are saved.
     */
    private fun processes(roots: List<AssetNode>) {
        val ends = LineageEnds.of(roots)
        val byPath = out.associateBy { it.path }
        val processQualifiedNames = HashMap<String, String>()
        for ((node, path) in ends.processes) {
            val connection = roots.first { it.kind == NodeKind.CONNECTION && path.startsWith(it.name + "/") }
            connectionName = connection.name
            val connectionQualifiedName = connectionQualifiedNames.getValue(connection.name)
            fun refs(declared: List<LineageEnd>): List<Catalog> = declared.map { end ->
                if (end is LineageEnd.InCatalog) end.asset else reference(byPath.getValue(ends.treePathOf(end)!!))
            }
            if (node.kind == NodeKind.PROCESS) {
                val asset = Process.creator(node.name, connectionQualifiedName, refs(node.inputs), refs(node.outputs), node.name)
                    .inConnection().withAttributes(node).build()
                processQualifiedNames[path] = asset.qualifiedName!!
                emit(path, node, asset, PROCESS_DEPTH)
            } else {
                val parentPath = path.substringBeforeLast('/')
                val parent = Process.refByQualifiedName(processQualifiedNames.getValue(parentPath))
                val processId = parentPath.substringAfterLast('/') + "/" + node.name
                val asset = ColumnProcess.creator(node.name, connectionQualifiedName, refs(node.inputs), refs(node.outputs), parent, processId)
                    .inConnection().withAttributes(node).build()
                emit(path, node, asset, PROCESS_DEPTH + 1)
            }
        }
    }

    /** A reference by type and qualifiedName, which stays the same from one apply to the next (GUIDs of new assets do not). */
    private fun reference(compiled: CompiledAsset): Catalog {
        val qualifiedName = compiled.asset.qualifiedName!!
        return when (compiled.node.kind) {
            NodeKind.DATABASE -> Database.refByQualifiedName(qualifiedName)
            NodeKind.SCHEMA -> Schema.refByQualifiedName(qualifiedName)
            NodeKind.TABLE -> Table.refByQualifiedName(qualifiedName)
            NodeKind.VIEW -> View.refByQualifiedName(qualifiedName)
            NodeKind.MATERIALISED_VIEW -> MaterialisedView.refByQualifiedName(qualifiedName)
            NodeKind.COLUMN -> Column.refByQualifiedName(qualifiedName)
            else -> error("validated trees link only the data assets of their connections")
        }
    }

    private fun database(node: AssetNode, path: String, connectionQualifiedName: String) {
        val asset = Database.creator(node.name, connectionQualifiedName).inConnection().withAttributes(node).build()
        emit(path, node, asset, 1)
        children(node, path) { child, childPath ->
            if (child.kind == NodeKind.OTHER) other(child, childPath, asset.qualifiedName!!, 2) else schema(child, childPath, asset.qualifiedName!!)
        }
    }

    private fun schema(node: AssetNode, path: String, databaseQualifiedName: String) {
        val asset = Schema.creator(node.name, databaseQualifiedName).inConnection().withAttributes(node).build()
        emit(path, node, asset, 2)
        children(node, path) { child, childPath ->
            if (child.kind == NodeKind.OTHER) other(child, childPath, asset.qualifiedName!!, 3) else tableLike(child, childPath, asset.qualifiedName!!)
        }
    }

    private fun tableLike(node: AssetNode, path: String, schemaQualifiedName: String) {
        val type = when (node.kind) {
            NodeKind.TABLE -> Table
            NodeKind.VIEW -> View
            else -> MaterialisedView
        }
        val asset: Asset = when (node.kind) {
            NodeKind.TABLE -> Table.creator(node.name, schemaQualifiedName).inConnection().withAttributes(node).build()
            NodeKind.VIEW -> View.creator(node.name, schemaQualifiedName).inConnection().withAttributes(node).build()
            else -> MaterialisedView.creator(node.name, schemaQualifiedName).inConnection().withAttributes(node).build()
        }
        emit(path, node, asset, 3)
        val columns = node.children.filter { it.kind == NodeKind.COLUMN }
        val orders = TreeValidator.columnOrders(columns)
        for ((index, column) in columns.withIndex()) {
            val built = Column.creator(column.name, type, asset.qualifiedName!!, orders[index]).inConnection().withAttributes(column).build()
            emit("$path/column[${index + 1}]", column, built, 4)
        }
    }

    private fun glossary(node: AssetNode, path: String) {
        val glossary = AtlasGlossary.creator(node.name).withAttributes(node).build()
        emit(path, node, glossary, 0)
        members(node, path, glossary, parentCategory = null, depth = 1)
    }

    private fun members(parent: AssetNode, path: String, glossary: AtlasGlossary, parentCategory: AtlasGlossaryCategory?, depth: Int) {
        children(parent, path) { child, childPath ->
            if (child.kind == NodeKind.CATEGORY) {
                val category = AtlasGlossaryCategory.creator(child.name, glossary)
                    .apply { if (parentCategory != null) parentCategory(parentCategory) }
                    .withAttributes(child).build()
                emit(childPath, child, category, depth)
                members(child, childPath, glossary, category, depth + 1)
            } else {
                val term = AtlasGlossaryTerm.creator(child.name, glossary)
                    .apply { if (parentCategory != null) categories(listOf(parentCategory)) }
                    .withAttributes(child).build()
                emit(childPath, child, term, depth)
            }
        }
    }

    /** A domain (a subdomain when it has a [parent]) and, a level down, its subdomains and products, linked by placeholder GUIDs. */
    private fun domain(node: AssetNode, path: String, parent: DataDomain?, depth: Int) {
        val domain = (if (parent == null) DataDomain.creator(node.name) else DataDomain.creator(node.name, parent)).withAttributes(node).build()
        emit(path, node, domain, depth)
        children(node, path) { child, childPath ->
            if (child.kind == NodeKind.DOMAIN) {
                domain(child, childPath, domain, depth + 1)
            } else {
                // The node carries its selection already as Atlan stores it, so it goes in as it is.
                val selection = (child.attributes.getValue(DataProductSelection.ATTRIBUTE) as JsonPrimitive).content
                emit(childPath, child, DataProduct.creator(child.name, domain, selection).withAttributes(child).build(), depth + 1)
            }
        }
    }

    private inline fun children(node: AssetNode, path: String, each: (AssetNode, String) -> Unit) {
        node.children.zip(TreeValidator.pathsOf(node.children, path)).forEach { (child, childPath) -> each(child, childPath) }
    }

    private companion object {
        /** After the deepest level of assets (columns, at 4). */
        const val PROCESS_DEPTH = 5
    }
}
