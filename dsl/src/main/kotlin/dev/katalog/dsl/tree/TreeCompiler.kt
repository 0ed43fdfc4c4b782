package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.EntityBuilder
import dev.katalog.model.atlan.asset.MaterialisedView
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.View

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
            else -> error("validated trees have only connections and glossaries at the top")
        }
        return CompiledTree(out.sortedBy { it.depth })
    }

    /** The node's attributes, and its tags as tags to add (the plan turns them into the changes an existing asset needs). */
    private fun <B : EntityBuilder<*, B>> B.withAttributes(node: AssetNode): B {
        val withAttributes = node.attributes.entries.fold(this) { b, (name, value) -> b.attribute(name, value) }
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
        children(node, path) { child, childPath -> database(child, childPath, qualifiedName) }
    }

    private fun database(node: AssetNode, path: String, connectionQualifiedName: String) {
        val asset = Database.creator(node.name, connectionQualifiedName).inConnection().withAttributes(node).build()
        emit(path, node, asset, 1)
        children(node, path) { child, childPath -> schema(child, childPath, asset.qualifiedName!!) }
    }

    private fun schema(node: AssetNode, path: String, databaseQualifiedName: String) {
        val asset = Schema.creator(node.name, databaseQualifiedName).inConnection().withAttributes(node).build()
        emit(path, node, asset, 2)
        children(node, path) { child, childPath -> tableLike(child, childPath, asset.qualifiedName!!) }
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

    private inline fun children(node: AssetNode, path: String, each: (AssetNode, String) -> Unit) {
        node.children.zip(TreeValidator.pathsOf(node.children, path)).forEach { (child, childPath) -> each(child, childPath) }
    }
}
