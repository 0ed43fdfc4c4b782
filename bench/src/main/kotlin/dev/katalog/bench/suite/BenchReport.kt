package dev.katalog.bench.suite

import kotlinx.serialization.Serializable

/** What `bin/katalog bench` writes to `bench/results/latest.json`. */
@Serializable
public data class BenchReport(
    val commit: String,
    val quick: Boolean,
    val machine: String,
    val date: String,
    val metrics: List<Metric>,
)
