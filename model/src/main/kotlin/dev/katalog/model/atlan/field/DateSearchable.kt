package dev.katalog.model.atlan.field

import dev.katalog.model.atlan.search.Query
import java.time.Instant

/** Comparisons on a date field with [Instant]s; the [Number] forms take epoch milliseconds. */
public interface DateSearchable : NumericSearchable {
    /** Exactly at [instant]. */
    public infix fun eq(instant: Instant): Query = eq(instant.toEpochMilli())

    /** After [instant]. */
    public infix fun gt(instant: Instant): Query = gt(instant.toEpochMilli())

    /** At or after [instant]. */
    public infix fun gte(instant: Instant): Query = gte(instant.toEpochMilli())

    /** Before [instant]. */
    public infix fun lt(instant: Instant): Query = lt(instant.toEpochMilli())

    /** At or before [instant]. */
    public infix fun lte(instant: Instant): Query = lte(instant.toEpochMilli())

    /** Between [from] and [to], both included. */
    public fun between(from: Instant, to: Instant): Query = between(from.toEpochMilli(), to.toEpochMilli())
}
