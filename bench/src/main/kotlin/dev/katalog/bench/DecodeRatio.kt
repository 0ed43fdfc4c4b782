package dev.katalog.bench

import org.openjdk.jmh.results.RunResult
import org.openjdk.jmh.runner.Runner
import org.openjdk.jmh.runner.options.OptionsBuilder
import org.openjdk.jmh.runner.options.TimeValue

/** Runs [DecodeBenchmark] and prints each throughput and the ratio ours / Jackson tree (target ≥ 1.5). */
public object DecodeRatio {
    /** Runs the benchmark; [quick] shortens warm-up and measurement. Returns benchmark name → ops/s. */
    @JvmStatic
    public fun run(quick: Boolean): Map<String, Double> {
        // Two JVMs per benchmark, averaged: one JVM's JIT can settle 20–40 % above or below another's on the same code
        // (Jackson's tree read moved between 126 and 231 ops/s from fork to fork). Five warm-up seconds even in quick
        // mode: with fewer, the quick run measured code C2 had not finished compiling.
        val options = OptionsBuilder()
            .include(DecodeBenchmark::class.java.name)
            .forks(2)
            .warmupIterations(5)
            .warmupTime(TimeValue.seconds(if (quick) 1 else 2))
            .measurementIterations(if (quick) 3 else 5)
            .measurementTime(TimeValue.seconds(if (quick) 1 else 2))
            .jvmArgs("-Xmx1g")
            .build()
        val results: Collection<RunResult> = Runner(options).run()
        return results.associate { it.params.benchmark.substringAfterLast('.') to it.primaryResult.score }
    }

    @JvmStatic
    public fun main(args: Array<String>) {
        val scores = run(quick = "--quick" in args)
        val ours = scores.getValue("katalogTyped")
        val oursRead = scores.getValue("katalogTypedRead")
        val jackson = scores.getValue("jacksonReadTree")
        println()
        println("decode 1000 entities: katalog typed %.1f ops/s, typed+read %.1f ops/s, jackson readTree %.1f ops/s".format(ours, oursRead, jackson))
        println("decode_vs_jackson_tree = %.2f (typed+read: %.2f), target >= 1.5".format(ours / jackson, oursRead / jackson))
    }
}
