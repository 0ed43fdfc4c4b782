package dev.katalog.local.openmetadata

import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.doubleOrNull
import kotlinx.serialization.json.longOrNull
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject

/**
 * What OpenMetadata 1.4 keeps beside a table rather than in it, as openmetadata-service `jdbi3/TableRepository.java`
 * does: sample data and profiler config (its `entity_extension` rows, one per table), table and column profiles (its
 * profiler time series, keyed by the table's or the column's FQN and a timestamp). Writes answer the table with what
 * was written; the table's own version does not change.
 */
internal class TableDataService(private val index: EntityIndex) {

    /** `PUT /tables/{id}/sampleData`: every column must be the table's, every row as wide as the columns (`addSampleData`). */
    suspend fun putSampleData(id: String, body: JsonElement): JsonObject {
        val data = valid(body, TABLE_DATA, "sample data")
        val table = liveTable(id)
        val columns = data.arr("columns").orEmpty().map { it.str() ?: "" }
        for (column in columns) checkColumn(table, column)
        for (row in data.arr("rows").orEmpty()) {
            val width = (row as? JsonArray)?.size ?: 0
            if (width != columns.size) throw OpenMetadataErrors.badRequest("Number of columns is ${columns.size} but row has $width sample values")
        }
        index.putExtension(extensionId(id, SAMPLE_DATA), extension(table, SAMPLE_DATA, data))
        return withField(table, "sampleData", data)
    }

    /** `GET /tables/{id}/sampleData`: the table with its sample data, none when none was put (`getSampleData`). */
    suspend fun sampleData(id: String): JsonObject {
        val table = liveTable(id)
        return withField(table, "sampleData", index.extension(extensionId(id, SAMPLE_DATA))?.obj("payload"))
    }

    /** `DELETE /tables/{id}/sampleData` (`deleteSampleData`). */
    suspend fun deleteSampleData(id: String): JsonObject {
        val table = liveTable(id)
        index.removeExtension(extensionId(id, SAMPLE_DATA))
        return withField(table, "sampleData", null)
    }

    /**
     * `PUT /tables/{id}/tableProfilerConfig`: excluded and included columns must be the table's, and a PERCENTAGE
     * sample between 0 and 100 (`addTableProfilerConfig`, `EntityUtil.validateProfileSample`).
     */
    suspend fun putProfilerConfig(id: String, body: JsonElement): JsonObject {
        val config = valid(body, PROFILER_CONFIG_SCHEMA, "profiler config")
        val table = liveTable(id)
        for (column in config.arr("excludeColumns").orEmpty()) checkColumn(table, column.str().orEmpty())
        for (column in config.arr("includeColumns").orEmpty()) checkColumn(table, column.obj()?.str("columnName").orEmpty())
        val sample = (config["profileSample"] as? JsonPrimitive)?.doubleOrNull
        if (config.str("profileSampleType") == "PERCENTAGE" && sample != null && (sample < 0 || sample > 100)) {
            throw OpenMetadataErrors.badRequest("Profile sample value must be between 0 and 100")
        }
        index.putExtension(extensionId(id, PROFILER_CONFIG), extension(table, PROFILER_CONFIG, config))
        return withField(table, "tableProfilerConfig", config)
    }

    /** `GET /tables/{id}/tableProfilerConfig`: the table with its profiler config. */
    suspend fun profilerConfig(id: String): JsonObject {
        val table = liveTable(id)
        return withField(table, "tableProfilerConfig", profilerConfigOf(id))
    }

    /** `DELETE /tables/{id}/tableProfilerConfig` (`deleteTableProfilerConfig`). */
    suspend fun deleteProfilerConfig(id: String): JsonObject {
        val table = liveTable(id)
        index.removeExtension(extensionId(id, PROFILER_CONFIG))
        return withField(table, "tableProfilerConfig", null)
    }

    /** The stored profiler config of the table [id], for `fields=tableProfilerConfig`. */
    suspend fun profilerConfigOf(id: String): JsonObject? = index.extension(extensionId(id, PROFILER_CONFIG))?.obj("payload")

