package dev.katalog.local.openmetadata

import dev.katalog.local.json.str
import dev.katalog.local.json.text
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject

/**
 * The column checks OpenMetadata 1.4 makes beyond the schema (`ColumnUtil.validateColumn` and
 * `TableRepository.validateColumns`), with its messages: names unique among siblings, a length for CHAR, VARCHAR,
 * BINARY and VARBINARY, an element type for ARRAY, children for STRUCT, and a scale only with a precision no smaller.
 * An `arrayDataType` on a column that is not an ARRAY is dropped, as the server drops it.
 */
internal object ColumnRules {
    private val needsLength = setOf("CHAR", "VARCHAR", "BINARY", "VARBINARY")

    fun checked(columns: JsonArray): JsonArray {
        val seen = HashSet<String>()
        return JsonArray(columns.map { element ->
            val column = element as? JsonObject ?: return@map element
            val name = column.str("name").orEmpty()
            if (!seen.add(name)) throw OpenMetadataErrors.badRequest("Column name $name is repeated")
            val type = column.str("dataType")
            if (type in needsLength && column["dataLength"] == null) {
                throw OpenMetadataErrors.badRequest("For column data types char, varchar, binary, varbinary dataLength must not be null")
            }
            if (type == "ARRAY" && column.str("arrayDataType") == null) {
                throw OpenMetadataErrors.badRequest("For column data type array, arrayDataType must not be null")
            }
            val scale = column["scale"].text()?.toLongOrNull()
            val precision = column["precision"].text()?.toLongOrNull()
            if (scale != null && precision == null) throw OpenMetadataErrors.badRequest("Scale is set but precision is not set for the column $name")
            if (scale != null && precision != null && scale > precision) {
                throw OpenMetadataErrors.badRequest("Scale can't be greater than the precision for the column $name")
            }
            val children = column["children"] as? JsonArray
            if (type == "STRUCT" && children == null) throw OpenMetadataErrors.badRequest("For column data type struct, children must not be null")
            var out = column
            if (type != "ARRAY" && "arrayDataType" in out) out = JsonObject(out - "arrayDataType")
            if (children != null) out = JsonObject(out + ("children" to checked(children)))
            out
        })
    }
}
