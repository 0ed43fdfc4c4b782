package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.MaterialisedView
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.View
import dev.katalog.model.openmetadata.entity.data.StoredProcedureCode
import kotlinx.serialization.json.JsonPrimitive

/** A connection: its admins and databases, and every setter of [Connection]. */
public class ConnectionScope internal constructor(name: String, private val connector: Connector) :
    OtherAssetsParentScope<ConnectionScope>(NodeKind.CONNECTION, name), Connection.Setters<ConnectionScope> {
    override fun self(): ConnectionScope = this

    /** Users who administer the connection: `adminUsers("admin")`. */
    public fun adminUsers(vararg users: String): ConnectionScope = adminUsers(users.toList())

    /** Groups who administer the connection. */
    public fun adminGroups(vararg groups: String): ConnectionScope = adminGroups(groups.toList())

    /** Roles who administer the connection, e.g. `$admin`. */
    public fun adminRoles(vararg roles: String): ConnectionScope = adminRoles(roles.toList())

    /** A database named [name]. */
    public fun database(name: String, block: DatabaseScope.() -> Unit = {}) { children += DatabaseScope(name).apply(block).node() }

    /**
     * A process named [name]: a job that [reads][ProcessScope.reads] assets and [writes][ProcessScope.writes] others,
     * applied after the assets it links; its qualifiedName is `<connection>/<name>`, so applying again finds it.
     */
    public fun process(name: String, block: ProcessScope.() -> Unit) { children += ProcessScope(name).apply(block).node() }

    override fun node(): AssetNode = super.node().copy(connector = connector)
}

/** A database: its schemas, and every setter of [Database]. */
public class DatabaseScope internal constructor(name: String) : OtherAssetsParentScope<DatabaseScope>(NodeKind.DATABASE, name), Database.Setters<DatabaseScope> {
    override fun self(): DatabaseScope = this

    /** A schema named [name]. */
    public fun schema(name: String, block: SchemaScope.() -> Unit = {}) { children += SchemaScope(name).apply(block).node() }

    /** Adds [schema], a schema declared on its own with [schemaDefinition] (as a file a definition includes holds it). */
    public fun schema(schema: AssetNode) {
        require(schema.kind == NodeKind.SCHEMA) { "A database holds schemas, not a ${schema.kind.label} (\"${schema.name}\"): declare it with schemaDefinition(name) { … }" }
        children += schema
    }
}

/** A schema: its tables, views and materialised views, and every setter of [Schema]. */
public class SchemaScope internal constructor(name: String) : OtherAssetsParentScope<SchemaScope>(NodeKind.SCHEMA, name), Schema.Setters<SchemaScope> {
    override fun self(): SchemaScope = this

    /** A stored procedure named [name] of [code] in [language] (OpenMetadata trees only: Atlan trees refuse it). */
    public fun storedProcedure(
        name: String,
        code: String,
        language: StoredProcedureCode.Language = StoredProcedureCode.Language.SQL,
        block: StoredProcedureScope.() -> Unit = {},
    ) { children += StoredProcedureScope(name, code, language).apply(block).node() }

    /** A table named [name]; returns its node, which a process can read or write. */
    public fun table(name: String, block: TableScope.() -> Unit = {}): AssetNode = TableScope(name).apply(block).node().also { children += it }

    /** A view named [name]; returns its node. */
    public fun view(name: String, block: ViewScope.() -> Unit = {}): AssetNode = ViewScope(name).apply(block).node().also { children += it }

    /** A materialised view named [name]; returns its node. */
    public fun materialisedView(name: String, block: MaterialisedViewScope.() -> Unit = {}): AssetNode =
        MaterialisedViewScope(name).apply(block).node().also { children += it }
}

/** A table, view or materialised view: its columns. */
public abstract class ColumnsScope<S : ColumnsScope<S>> internal constructor(kind: NodeKind, name: String) : NodeScope<S>(kind, name) {
    /** A column; numbered after the previous column unless [order] (1-based) is given. Returns its node, for column lineage. */
    public fun column(name: String, dataType: String? = null, order: Int? = null, block: ColumnScope.() -> Unit = {}): AssetNode {
        val scope = ColumnScope(name)
        if (dataType != null) scope.dataType(dataType)
        scope.apply(block)
        return scope.node().copy(order = order).also { children += it }
    }
}

/** A table: its columns, and every setter of [Table]. */
public class TableScope internal constructor(name: String) : ColumnsScope<TableScope>(NodeKind.TABLE, name), Table.Setters<TableScope> {
    override fun self(): TableScope = this
}

/** A view: its columns, and every setter of [View]. */
public class ViewScope internal constructor(name: String) : ColumnsScope<ViewScope>(NodeKind.VIEW, name), View.Setters<ViewScope> {
    override fun self(): ViewScope = this
}

/** A materialised view: its columns, and every setter of [MaterialisedView]. */
public class MaterialisedViewScope internal constructor(name: String) :
    ColumnsScope<MaterialisedViewScope>(NodeKind.MATERIALISED_VIEW, name), MaterialisedView.Setters<MaterialisedViewScope> {
    override fun self(): MaterialisedViewScope = this
}

/** A column: every setter of [Column] (its place and order come from the tree). */
public class ColumnScope internal constructor(name: String) : NodeScope<ColumnScope>(NodeKind.COLUMN, name), Column.Setters<ColumnScope> {
    override fun self(): ColumnScope = this
}
