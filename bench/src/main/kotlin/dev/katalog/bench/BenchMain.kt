package dev.katalog.bench

import kotlin.system.exitProcess

/** `bin/katalog bench <benchmark> [--quick]`. */
public object BenchMain {
    @JvmStatic
    public fun main(args: Array<String>) {
        when (args.firstOrNull()) {
            null, "--quick", "--base-url" -> dev.katalog.bench.suite.BenchSuite.main(args)
            "stream" -> StreamOnce.main(args.drop(1).toTypedArray())
            "decode" -> DecodeRatio.main(args.drop(1).toTypedArray())
            "search-build" -> SearchBuildTime.main(args.drop(1).toTypedArray())
            "stream-heap" -> StreamHeap.main(args.drop(1).toTypedArray())
            "export" -> ExportHeap.main(args.drop(1).toTypedArray())
            "engines" -> EngineComparison.main(args.drop(1).toTypedArray())
            "apply" -> dev.katalog.bench.suite.ApplyComparison.main(args.drop(1).toTypedArray())
            "lineage" -> dev.katalog.bench.suite.LineagePaging.main(args.drop(1).toTypedArray())
            "batch-heap" -> BatchHeap.main(args.drop(1).toTypedArray())
            else -> {
                System.err.println("Usage: bin/katalog bench [--quick] [--base-url U --api-token T] | stream --base-url U --api-token T --connection QN [--page-size N] | decode|search-build [--quick] | stream-heap [--assets N] | export [--assets N] | engines [--assets N] | apply [--assets N] | lineage | batch-heap [--assets N]")
                exitProcess(2)
            }
        }
    }
}