    /**
     * `PUT /tables/{id}/tableProfile` (`addTableProfileData`): the table profile is stored first, then each column
     * profile, a column named by its name or `parent.child`; an unknown column is a 400 after what came before it
     * was stored, as the server (no transaction around it) leaves it. A profile at a timestamp already held replaces it.
     */
    suspend fun addProfile(id: String, body: JsonElement): JsonObject {
        val request = valid(body, CREATE_TABLE_PROFILE, "table profile")
        val table = liveTable(id)
        val fqn = table.str("fullyQualifiedName")!!
        val profile = request.obj("tableProfile")!!
        val timestamp = (profile["timestamp"] as? JsonPrimitive)?.longOrNull ?: 0L
        index.putExtension(seriesId(fqn, TABLE_PROFILE, timestamp), series(table, fqn, TABLE_PROFILE, timestamp, profile))
        for (columnProfile in request.arr("columnProfile").orEmpty().mapNotNull { it.obj() }) {
            val name = columnProfile.str("name").orEmpty()
            val column = findColumn(table.arr("columns").orEmpty(), name, null)
                ?: throw OpenMetadataErrors.badRequest("Invalid column name $name")
            val columnFqn = column.str("fullyQualifiedName")!!
            val at = (columnProfile["timestamp"] as? JsonPrimitive)?.longOrNull ?: timestamp
            index.putExtension(seriesId(columnFqn, COLUMN_PROFILE, at), series(table, columnFqn, COLUMN_PROFILE, at, columnProfile))
        }
        return withField(table, "profile", profile)
    }

    /** `GET /tables/{fqn}/tableProfile?startTs&endTs`: the table's profiles in the range, newest first (`getTableProfiles`). */
    suspend fun tableProfiles(fqn: String, startTs: Long, endTs: Long): JsonObject = resultList(between(fqn, TABLE_PROFILE, startTs, endTs), startTs, endTs)

    /** `GET /tables/{columnFqn}/columnProfile?startTs&endTs`: the column's profiles in the range, newest first (`getColumnProfiles`). */
    suspend fun columnProfiles(fqn: String, startTs: Long, endTs: Long): JsonObject = resultList(between(fqn, COLUMN_PROFILE, startTs, endTs), startTs, endTs)

    /**
     * `GET /tables/{fqn}/tableProfile/latest` (`getLatestTableProfile`): the table (deleted ones too) with its latest
     * profile, and each column with its own latest; 404 for an unknown table. Only here does a table carry `profile`:
     * 1.4's `setFields` never fills it, whatever `fields=` asks.
     */
    suspend fun latestProfile(fqn: String): JsonObject {
        val table = index.byFqn(EntityKinds.TABLE, fqn) ?: throw OpenMetadataErrors.notFound("table", fqn)
        val shown = withField(table, "profile", latest(table.str("fullyQualifiedName")!!, TABLE_PROFILE))
        return JsonObject(shown + ("columns" to withColumnProfiles(shown.arr("columns").orEmpty())))
    }

    private suspend fun withColumnProfiles(columns: JsonArray): JsonArray = JsonArray(columns.map { element ->
        val column = element.obj() ?: return@map element
        val profile = column.str("fullyQualifiedName")?.let { latest(it, COLUMN_PROFILE) }
        var updated = if (profile != null) column + ("profile" to profile) else column
        val children = column.arr("children")
        if (children != null) updated = updated + ("children" to withColumnProfiles(children))
        JsonObject(updated)
    })

    private suspend fun latest(fqn: String, extension: String): JsonObject? =
        index.extensions(seriesQuery(fqn, extension, null), "timestamp", "desc").firstOrNull()?.obj("payload")

    private suspend fun between(fqn: String, extension: String, startTs: Long, endTs: Long): List<JsonObject> =
        index.extensions(seriesQuery(fqn, extension, startTs to endTs), "timestamp", "desc").mapNotNull { it.obj("payload") }

