package dev.katalog.client.conformance

import dev.katalog.client.AtlanClient
import dev.katalog.client.directory.DirectoryKind
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.flow.toList

/**
 * The estate the operation vectors were recorded on, built with Katalog's public API: a Snowflake connection
 * `ops-<run>` holding DB/S/ORDERS and DB/S/ORDERS_AGG (each with column ID, order 1), and a glossary
 * `Glossary <run>` with the term Revenue. The tags and custom metadata the vectors name are the local catalog's
 * own (typedefs.json). [values] binds each `${NAME}` of the vectors to this estate's value.
 */
class OperationEstate private constructor(val run: String, val values: Map<String, String>) {
    val connectionQualifiedName: String get() = values.getValue("CONNECTION_QN")
    val ordersQualifiedName: String get() = "$connectionQualifiedName/DB/S/ORDERS"

    companion object {
        suspend fun build(client: AtlanClient, run: String): OperationEstate {
            val applied = client.trees.apply(catalog {
                connection("ops-$run", Connector.SNOWFLAKE) {
                    adminUsers("admin")
                    database("DB") {
                        schema("S") {
                            table("ORDERS") { column("ID", dataType = "NUMBER", order = 1) }
                            table("ORDERS_AGG") { column("ID", dataType = "NUMBER", order = 1) }
                        }
                    }
                }
                glossary("Glossary $run") { term("Revenue") }
            })
            check(applied.succeeded) { "The estate was not built: ${applied.failures}" }
            val connection = client.search.stream(Connection) { where(Connection.NAME eq "ops-$run") }.toList().single()
            val connectionQn = connection.qualifiedName!!
            val glossary = client.search.stream(AtlasGlossary) { where(AtlasGlossary.NAME eq "Glossary $run") }.toList().single()
            val term = client.search.stream(AtlasGlossaryTerm) {
                where(AtlasGlossaryTerm.NAME eq "Revenue")
                where(AtlasGlossaryTerm.ANCHOR eq glossary.qualifiedName!!)
            }.toList().single()
            val adminRole = client.directory.list(DirectoryKind.ROLES).records.orEmpty().firstOrNull { it.name == "\$admin" }?.id
            val values = mapOf(
                "RUN" to run,
                "EPOCH" to connectionQn.substringAfterLast('/'),
                "CONNECTION_QN" to connectionQn,
                "TABLE_GUID" to client.assets.get(Table, "$connectionQn/DB/S/ORDERS").guid!!,
                "TABLE2_GUID" to client.assets.get(Table, "$connectionQn/DB/S/ORDERS_AGG").guid!!,
                "COLUMN_GUID" to client.assets.get(Column, "$connectionQn/DB/S/ORDERS/ID").guid!!,
                "GLOSSARY_GUID" to glossary.guid!!,
                "GLOSSARY_QN" to glossary.qualifiedName!!,
                "TERM_GUID" to term.guid!!,
                "TERM_QN" to term.qualifiedName!!,
            ) + listOfNotNull(adminRole?.let { "ROLE_ADMIN_GUID" to it })
            return OperationEstate(run, values)
        }
    }
}
