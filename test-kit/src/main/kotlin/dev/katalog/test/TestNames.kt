package dev.katalog.test

import java.util.concurrent.atomic.AtomicLong

/**
 * Names that no other test class of this run, and no earlier run on the same catalog, uses: the catalog is shared,
 * so a test class that creates assets names them (or their connection) with these to stay out of the others' way.
 *
 * `catalog { connection(names.name("analytics"), Connector.SNOWFLAKE) { … } }` gives `analytics_orderstest_k3x9q2`.
 */
public class TestNames internal constructor(owner: String) {
    private val counter = AtomicLong()

    /** This test class's part of every name: its simple name (lowercase letters and digits only) and the run's id. */
    public val prefix: String = "${owner.lowercase().filter { it in 'a'..'z' || it in '0'..'9' }.take(40).ifEmpty { "test" }}_${RunNames.RUN_ID}"

    /** The id of this run: the same for every test class in this JVM, different in the next run. */
    public val runId: String get() = RunNames.RUN_ID

    /** [base] made this class's own: the same answer every time it is asked, e.g. `analytics_orderstest_k3x9q2`. */
    public fun name(base: String): String = "${base}_$prefix"

    /** A name that is new on every call, e.g. `orders_orderstest_k3x9q2_1`: for tests that each need their own asset. */
    public fun unique(base: String): String = "${name(base)}_${counter.incrementAndGet()}"

    /** The prefix, for test reports. */
    override fun toString(): String = "TestNames($prefix)"
}
