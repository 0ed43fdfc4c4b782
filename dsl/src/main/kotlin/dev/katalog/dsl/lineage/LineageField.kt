package dev.katalog.dsl.lineage

import dev.katalog.model.atlan.api.LineageCriterion
import dev.katalog.model.atlan.api.LineageOperator
import dev.katalog.model.atlan.field.AttributeHandle
import dev.katalog.model.atlan.field.Sortable

/**
 * An attribute as lineage filters name it: the index name without its `.keyword` suffix (`__state` for status,
 * `__typeName` for the type, `name`), as Atlan's SDKs send it. `Asset.NAME.inLineage eq "ORDERS"`; from Java,
 * `LineageField.of(Asset.NAME).eq("ORDERS")`.
 */
public class LineageField private constructor(public val attributeName: String) {
    public infix fun eq(value: Any): LineageCondition = condition(LineageOperator.EQ, value)
    public infix fun neq(value: Any): LineageCondition = condition(LineageOperator.NEQ, value)
    public infix fun lt(value: Any): LineageCondition = condition(LineageOperator.LT, value)
    public infix fun gt(value: Any): LineageCondition = condition(LineageOperator.GT, value)
    public infix fun lte(value: Any): LineageCondition = condition(LineageOperator.LTE, value)
    public infix fun gte(value: Any): LineageCondition = condition(LineageOperator.GTE, value)
    public infix fun startsWith(value: String): LineageCondition = condition(LineageOperator.STARTS_WITH, value)
    public infix fun endsWith(value: String): LineageCondition = condition(LineageOperator.ENDS_WITH, value)
    public infix fun contains(value: String): LineageCondition = condition(LineageOperator.CONTAINS, value)
    public infix fun notContains(value: String): LineageCondition = condition(LineageOperator.NOT_CONTAINS, value)
    public fun isNull(): LineageCondition = condition(LineageOperator.IS_NULL, "")
    public fun notNull(): LineageCondition = condition(LineageOperator.NOT_NULL, "")

    private fun condition(operator: LineageOperator, value: Any): LineageCondition {
        // Enums go by the name Atlan stores (ACTIVE, Table), numbers and booleans by their text.
        val text = if (value is Enum<*>) value.name else value.toString()
        return LineageCondition(LineageCriterion.of(attributeName, operator, text))
    }

    override fun toString(): String = attributeName

    public companion object {
        /** The lineage form of [handle]. */
        @JvmStatic
        public fun of(handle: AttributeHandle): LineageField =
            LineageField(if (handle is Sortable) handle.sortField.removeSuffix(".keyword") else handle.attribute)

        /** An attribute by the name lineage filters use (`__state`, `__typeName`, `name`, `rowCount`). */
        @JvmStatic
        public fun named(attributeName: String): LineageField {
            if (attributeName.isBlank()) throw InvalidLineageException("A lineage filter needs an attribute name: use LineageField.of(Asset.NAME) or a name such as \"__state\"")
            return LineageField(attributeName)
        }
    }
}

/** One condition of a lineage filter. */
public class LineageCondition internal constructor(public val criterion: LineageCriterion) {
    override fun toString(): String = "${criterion.attributeName} ${criterion.operator?.wire} ${criterion.attributeValue}"
}

/** [this] attribute in a lineage filter: `Asset.NAME.inLineage eq "ORDERS"`. */
public val AttributeHandle.inLineage: LineageField get() = LineageField.of(this)
