package dev.katalog.local.lineage

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import dev.katalog.local.json.text
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject

/**
 * A filter of a lineage list (`entityFilters`, `entityTraversalFilters`, `relationshipTraversalFilters`): a
 * `condition` (AND, OR) over a `criterion` list, each an `attributeName`, `operator` and `attributeValue`, or a nested
 * filter. Evaluated in memory over an asset's properties, as atlas-metastore does (AtlasLineageListContext,
 * SearchParameters.Operator, with the operator spellings it accepts).
 */
internal class LineageCriteria private constructor(private val and: Boolean, private val tests: List<(Map<String, List<String>>) -> Boolean>) {

    fun matches(properties: Map<String, List<String>>): Boolean =
        if (and) tests.all { it(properties) } else tests.any { it(properties) }

    companion object {
        /** [json] read as a filter, null when absent or empty; a malformed one is a 400 naming [what]. */
        fun of(json: JsonElement?, what: String): LineageCriteria? {
            val filter = json as? JsonObject ?: return null
            val criteria = filter.arr("criterion") ?: return null
            if (criteria.isEmpty()) return null
            return group(filter, criteria, what)
        }

        private fun group(filter: JsonObject, criteria: JsonArray, what: String): LineageCriteria {
            val condition = filter.str("condition")?.uppercase() ?: "AND"
            if (condition != "AND" && condition != "OR") throw CatalogException.BadRequest("$what.condition must be AND or OR, was $condition")
            val tests = criteria.mapIndexed { i, element ->
                val criterion = element.obj() ?: throw CatalogException.BadRequest("$what.criterion[$i] must be an object")
                val nested = criterion.arr("criterion")
                if (nested != null) group(criterion, nested, "$what.criterion[$i]")::matches else test(criterion, "$what.criterion[$i]")
            }
            return LineageCriteria(condition == "AND", tests)
        }

        private fun test(criterion: JsonObject, what: String): (Map<String, List<String>>) -> Boolean {
            val name = criterion.str("attributeName") ?: throw CatalogException.BadRequest("$what.attributeName is required")
            val operator = criterion.str("operator") ?: throw CatalogException.BadRequest("$what.operator is required")
            val value = criterion["attributeValue"].text().orEmpty()
            val compare: (String) -> Boolean = when (operator) {
                "=", "eq", "EQ" -> { v -> v == value }
                "!=", "neq", "NEQ" -> { v -> v != value }
                "<", "lt", "LT" -> { v -> order(v, value) < 0 }
                ">", "gt", "GT" -> { v -> order(v, value) > 0 }
                "<=", "lte", "LTE" -> { v -> order(v, value) <= 0 }
                ">=", "gte", "GTE" -> { v -> order(v, value) >= 0 }
                "startsWith", "STARTSWITH", "begins_with", "BEGINS_WITH" -> { v -> v.startsWith(value) }
                "endsWith", "ENDSWITH", "ends_with", "ENDS_WITH" -> { v -> v.endsWith(value) }
                "contains", "CONTAINS" -> { v -> v.contains(value) }
                "not_contains", "NOT_CONTAINS" -> { v -> !v.contains(value) }
                "isNull", "IS_NULL" -> return { props -> props[name].isNullOrEmpty() }
                "notNull", "NOT_NULL" -> return { props -> !props[name].isNullOrEmpty() }
                else -> throw CatalogException.BadRequest("$what.operator \"$operator\" is not supported; use one of =, !=, <, >, <=, >=, startsWith, endsWith, contains, not_contains, isNull, notNull")
            }
            val negative = operator in setOf("!=", "neq", "NEQ", "not_contains", "NOT_CONTAINS")
            return { props ->
                val values = props[name].orEmpty()
                if (negative) values.all(compare) else values.any(compare)
            }
        }

        private fun order(a: String, b: String): Int {
            val x = a.toBigDecimalOrNull()
            val y = b.toBigDecimalOrNull()
            return if (x != null && y != null) x.compareTo(y) else a.compareTo(b)
        }
    }
}
