package dev.katalog.bench

import kotlin.system.exitProcess

/** `bin/katalog bench <benchmark> [--quick]`. */
public object BenchMain {
    @JvmStatic
    public fun main(args: Array<String>) {
        when (args.firstOrNull()) {
            "decode" -> DecodeRatio.main(args.drop(1).toTypedArray())
            else -> {
                System.err.println("Usage: bin/katalog bench decode [--quick]")
                exitProcess(2)
            }
        }
    }
}
