package dev.katalog.client.openmetadata.tables

import dev.katalog.client.core.UsageException
import dev.katalog.model.openmetadata.api.data.CreateTableProfile
import dev.katalog.model.openmetadata.entity.data.ProfileSampleType
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.TableData
import dev.katalog.model.openmetadata.type.TableProfilerConfig

/**
 * What OpenMetadata 1.4 refuses in table data (openmetadata-service `jdbi3/TableRepository.java`), checked before
 * sending so that the caller learns which column or row is wrong, and so that a profile is never half stored (the
 * server stores the table profile before it checks the column profiles).
 */
internal object TableDataChecks {
    fun sampleData(table: Table, data: TableData) {
        val columns = data.columns.orEmpty()
        for (name in columns) checkTopLevel(table, name, "Sample data")
        UsageException.check(columns.toSet().size == columns.size, { "Sample data names a column twice: ${columns.groupBy { it }.filterValues { it.size > 1 }.keys}" }, "Name each column once")
        data.rows.orEmpty().forEachIndexed { index, row ->
            UsageException.check(
                row.size == columns.size,
                { "Sample row $index of ${fqn(table)} has ${row.size} values for ${columns.size} columns" },
                "Give every row one value per column, in the order of columns (null where there is none)",
            )
        }
    }

    fun profilerConfig(table: Table, config: TableProfilerConfig) {
        for (name in config.excludeColumns.orEmpty()) checkTopLevel(table, name, "The profiler config's excludeColumns")
        for (included in config.includeColumns.orEmpty()) {
            val name = included.columnName ?: throw UsageException("An includeColumns entry of the profiler config has no columnName", "Name the column each entry configures")
            checkTopLevel(table, name, "The profiler config's includeColumns")
        }
        val sample = config.profileSample
        if (sample != null) {
            val type = config.profileSampleType ?: ProfileSampleType.PERCENTAGE
            UsageException.check(
                type != ProfileSampleType.PERCENTAGE || sample in 0.0..100.0,
                { "A PERCENTAGE profile sample must be between 0 and 100, was $sample" },
                "Give a percentage, or set profileSampleType to ROWS for a row count",
            )
            UsageException.check(sample >= 0, { "A profile sample cannot be negative, was $sample" }, "Give a row count of 0 or more")
        }
    }

    fun profile(table: Table, profile: CreateTableProfile) {
        val names = profile.columnProfile.orEmpty().map { it.name }
        for (name in names) {
            UsageException.check(
                column(table.columns, name) != null,
                { "A column profile is for $name, which is not a column of ${fqn(table)} (it has ${table.columns.joinToString(", ") { it.name }})" },
                "Profile only the table's columns; name a nested column by its path from the top, parent.child",
            )
        }
        UsageException.check(names.toSet().size == names.size, { "The request profiles a column twice: ${names.groupBy { it }.filterValues { it.size > 1 }.keys}" }, "Send one profile per column per request")
    }

    /** The column of [columns] at the dotted [path] (`parent.child`), as the server finds profiled columns. */
    fun column(columns: List<Column>?, path: String, parent: String? = null): Column? {
        for (column in columns.orEmpty()) {
            val name = if (parent == null) column.name else "$parent.${column.name}"
            if (name == path) return column
            column(column.children, path, name)?.let { return it }
        }
        return null
    }

    fun fqn(table: Table): String = table.fullyQualifiedName
        ?: throw UsageException("The table ${table.name} has no fullyQualifiedName", "Pass the table as the server returned it (entities.getByName or createOrUpdate)")

    private fun checkTopLevel(table: Table, name: String, what: String) {
        UsageException.check(
            table.columns.any { it.name == name },
            { "$what names $name, which is not a column of ${fqn(table)} (it has ${table.columns.joinToString(", ") { it.name }})" },
            "Use the table's own column names (top-level columns only); read the table again if its columns changed",
        )
    }
}
