package dev.katalog.bench.suite

import kotlinx.serialization.Serializable

/** One measured figure of the suite, with its target (`<=1.05`, `>=4`) when it has one. */
@Serializable
public data class Metric(val name: String, val value: Double, val unit: String, val target: String? = null, val detail: String = "") {
    /** True when there is no target or the value meets it. */
    public val met: Boolean
        get() = when {
            target == null -> true
            target.startsWith("<=") -> value <= target.removePrefix("<=").toDouble()
            target.startsWith(">=") -> value >= target.removePrefix(">=").toDouble()
            else -> true
        }
}
