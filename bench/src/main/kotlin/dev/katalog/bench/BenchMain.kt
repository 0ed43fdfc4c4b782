package dev.katalog.bench

import kotlin.system.exitProcess

/** `bin/katalog bench <benchmark> [--quick]`. */
public object BenchMain {
    @JvmStatic
    public fun main(args: Array<String>) {
        when (args.firstOrNull()) {
            "decode" -> DecodeRatio.main(args.drop(1).toTypedArray())
            "search-build" -> SearchBuildTime.main(args.drop(1).toTypedArray())
            "stream-heap" -> StreamHeap.main(args.drop(1).toTypedArray())
            "engines" -> EngineComparison.main(args.drop(1).toTypedArray())
            else -> {
                System.err.println("Usage: bin/katalog bench decode|search-build [--quick] | stream-heap [--assets N] | engines [--assets N]")
                exitProcess(2)
            }
        }
    }
}
