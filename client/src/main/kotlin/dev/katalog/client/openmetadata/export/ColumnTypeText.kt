package dev.katalog.client.openmetadata.export

import dev.katalog.dsl.openmetadata.ColumnTypeMapping
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType

/**
 * A column's data type as a tree writes it (`dataType = "…"`): the text OpenMetadata shows (`dataTypeDisplay`) when a
 * tree compiles it back to the same type, length, precision and scale ([ColumnTypeMapping]), so a plan of the export
 * on the same server is empty; otherwise the type with the parameters the server holds (`VARCHAR(255)`,
 * `DECIMAL(10,2)`, `ARRAY<INT>`), or the type's name alone.
 */
internal object ColumnTypeText {
    fun of(column: Column): String {
        val type = column.dataType ?: return column.dataTypeDisplay ?: ColumnDataType.UNKNOWN.value
        val base = type.value
        val candidates = listOfNotNull(
            column.dataTypeDisplay,
            column.arrayDataType?.let { "$base<${it.value}>" },
            when {
                column.precision != null && column.scale != null -> "$base(${column.precision},${column.scale})"
                column.precision != null -> "$base(${column.precision})"
                column.dataLength != null -> "$base(${column.dataLength})"
                else -> null
            },
            base,
        )
        return candidates.firstOrNull { fits(it, column) } ?: column.dataTypeDisplay ?: base
    }

    /** Whether [text] compiles to [column]'s type and each parameter the compiled column would send. */
    private fun fits(text: String, column: Column): Boolean {
        val mapping = ColumnTypeMapping.ofOrNull(text) ?: return false
        return ColumnTypeMapping.problemOf(mapping) == null && mapping.dataType == column.dataType &&
            (mapping.dataLength == null || mapping.dataLength == column.dataLength) &&
            (mapping.precision == null || mapping.precision == column.precision) &&
            (mapping.scale == null || mapping.scale == column.scale) &&
            (mapping.arrayDataType == null || mapping.arrayDataType == column.arrayDataType)
    }
}
