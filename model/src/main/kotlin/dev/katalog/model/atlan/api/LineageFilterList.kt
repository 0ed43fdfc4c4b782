package dev.katalog.model.atlan.api

import kotlinx.serialization.EncodeDefault
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** Conditions on the assets or relationships of a lineage list, all of which ([Condition.AND]) or any of which must hold. */
@OptIn(ExperimentalSerializationApi::class)
@Serializable
public data class LineageFilterList(
    @EncodeDefault val condition: Condition = Condition.AND,
    @SerialName("criterion") val criteria: List<LineageCriterion>,
) {
    @Serializable
    public enum class Condition { AND, OR }
}

/**
 * One condition: the index name of an attribute (`name`, `__typeName`, `__state`, …), an operator and a value ([of]);
 * or a nested filter of its own ([group]), as Atlan's filter criteria nest.
 */
@Serializable
public data class LineageCriterion(
    val attributeName: String? = null,
    val operator: LineageOperator? = null,
    val attributeValue: String? = null,
    val condition: LineageFilterList.Condition? = null,
    @SerialName("criterion") val criteria: List<LineageCriterion>? = null,
) {
    public companion object {
        @JvmStatic
        public fun of(attributeName: String, operator: LineageOperator, attributeValue: String): LineageCriterion =
            LineageCriterion(attributeName = attributeName, operator = operator, attributeValue = attributeValue)

        @JvmStatic
        public fun group(filter: LineageFilterList): LineageCriterion = LineageCriterion(condition = filter.condition, criteria = filter.criteria)
    }
}

/** The comparisons a lineage filter may make, as Atlan spells them on the wire. */
@Serializable
public enum class LineageOperator(public val wire: String) {
    @SerialName("=") EQ("="),
    @SerialName("!=") NEQ("!="),
    @SerialName("<") LT("<"),
    @SerialName(">") GT(">"),
    @SerialName("<=") LTE("<="),
    @SerialName(">=") GTE(">="),
    @SerialName("startsWith") STARTS_WITH("startsWith"),
    @SerialName("endsWith") ENDS_WITH("endsWith"),
    @SerialName("contains") CONTAINS("contains"),
    @SerialName("not_contains") NOT_CONTAINS("not_contains"),
    @SerialName("isNull") IS_NULL("isNull"),
    @SerialName("notNull") NOT_NULL("notNull"),
}
