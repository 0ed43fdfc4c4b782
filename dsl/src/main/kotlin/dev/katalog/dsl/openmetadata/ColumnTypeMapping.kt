package dev.katalog.dsl.openmetadata

import dev.katalog.model.openmetadata.type.ColumnDataType

/**
 * A tree column's data type as OpenMetadata writes it: the [dataType], its length, precision and scale when the
 * tree's text gave them (`VARCHAR(200)`, `NUMBER(38,2)`), an ARRAY's element type ([arrayDataType], from
 * `ARRAY<INT>`), and the text itself as [display]. [problemOf] says what OpenMetadata 1.4 would refuse.
 */
public class ColumnTypeMapping internal constructor(
    public val dataType: ColumnDataType,
    public val dataLength: Long?,
    public val precision: Long?,
    public val scale: Long?,
    public val display: String,
    public val arrayDataType: ColumnDataType? = null,
) {
    override fun toString(): String = "$display → $dataType"

    public companion object {
        // Types OpenMetadata 1.4 requires a dataLength for; when the tree gives none, 1 is sent, as OpenMetadata's own connectors do.
        private val needsLength = setOf(ColumnDataType.CHAR, ColumnDataType.VARCHAR, ColumnDataType.BINARY, ColumnDataType.VARBINARY)

        // Names databases use for types OpenMetadata names differently (Snowflake, Postgres, SQL Server, Oracle, BigQuery).
        private val aliases: Map<String, ColumnDataType> = mapOf(
            "INTEGER" to ColumnDataType.INT, "INT4" to ColumnDataType.INT, "SERIAL" to ColumnDataType.INT, "MEDIUMINT" to ColumnDataType.INT,
            "INT8" to ColumnDataType.BIGINT, "BIGSERIAL" to ColumnDataType.BIGINT, "INT64" to ColumnDataType.BIGINT,
            "INT2" to ColumnDataType.SMALLINT, "SMALLSERIAL" to ColumnDataType.SMALLINT,
            "BOOL" to ColumnDataType.BOOLEAN,
            "REAL" to ColumnDataType.FLOAT, "FLOAT4" to ColumnDataType.FLOAT, "FLOAT64" to ColumnDataType.DOUBLE,
            "FLOAT8" to ColumnDataType.DOUBLE, "DOUBLE PRECISION" to ColumnDataType.DOUBLE,
            "DEC" to ColumnDataType.DECIMAL, "BIGNUMERIC" to ColumnDataType.NUMERIC, "MONEY" to ColumnDataType.NUMBER,
            "CHARACTER VARYING" to ColumnDataType.VARCHAR, "NVARCHAR" to ColumnDataType.VARCHAR, "VARCHAR2" to ColumnDataType.VARCHAR,
            "NVARCHAR2" to ColumnDataType.VARCHAR, "CHARACTER" to ColumnDataType.CHAR, "NCHAR" to ColumnDataType.CHAR,
            "TINYTEXT" to ColumnDataType.TEXT, "LONGTEXT" to ColumnDataType.TEXT, "CITEXT" to ColumnDataType.TEXT,
            "TIMESTAMP_NTZ" to ColumnDataType.TIMESTAMP, "TIMESTAMP_LTZ" to ColumnDataType.TIMESTAMPZ, "TIMESTAMP_TZ" to ColumnDataType.TIMESTAMPZ,
            "TIMESTAMPTZ" to ColumnDataType.TIMESTAMPZ, "TIMESTAMP WITH TIME ZONE" to ColumnDataType.TIMESTAMPZ,
            "TIMESTAMP WITHOUT TIME ZONE" to ColumnDataType.TIMESTAMP, "DATETIME2" to ColumnDataType.DATETIME, "SMALLDATETIME" to ColumnDataType.DATETIME,
            "DATETIMEOFFSET" to ColumnDataType.TIMESTAMPZ, "TIMETZ" to ColumnDataType.TIME,
            "JSONB" to ColumnDataType.JSON, "OBJECT" to ColumnDataType.JSON, "BYTES" to ColumnDataType.BYTES,
            "VARBYTE" to ColumnDataType.VARBINARY, "RAW" to ColumnDataType.BINARY,
        )

        /**
         * The OpenMetadata type for the tree's [text] (case-insensitive, parameters in parentheses read); null when
         * OpenMetadata has no such type. The names of [ColumnDataType] map to themselves.
         */
        @JvmStatic
        public fun ofOrNull(text: String): ColumnTypeMapping? {
            val trimmed = text.trim()
            val base = trimmed.substringBefore('(').trim().uppercase().replace(Regex("\\s+"), " ")
            val parameters = trimmed.substringBefore('<').substringAfter('(', "").substringBefore(')').split(',').mapNotNull { it.trim().toLongOrNull() }
            // ARRAY<…>, STRUCT<…> and MAP<…> carry their element types after '<'.
            val name = base.substringBefore('<').trim()
            val type = aliases[name] ?: ColumnDataType.entries.firstOrNull { it != ColumnDataType.UNRECOGNIZED && it.value == name } ?: return null
            val numeric = type == ColumnDataType.NUMBER || type == ColumnDataType.NUMERIC || type == ColumnDataType.DECIMAL
            val length = when {
                numeric -> null
                parameters.isNotEmpty() -> parameters[0]
                type in needsLength -> 1
                else -> null
            }
            // The element type of ARRAY<…>, itself any type this mapping knows (ARRAY<ARRAY<INT>> has ARRAY elements).
            val element = if (type == ColumnDataType.ARRAY && '<' in trimmed) {
                ofOrNull(trimmed.substringAfter('<').substringBeforeLast('>'))?.dataType ?: return null
            } else {
                null
            }
            return ColumnTypeMapping(
                type, length,
                if (numeric) parameters.getOrNull(0) else null,
                if (numeric) parameters.getOrNull(1) else null,
                trimmed,
                element,
            )
        }

        /**
         * What OpenMetadata 1.4 refuses in [mapping] (its `ColumnUtil.validateColumn`), with the fix, or null: an
         * ARRAY needs its element type, and a scale may not exceed the precision.
         */
        @JvmStatic
        public fun problemOf(mapping: ColumnTypeMapping): String? = when {
            mapping.dataType == ColumnDataType.ARRAY && mapping.arrayDataType == null ->
                "\"${mapping.display}\" is an ARRAY without its element type, which OpenMetadata requires: write it with one, e.g. ARRAY<VARCHAR>"
            mapping.scale != null && mapping.precision != null && mapping.scale > mapping.precision ->
                "\"${mapping.display}\" has a scale (${mapping.scale}) larger than its precision (${mapping.precision}), which OpenMetadata refuses: give the precision first, e.g. DECIMAL(10,2)"
            else -> null
        }
    }
}
