package dev.katalog.local.directory

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.text
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** Heracles' listing of directory records: `limit`, `offset`, `sort` (`-` for descending) and a JSON `filter`. */
internal object DirectoryPaging {
    fun page(all: List<JsonObject>, query: Map<String, List<String>>): JsonObject {
        val limit = number(query, "limit") ?: 30
        val offset = number(query, "offset") ?: 0
        val filterText = query["filter"]?.firstOrNull()?.takeIf { it.isNotBlank() }
        val filter = filterText?.let {
            runCatching { Json.parseToJsonElement(it) }.getOrNull().obj()
                ?: throw CatalogException.BadRequest("filter must be a JSON object, e.g. {\"username\":\"admin\"}")
        }
        var matching = if (filter == null) all else all.filter { matches(it, filter) }
        query["sort"]?.firstOrNull()?.takeIf { it.isNotBlank() }?.let { sort ->
            val field = sort.removePrefix("-")
            val ordered = matching.sortedBy { it[field].text().orEmpty() }
            matching = if (sort.startsWith("-")) ordered.reversed() else ordered
        }
        val records = matching.drop(offset.coerceAtLeast(0)).take(limit.coerceAtLeast(0))
        return buildJsonObject {
            put("totalRecord", all.size)
            put("filterRecord", matching.size)
            put("records", JsonArray(records))
        }
    }

    private fun number(query: Map<String, List<String>>, name: String): Int? =
        query[name]?.firstOrNull()?.let { it.toIntOrNull() ?: throw CatalogException.BadRequest("$name must be a number, was $it") }

    private fun matches(record: JsonObject, filter: JsonObject): Boolean = filter.all { (key, condition) ->
        when (key) {
            "\$and" -> condition.arr()?.all { c -> c.obj()?.let { matches(record, it) } ?: false } ?: false
            "\$or" -> condition.arr()?.any { c -> c.obj()?.let { matches(record, it) } ?: false } ?: false
            else -> fieldMatches(record[key], condition)
        }
    }

    private fun fieldMatches(value: JsonElement?, condition: JsonElement): Boolean {
        // A list-valued field (a group's alias attribute) matches when one of its values does.
        if (value is JsonArray) return value.any { fieldMatches(it, condition) }
        val actual = value.text()
        val ops = condition.obj() ?: return actual != null && actual == condition.text()
        return ops.all { (op, arg) ->
            when (op) {
                "\$eq" -> actual == arg.text()
                "\$ne" -> actual != arg.text()
                "\$in" -> arg.arr()?.any { it.text() == actual } ?: false
                "\$nin" -> arg.arr()?.none { it.text() == actual } ?: true
                "\$ilike", "\$like" -> actual != null && like(actual, arg.text().orEmpty(), op == "\$ilike")
                else -> throw CatalogException.BadRequest("Unsupported filter operator $op: use \$eq, \$ne, \$in, \$nin, \$like or \$ilike")
            }
        }
    }

    // SQL LIKE: % is any run of characters, _ one character.
    private fun like(value: String, pattern: String, ignoreCase: Boolean): Boolean {
        val regex = buildString {
            for (c in pattern) when (c) {
                '%' -> append(".*")
                '_' -> append('.')
                else -> append(Regex.escape(c.toString()))
            }
        }
        val options = if (ignoreCase) setOf(RegexOption.IGNORE_CASE, RegexOption.DOT_MATCHES_ALL) else setOf(RegexOption.DOT_MATCHES_ALL)
        return Regex(regex, options).matches(value)
    }
}
