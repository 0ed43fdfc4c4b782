package dev.katalog.client.openmetadata.tables

import dev.katalog.client.core.UsageException
import dev.katalog.model.openmetadata.type.TableData
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive

/**
 * Sample rows as OpenMetadata takes them (`TableData`: column names, and rows of JSON values in the same order), built
 * from plain values: `SampleData.of(listOf("id", "name"), listOf(listOf(1, "Ada"), listOf(2, null)))`.
 */
public object SampleData {
    /**
     * [rows] of [columns], each value a String, Number, Boolean, null or a JsonElement; any other value, or a row
     * whose width differs from [columns], is a `UsageException` naming the row.
     */
    @JvmStatic
    public fun of(columns: List<String>, rows: List<List<Any?>>): TableData = TableData(
        columns = columns,
        rows = rows.mapIndexed { index, row ->
            UsageException.check(row.size == columns.size, { "Sample row $index has ${row.size} values for ${columns.size} columns" }, "Give every row one value per column, null where there is none")
            row.map { value -> json(value, index) }
        },
    )

    private fun json(value: Any?, row: Int): JsonElement = when (value) {
        null -> JsonNull
        is JsonElement -> value
        is String -> JsonPrimitive(value)
        is Number -> JsonPrimitive(value)
        is Boolean -> JsonPrimitive(value)
        else -> throw UsageException(
            "Sample row $row holds a ${value::class.java.simpleName}, which has no JSON form",
            "Pass strings, numbers, booleans or null (format dates and other values as strings first)",
        )
    }
}
