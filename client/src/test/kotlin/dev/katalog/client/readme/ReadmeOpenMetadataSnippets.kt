package dev.katalog.client.readme

import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.client.openmetadata.search.OpenMetadataFields
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.entity.data.Table

// The OpenMetadata snippet of README.md: the region appears there verbatim (ReadmeOpenMetadataSnippetSpec checks it and runs it).

suspend fun openMetadataTour(baseUrl: String, jwt: String, service: String): List<String> {
    val out = mutableListOf<String>()
    fun println(line: Any?) { out += line.toString() }
    // region readme-kotlin-openmetadata
    OpenMetadataClient(baseUrl, jwt).use { om ->                                    // or OpenMetadataClient.fromEnv()
        om.trees.apply(catalog {                                                    // the same trees as for Atlan
            connection(service, Connector.SNOWFLAKE) {                              // → a DatabaseService of type Snowflake
                database("SALES") { schema("eu.west") { table("ORDERS") { column("ID", dataType = "NUMBER(38,0)") } } }
            }
        })
        val orders = om.entities.getByName<Table>(Fqn.build(service, "SALES", "eu.west", "ORDERS"), fields = listOf("columns"))
        om.entities.patch(orders) { add("/description", "One row per order") }      // RFC 6902 JSON Patch
        om.entities.list<Table>(mapOf("databaseSchema" to Fqn.build(service, "SALES", "eu.west"))).collect { println(it.fullyQualifiedName) }
        println(om.search.page<Table> { text("ORDERS"); where(OpenMetadataFields.SERVICE eq service) }.total)
    }
    // endregion
    return out
}
