package dev.katalog.dsl.readme

import dev.katalog.dsl.search.or
import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.enums.CertificateStatus
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.api.IndexSearchResponse
import dev.katalog.model.json.KatalogJson

// The Kotlin snippets of README.md: each region appears there verbatim (ReadmeSnippetsSpec checks it).

fun searchSnippet(): IndexSearchRequest {
    // region readme-kotlin-search
    val request = search<Table> {
        where(Table.NAME startsWith "ord")
        where(or(Table.ROW_COUNT gt 1_000_000, Table.OWNER_USERS within listOf("alice", "bob")))
        whereNot(Table.CERTIFICATE_STATUS eq "DEPRECATED")
        include(Table.ROW_COUNT, Table.SCHEMA_NAME)
        sort(Table.ROW_COUNT.desc())
        aggregate("by_type", Asset.TYPE_NAME.bucketBy(10))
        pageSize(50)
    }
    // endregion
    return request
}

fun modelSnippet(text: String): List<String> {
    val out = mutableListOf<String>()
    fun println(line: String) { out += line }
    // region readme-kotlin-model
    val response = KatalogJson.decode<IndexSearchResponse>(text)
    for (asset in response.entities.orEmpty()) {
        when (asset) {
            is Table -> println("${asset.qualifiedName}: ${asset.rowCount} rows in ${asset.atlanSchema?.guid}")
            is Column -> println("${asset.qualifiedName}: ${asset.dataType}")
        }
    }
    // endregion
    return out
}

fun treeSnippet() =
    // region readme-kotlin-tree
    catalog {
        connection("analytics", connector = Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("SALES") {
                schema("PUBLIC") {
                    table("ORDERS") {
                        description = "One row per order"
                        ownerUsers("alice")
                        rowCount(2_500_000)
                        certificateStatus(CertificateStatus.VERIFIED)
                        column("ID", dataType = "NUMBER") { isNullable(false) }
                        column("AMOUNT", dataType = "DECIMAL(10,2)")
                    }
                    view("ORDERS_V") { column("ID", dataType = "NUMBER") }
                }
            }
        }
        glossary("Metrics") {
            category("Finance") { term("ARR") }
            term("Revenue")
        }
    }
    // endregion
