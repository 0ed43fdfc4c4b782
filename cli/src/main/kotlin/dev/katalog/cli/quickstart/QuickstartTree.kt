package dev.katalog.cli.quickstart

import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector

/** The quickstart's tree: 1 connection, 2 databases, 4 schemas, 40 tables of 10 columns, a glossary with 3 terms. */
internal object QuickstartTree {
    const val TABLES_PER_SCHEMA = 10
    const val COLUMNS_PER_TABLE = 10

    fun of(connectionName: String, glossaryName: String): CatalogTree = catalog {
        connection(connectionName, Connector.SNOWFLAKE) {
            adminUsers("admin")
            for (database in listOf("SALES", "FINANCE")) database(database) {
                for (schema in listOf("RAW", "CURATED")) schema(schema) {
                    for (t in 1..TABLES_PER_SCHEMA) table("%s_%s_T%02d".format(database, schema, t)) {
                        description = "Table $t of $database.$schema"
                        rowCount(t * 125_000L)
                        for (c in 1..COLUMNS_PER_TABLE) column(if (c == 1) "ID" else "COL_%02d".format(c), dataType = if (c == 1) "NUMBER" else "VARCHAR")
                    }
                }
            }
        }
        glossary(glossaryName) {
            category("Finance") { term("ARR") }
            term("Revenue")
            term("Customer")
        }
    }
}
