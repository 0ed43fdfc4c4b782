package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Connector
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonPrimitive

/** Keeps nested tree scopes from reaching the receivers of outer ones (no `term` inside a `table`). */
@DslMarker
public annotation class CatalogDslMarker

/**
 * A tree of assets, declared:
 * ```
 * catalog {
 *   connection("analytics", Connector.SNOWFLAKE) {
 *     adminUsers("admin")
 *     database("SALES") { schema("PUBLIC") { table("ORDERS") { column("ID", dataType = "NUMBER") } } }
 *   }
 *   glossary("Metrics") { term("Revenue") }
 * }
 * ```
 */
public fun catalog(block: CatalogScope.() -> Unit): CatalogTree = CatalogTree(CatalogScope().apply(block).roots)

/** The top of a tree: connections and glossaries. */
@CatalogDslMarker
public class CatalogScope internal constructor() {
    internal val roots = ArrayList<AssetNode>()

    /** A connection named [name] for [connector]. */
    public fun connection(name: String, connector: Connector, block: ConnectionScope.() -> Unit = {}) {
        roots += ConnectionScope(name, connector).apply(block).node()
    }

    /** A glossary named [name]. */
    public fun glossary(name: String, block: GlossaryScope.() -> Unit = {}) {
        roots += GlossaryScope(NodeKind.GLOSSARY, name).apply(block).node()
    }
}

/** What every node of a tree can set: description, owners, and any attribute by name. */
@CatalogDslMarker
public abstract class NodeScope internal constructor(private val kind: NodeKind, private val name: String) {
    internal val attributes = LinkedHashMap<String, JsonElement>()
    internal val children = ArrayList<AssetNode>()

    /** The description. */
    public var description: String?
        get() = (attributes["description"] as? JsonPrimitive)?.content
        set(value) { attribute("description", value) }

    /** The description written by users in Atlan (shown before [description]). */
    public var userDescription: String?
        get() = (attributes["userDescription"] as? JsonPrimitive)?.content
        set(value) { attribute("userDescription", value) }

    /** The users who own the asset. */
    public fun ownerUsers(vararg users: String) { attribute("ownerUsers", users.toList()) }

    /** The groups who own the asset. */
    public fun ownerGroups(vararg groups: String) { attribute("ownerGroups", groups.toList()) }

    /** Sets the attribute [attribute] (String, Number, Boolean, a list of those, or JSON). */
    public fun attribute(attribute: String, value: Any?) { attributes[attribute] = AssetNode.toJson(value) }

    internal open fun node(): AssetNode = AssetNode(kind, name, LinkedHashMap(attributes), children.toList())
}

/** A connection: its admins and databases. */
public class ConnectionScope internal constructor(name: String, private val connector: Connector) : NodeScope(NodeKind.CONNECTION, name) {
    /** Users who administer the connection. */
    public fun adminUsers(vararg users: String) { attribute("adminUsers", users.toList()) }

    /** Groups who administer the connection. */
    public fun adminGroups(vararg groups: String) { attribute("adminGroups", groups.toList()) }

    /** Roles who administer the connection, e.g. `$admin`. */
    public fun adminRoles(vararg roles: String) { attribute("adminRoles", roles.toList()) }

    /** A database named [name]. */
    public fun database(name: String, block: DatabaseScope.() -> Unit = {}) { children += DatabaseScope(name).apply(block).node() }

    override fun node(): AssetNode = super.node().let { AssetNode(it.kind, it.name, it.attributes, it.children, connector) }
}

/** A database: its schemas. */
public class DatabaseScope internal constructor(name: String) : NodeScope(NodeKind.DATABASE, name) {
    /** A schema named [name]. */
    public fun schema(name: String, block: SchemaScope.() -> Unit = {}) { children += SchemaScope(name).apply(block).node() }
}

/** A schema: its tables, views and materialised views. */
public class SchemaScope internal constructor(name: String) : NodeScope(NodeKind.SCHEMA, name) {
    /** A table named [name]. */
    public fun table(name: String, block: TableScope.() -> Unit = {}) { children += TableScope(NodeKind.TABLE, name).apply(block).node() }

    /** A view named [name]. */
    public fun view(name: String, block: TableScope.() -> Unit = {}) { children += TableScope(NodeKind.VIEW, name).apply(block).node() }

    /** A materialised view named [name]. */
    public fun materialisedView(name: String, block: TableScope.() -> Unit = {}) {
        children += TableScope(NodeKind.MATERIALISED_VIEW, name).apply(block).node()
    }
}

/** A table or view: its columns. */
public class TableScope internal constructor(kind: NodeKind, name: String) : NodeScope(kind, name) {
    /** A column; numbered after the previous column unless [order] (1-based) is given. */
    public fun column(name: String, dataType: String? = null, order: Int? = null, block: ColumnScope.() -> Unit = {}) {
        val scope = ColumnScope(name).apply(block)
        if (dataType != null) scope.attribute("dataType", dataType)
        children += scope.node().let { AssetNode(it.kind, it.name, it.attributes, it.children, order = order) }
    }
}

/** A column. */
public class ColumnScope internal constructor(name: String) : NodeScope(NodeKind.COLUMN, name)

/** A glossary or a category: categories and terms, nested as deep as needed. */
public class GlossaryScope internal constructor(kind: NodeKind, name: String) : NodeScope(kind, name) {
    /** A category named [name]. */
    public fun category(name: String, block: GlossaryScope.() -> Unit = {}) {
        children += GlossaryScope(NodeKind.CATEGORY, name).apply(block).node()
    }

    /** A term named [name]. */
    public fun term(name: String, block: TermScope.() -> Unit = {}) { children += TermScope(name).apply(block).node() }
}

/** A glossary term. */
public class TermScope internal constructor(name: String) : NodeScope(NodeKind.TERM, name)