    private fun seriesQuery(fqn: String, extension: String, range: Pair<Long, Long>?) = buildJsonObject {
        putJsonObject("bool") {
            putJsonArray("filter") {
                add(EntityIndex.term("entityFqn", fqn))
                add(EntityIndex.term("extension", extension))
                if (range != null) add(buildJsonObject {
                    putJsonObject("range") { putJsonObject("timestamp") { put("gte", range.first); put("lte", range.second) } }
                })
            }
        }
    }

    // ResultList(data, startTs, endTs, size): 1.4 puts the range in the paging cursors and never pages these lists.
    private fun resultList(data: List<JsonObject>, startTs: Long, endTs: Long) = buildJsonObject {
        put("data", JsonArray(data))
        putJsonObject("paging") { put("before", startTs.toString()); put("after", endTs.toString()); put("total", data.size) }
    }

    // A column by its name, or a nested one by its dotted path from the top (`getColumnNameForProfiler`).
    private fun findColumn(columns: JsonArray, name: String, parent: String?): JsonObject? {
        for (element in columns) {
            val column = element.obj() ?: continue
            val path = if (parent == null) column.str("name").orEmpty() else "$parent.${column.str("name")}"
            if (path == name) return column
            val children = column.arr("children") ?: continue
            findColumn(children, name, path)?.let { return it }
        }
        return null
    }

    // TableRepository.validateColumn: only the table's own (top-level) columns, by exact name.
    private fun checkColumn(table: JsonObject, name: String) {
        if (table.arr("columns").orEmpty().none { it.obj()?.str("name") == name }) throw OpenMetadataErrors.badRequest("Invalid column name $name")
    }

    private suspend fun liveTable(id: String): JsonObject =
        index.get(EntityKinds.TABLE, id)?.takeIf { it["deleted"] != JsonPrimitive(true) } ?: throw OpenMetadataErrors.notFound("table", id)

    private fun valid(body: JsonElement, schema: String, what: String): JsonObject {
        val json = body as? JsonObject ?: throw OpenMetadataErrors.badRequest("The $what is a JSON object ($schema)")
        val problems = OpenMetadataSchemas.validate(schema, json.toString())
        if (problems.isNotEmpty()) throw OpenMetadataErrors.badRequest("Invalid $what ($schema): ${problems.joinToString("; ")}")
        return json
    }

    // The table as these endpoints answer it: its default fields, plus the one they are about.
    private fun withField(table: JsonObject, field: String, value: JsonElement?): JsonObject {
        val shown = FieldSelection.parse(EntityKinds.TABLE, null).apply(table)
        return if (value == null || value is JsonNull) JsonObject(shown - field) else JsonObject(shown + (field to value))
    }

    private fun extension(table: JsonObject, extension: String, payload: JsonObject) = buildJsonObject {
        put("entityId", table.str("id"))
        put("entityFqn", table.str("fullyQualifiedName"))
        put("entityType", EntityKinds.TABLE.type)
        put("extension", extension)
        put("payload", payload)
    }

    private fun series(table: JsonObject, fqn: String, extension: String, timestamp: Long, payload: JsonObject) = buildJsonObject {
        put("entityId", table.str("id"))
        put("entityFqn", fqn)
        put("entityType", EntityKinds.TABLE.type)
        put("extension", extension)
        put("timestamp", timestamp)
        put("payload", payload)
    }

    private fun extensionId(tableId: String, extension: String) = "$tableId|$extension"

    private fun seriesId(fqn: String, extension: String, timestamp: Long) = "${EntityIndex.digest(fqn)}|$extension|$timestamp"

    private companion object {
        // The server's extension names (TableRepository's TABLE_…_EXTENSION constants).
        const val SAMPLE_DATA = "table.sampleData"
        const val PROFILER_CONFIG = "table.tableProfilerConfig"
        const val TABLE_PROFILE = "table.tableProfile"
        const val COLUMN_PROFILE = "table.columnProfile"

        const val TABLE_DATA = "entity/data/table.json#/definitions/tableData"
        const val PROFILER_CONFIG_SCHEMA = "entity/data/table.json#/definitions/tableProfilerConfig"
        const val CREATE_TABLE_PROFILE = "api/data/createTableProfile.json"
    }
}
