package dev.katalog.bench

import kotlin.system.exitProcess

/** `bin/katalog bench <benchmark> [--quick]`. */
public object BenchMain {
    @JvmStatic
    public fun main(args: Array<String>) {
        when (args.firstOrNull()) {
            "decode" -> DecodeRatio.main(args.drop(1).toTypedArray())
            "search-build" -> SearchBuildTime.main(args.drop(1).toTypedArray())
            else -> {
                System.err.println("Usage: bin/katalog bench decode|search-build [--quick]")
                exitProcess(2)
            }
        }
    }
}
