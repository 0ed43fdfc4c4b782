package dev.katalog.bench

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * A deterministic index-search answer shaped like the real fixtures: tables and columns with about
 * 25 attributes each (strings, numbers, booleans, nulls, lists, a relationship), envelope fields included.
 */
public object SearchResponseSample {
    /** The answer with [entities] entities, as JSON text. */
    @JvmStatic
    public fun json(entities: Int): String {
        val list = (0 until entities).map(::entity)
        val response = JsonObject(
            mapOf(
                "queryType" to JsonPrimitive("INDEX"),
                "approximateCount" to JsonPrimitive(entities * 10),
                "entities" to JsonArray(list),
            ),
        )
        return response.toString()
    }

    private fun entity(i: Int): JsonElement {
        val table = i % 5 == 0
        val schemaQn = "default/snowflake/1700000000/SALES_DB/SCHEMA_${i % 17}"
        val qn = if (table) "$schemaQn/TABLE_$i" else "$schemaQn/TABLE_${i - i % 5}/COLUMN_$i"
        val attributes = linkedMapOf<String, JsonElement>(
            "qualifiedName" to JsonPrimitive(qn),
            "name" to JsonPrimitive(if (table) "TABLE_$i" else "COLUMN_$i"),
            "connectionQualifiedName" to JsonPrimitive("default/snowflake/1700000000"),
            "connectorName" to JsonPrimitive("snowflake"),
            "databaseName" to JsonPrimitive("SALES_DB"),
            "databaseQualifiedName" to JsonPrimitive("default/snowflake/1700000000/SALES_DB"),
            "schemaName" to JsonPrimitive("SCHEMA_${i % 17}"),
            "schemaQualifiedName" to JsonPrimitive(schemaQn),
            "description" to JsonPrimitive("Rows of business data number $i, loaded nightly from the operational store."),
            "userDescription" to JsonNull,
            "certificateStatus" to if (i % 3 == 0) JsonPrimitive("VERIFIED") else JsonNull,
            "ownerUsers" to JsonArray(listOf(JsonPrimitive("alice"), JsonPrimitive("bob"))),
            "ownerGroups" to JsonArray(emptyList()),
            "adminUsers" to JsonArray(emptyList()),
            "popularityScore" to JsonPrimitive(1.17549435E-38),
            "__hasLineage" to JsonPrimitive(i % 2 == 0),
            "isDiscoverable" to JsonPrimitive(true),
            "isEditable" to JsonPrimitive(true),
            "lastSyncRunAt" to JsonPrimitive(1_700_000_000_000L + i),
            "sourceCreatedAt" to JsonPrimitive(0),
            "sourceUpdatedAt" to JsonPrimitive(0),
            "viewScore" to JsonPrimitive(1.17549435E-38),
            "lastSyncRun" to JsonPrimitive("atlan-snowflake-1709355572-wjrjv"),
        )
        if (table) {
            attributes["rowCount"] = JsonPrimitive(i * 1000L)
            attributes["columnCount"] = JsonPrimitive(5)
            attributes["sizeBytes"] = JsonPrimitive(i * 65_536L)
        } else {
            attributes["dataType"] = JsonPrimitive("VARCHAR")
            attributes["order"] = JsonPrimitive(i % 5 + 1)
            attributes["isNullable"] = JsonPrimitive(true)
            attributes["table"] = JsonObject(mapOf("typeName" to JsonPrimitive("Table"), "guid" to JsonPrimitive(guid(i - i % 5))))
        }
        return JsonObject(
            linkedMapOf(
                "typeName" to JsonPrimitive(if (table) "Table" else "Column"),
                "attributes" to JsonObject(attributes),
                "guid" to JsonPrimitive(guid(i)),
                "status" to JsonPrimitive("ACTIVE"),
                "displayText" to JsonPrimitive(attributes.getValue("name").let { (it as JsonPrimitive).content }),
                "classificationNames" to JsonArray(emptyList()),
                "meaningNames" to JsonArray(emptyList()),
                "meanings" to JsonArray(emptyList()),
                "isIncomplete" to JsonPrimitive(false),
                "labels" to JsonArray(emptyList()),
                "createdBy" to JsonPrimitive("service-account-apikey-1234"),
                "updatedBy" to JsonPrimitive("service-account-apikey-1234"),
                "createTime" to JsonPrimitive(1_708_145_336_284L + i),
                "updateTime" to JsonPrimitive(1_708_146_440_004L + i),
            ),
        )
    }

    private fun guid(i: Int): String = "%08x-0000-4000-8000-%012x".format(i, i.toLong() * 7919)
}
