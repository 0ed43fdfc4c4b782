package dev.katalog.dsl.search

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.MaterialisedView
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.SQL
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.View
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.io.File

/** Each search vector's intent, written with the DSL, builds the request the reference SDK sends (conformance rule of reference/atlan/README.orig.md). */
class SearchVectorConformanceSpec : FunSpec({
    val written: Map<String, IndexSearchRequest> = mapOf(
        "aggs-metrics" to search<Table> {
            pageSize(0)
            aggregate("total_rows", Table.ROW_COUNT.sum())
            aggregate("avg_cols", Table.COLUMN_COUNT.avg())
            aggregate("min_size", Table.SIZE_BYTES.min())
            aggregate("latest", Table.UPDATE_TIME.max())
        },
        "columncount-lte" to search<Table> { where(Table.COLUMN_COUNT lte 3) },
        "connection-qn" to search<Column> {
            where(Column.CONNECTION_QUALIFIED_NAME eq "default/postgres/1690000000")
            where(Column.DATA_TYPE eq "varchar")
        },
        "connector-eq-process" to Process.search { where(Process.CONNECTOR_NAME eq "dbt") },
        "created-range" to search {
            where(Asset.CREATE_TIME gte 1_700_000_000_000)
            where(Asset.UPDATE_TIME lt java.time.Instant.ofEpochMilli(1_710_000_000_000))
        },
        "exists-keyword" to search<Table> { where(Table.USER_DESCRIPTION.hasAnyValue()) },
        "glossary-terms" to search<AtlasGlossaryTerm> { where(AtlasGlossaryTerm.ANCHOR eq "gQN123") },
        "include-results" to search<Table> { include(Table.QUALIFIED_NAME, Table.SCHEMA_NAME, Table.ROW_COUNT) },
        "lineage-true" to search<Table> { withLineage() },
        "name-eq" to search<Table> { where(Table.NAME eq "orders") },
        "name-match-stemmed" to search { where(Asset.NAME matchStemmed "ordering") },
        "name-match" to search { where(Asset.NAME match "customer orders") },
        "name-prefix-ci" to search<Column> { where(Column.NAME.startsWith("cust", ignoreCase = true)) },
        "name-wildcard" to search<Table> { where(Table.NAME wildcard "ord*_20??") },
        "nested-or" to search<Table> { where(or(Table.NAME eq "a", Table.NAME eq "b")) },
        "order-eq" to search<Column> { where(Column.ORDER eq 1) },
        "owner-within" to search<Table> { where(Table.OWNER_USERS within listOf("alice", "bob")) },
        "page-size-0-aggs" to search {
            pageSize(0)
            aggregate("by_type", Asset.TYPE_NAME.bucketBy(5))
        },
        "page-size-50" to search<Table> { pageSize(50) },
        "qn-prefix" to search { where(Asset.QUALIFIED_NAME startsWith "default/snowflake/1700000000/DB") },
        "rowcount-gt" to search<Table> { where(Table.ROW_COUNT gt 1_000_000) },
        "select-defaults" to search {
            superType(Asset)
            active()
        },
        "sort-name-desc" to search<Table> { sort(Table.NAME.desc()) },
        "super-types" to search { superType(SQL) },
        "term-type-and-state" to search<Table> { },
        "types-within" to search { assetTypes(Table, View, MaterialisedView) },
        "where-not" to search<Table> { whereNot(Table.CERTIFICATE_STATUS eq "DEPRECATED") },
        "where-some" to search<Table> {
            whereSome(Table.DESCRIPTION.hasAnyValue())
            whereSome(Table.USER_DESCRIPTION.hasAnyValue())
        },
    )

    val vectors = File(System.getProperty("katalog.reference") ?: "../reference", "atlan/vectors/search")
        .listFiles { f -> f.extension == "json" }!!.sortedBy { it.name }

    test("every vector is written with the DSL") {
        written.keys shouldContainExactlyInAnyOrder vectors.map { it.nameWithoutExtension }
    }

    for (file in vectors) {
        val id = file.nameWithoutExtension
        test("vector $id") {
            val expected = (Json.parseToJsonElement(file.readText()) as JsonObject).getValue("request") as JsonObject
            val actual = KatalogJson.encodeToElement(IndexSearchRequest.serializer(), written.getValue(id)) as JsonObject
            conformanceDifference(expected, actual).shouldBeNull()
            (actual["requestMetadata"] as JsonObject)["utmTags"] shouldBe JsonArray(listOf(JsonPrimitive(FluentSearch.UTM_TAG)))
        }
    }
})

/** The conformance rule: these keys equal, `"case_insensitive": false` optional on either side. */
fun conformanceDifference(expected: JsonObject, actual: JsonObject): String? {
    fun pick(request: JsonObject): JsonObject {
        val dsl = request["dsl"] as JsonObject
        val picked = LinkedHashMap<String, JsonElement>()
        for (key in listOf("query", "sort", "size", "from", "aggregations")) picked["dsl.$key"] = dsl[key] ?: JsonNull
        for (key in listOf("attributes", "relationAttributes")) picked[key] = request[key] ?: JsonNull
        return JsonObject(picked)
    }
    val e = lenient(pick(expected))
    val a = lenient(pick(actual))
    return if (e == a) null else "expected $e\n but built $a"
}

private fun lenient(element: JsonElement): JsonElement = when (element) {
    is JsonObject -> JsonObject(
        element.filterNot { (k, v) -> k == "case_insensitive" && v == JsonPrimitive(false) }.mapValues { lenient(it.value) },
    )
    is JsonArray -> JsonArray(element.map(::lenient))
    is JsonPrimitive -> if (!element.isString && element.content.toDoubleOrNull() != null) JsonPrimitive(element.content.toDouble()) else element
    else -> element
}
