package dev.katalog.model.atlan.field

import dev.katalog.model.atlan.search.Aggregation
import dev.katalog.model.atlan.search.MetricKind
import dev.katalog.model.atlan.search.Query
import kotlinx.serialization.json.JsonPrimitive

/** Comparison and metric operators on a numeric index field (dates are epoch milliseconds). */
public interface NumericSearchable : Sortable {
    /** The numeric index field. */
    public val numericField: String

    override val sortField: String get() = numericField

    /** Exactly [value]. */
    public infix fun eq(value: Number): Query = Query.Term(numericField, JsonPrimitive(checked(value)))

    /** Greater than [value]. */
    public infix fun gt(value: Number): Query = Query.Range(numericField, gt = JsonPrimitive(checked(value)))

    /** At least [value]. */
    public infix fun gte(value: Number): Query = Query.Range(numericField, gte = JsonPrimitive(checked(value)))

    /** Less than [value]. */
    public infix fun lt(value: Number): Query = Query.Range(numericField, lt = JsonPrimitive(checked(value)))

    /** At most [value]. */
    public infix fun lte(value: Number): Query = Query.Range(numericField, lte = JsonPrimitive(checked(value)))

    /** Between [from] and [to], both included. */
    public fun between(from: Number, to: Number): Query =
        Query.Range(numericField, gte = JsonPrimitive(checked(from)), lte = JsonPrimitive(checked(to)))

    /** Has any value at all. */
    public fun hasAnyValue(): Query = Query.Exists(numericField)

    /** Sum of the field over the results. */
    public fun sum(): Aggregation = Aggregation.Metric(MetricKind.SUM, numericField)

    /** Average of the field over the results. */
    public fun avg(): Aggregation = Aggregation.Metric(MetricKind.AVG, numericField)

    /** Smallest value of the field over the results. */
    public fun min(): Aggregation = Aggregation.Metric(MetricKind.MIN, numericField)

    /** Largest value of the field over the results. */
    public fun max(): Aggregation = Aggregation.Metric(MetricKind.MAX, numericField)

    private fun checked(value: Number): Number {
        val finite = when (value) {
            is Double -> value.isFinite()
            is Float -> value.isFinite()
            else -> true
        }
        require(finite) { "$attribute cannot be compared with $value: use a finite number" }
        return value
    }
}
