package dev.katalog.bench

import org.openjdk.jmh.runner.Runner
import org.openjdk.jmh.runner.options.OptionsBuilder
import org.openjdk.jmh.runner.options.TimeValue

/** Runs [SearchBuildBenchmark] and prints µs/op to build and serialize a typical search (target ≤ 20). */
public object SearchBuildTime {
    @JvmStatic
    public fun run(quick: Boolean): Double {
        val options = OptionsBuilder()
            .include(SearchBuildBenchmark::class.java.name)
            .forks(1)
            .warmupIterations(if (quick) 2 else 5).warmupTime(TimeValue.seconds(1))
            .measurementIterations(if (quick) 3 else 5).measurementTime(TimeValue.seconds(1))
            .build()
        return Runner(options).run().single().primaryResult.score
    }

    @JvmStatic
    public fun main(args: Array<String>) {
        val micros = run(quick = "--quick" in args)
        println()
        println("search_build_us = %.2f µs/op, target <= 20".format(micros))
    }
}
