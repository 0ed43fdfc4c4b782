package dev.katalog.client.openmetadata.entities

import dev.katalog.client.core.UsageException
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject

/**
 * A column of a table as read from the server: where it sits ([segments] of its JSON Pointer, such as
 * `columns, 2, children, 0`) and what it holds ([column]).
 */
internal class LocatedColumn(val segments: List<Any>, val column: JsonObject) {
    fun pointer(vararg field: String): String = JsonPatch.pointer(*(segments + field).toTypedArray())
}

/**
 * Finds a column in a table's `columns` by its name, or, for a nested one, by its path below the table
 * (`address.city`: the part of its FQN after the table's), so that a patch can point at it by index.
 */
internal object ColumnLocator {
    fun locate(table: JsonObject, columnName: String): LocatedColumn {
        val tableFqn = (table["fullyQualifiedName"] as? JsonPrimitive)?.content.orEmpty()
        val columns = table["columns"] as? JsonArray ?: JsonArray(emptyList())
        val found = ArrayList<LocatedColumn>()
        val known = ArrayList<String>()
        fun walk(array: JsonArray, segments: List<Any>, topLevel: Boolean) {
            array.forEachIndexed { index, element ->
                val column = element.jsonObject
                val here = segments + index
                val name = (column["name"] as? JsonPrimitive)?.content
                val path = (column["fullyQualifiedName"] as? JsonPrimitive)?.content?.removePrefix("$tableFqn.") ?: name
                if (path != null) known += path
                if (path == columnName || (topLevel && name == columnName)) found += LocatedColumn(here, column)
                (column["children"] as? JsonArray)?.let { walk(it, here + "children", false) }
            }
        }
        walk(columns, listOf("columns"), true)
        return found.firstOrNull() ?: throw UsageException(
            "Table $tableFqn has no column \"${columnName.take(120)}\"",
            "Name one of its columns (${known.take(20).joinToString()}${if (known.size > 20) ", …" else ""}); a nested column by its path, e.g. address.city",
        )
    }
}
