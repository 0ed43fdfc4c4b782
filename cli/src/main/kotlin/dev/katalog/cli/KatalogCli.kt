package dev.katalog.cli

import kotlin.system.exitProcess

/** The `bin/katalog` commands that run in the CLI module; `--help` lists every command that exists. */
public object KatalogCli {
    internal val usage: String = """
        |Usage: bin/katalog <command> [options]
        |
        |Commands:
        |  bench decode [--quick]         JMH: decode a 1000-entity search answer into typed assets vs Jackson readTree; prints the ratio
        |  bench search-build [--quick]   JMH: µs to build and serialize a typical search with the DSL
        |  --help                         this list
        |
        |Coming with later work (not available yet): quickstart, local, seed, plan, apply, script, bench (full suite).
    """.trimMargin()

    @JvmStatic
    public fun main(args: Array<String>) {
        when (args.firstOrNull()) {
            null, "--help", "-h", "help" -> println(usage)
            else -> {
                System.err.println("katalog: unknown command \"${args.first().take(40)}\". Run bin/katalog --help for the commands that exist.")
                exitProcess(2)
            }
        }
    }
}
