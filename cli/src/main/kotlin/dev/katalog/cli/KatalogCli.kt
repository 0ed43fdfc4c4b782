package dev.katalog.cli

import kotlin.system.exitProcess

/** The `bin/katalog` commands that run in the CLI module; `--help` lists every command that exists. */
public object KatalogCli {
    internal val usage: String = """
        |Usage: bin/katalog <command> [options]
        |
        |Commands:
        |  quickstart [--base-url URL --api-token T] [--debug]
        |                                 the tour: a local catalog (unless one is given), a tree applied, searched, updated,
        |                                 tagged, archived and restored, re-applied; ends with `quickstart ok: …`
        |  local [--host 127.0.0.1] [--port 21000] [--api-token T] [--data-dir D] [--opensearch-url U] [--chaos SPEC]
        |                                 the local Atlan-compatible catalog (embedded OpenSearch unless --opensearch-url);
        |                                 prints `ready on http://HOST:PORT`, stops on SIGTERM/SIGINT
        |  plan FILE [--prune] [--base-url U --api-token T]
        |                                 what applying a definition file (a Kotlin script ending in catalog { … }) would change
        |  apply FILE [--prune] [--base-url U --api-token T]
        |                                 make the catalog match the file, with a progress bar; the ATLAN_* environment works too
        |  script FILE.main.kts [args] [--base-url U --api-token T]
        |                                 run a Kotlin script with the SDK imported and a configured `client` in scope
        |  seed --base-url U --api-token T --assets N [--seed S]
        |                                 load a deterministic connection tree of about N assets; prints its connection qualifiedName
        |  bench [--quick] [--base-url U --api-token T]
        |                                 the benchmark suite: a table, and bench/results/latest.json
        |  bench stream --base-url U --api-token T --connection QN [--page-size N]
        |                                 stream one connection once: `streamed <N> assets in <T>s (<cpu>s cpu)`
        |  bench apply [--assets N]       apply with the default batching vs batches of 20, one at a time
        |  bench decode [--quick]         JMH: decode a 1000-entity search answer into typed assets vs Jackson readTree; prints the ratio
        |  bench search-build [--quick]   JMH: µs to build and serialize a typical search with the DSL
        |  bench stream-heap [--assets N] seed N assets (200,000) into a local catalog, stream them in a -Xmx64m JVM, report peak heap
        |  bench engines [--assets N]     stream the same assets with the Java, CIO and OkHttp engines and compare
        |  --help                         this list

    """.trimMargin()

    /** Keeps the catalog's and the search engine's own logging to errors, so the tour reads cleanly. */
    private fun quiet() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error")
        System.setProperty("log4j2.level", "WARN")
    }

    /** Runs [command]; a failure prints its message and hint (the stack trace only with `--debug`) and exits 1. */
    private fun runReportingErrors(args: Array<String>, command: () -> Int): Int = try {
        command()
    } catch (e: Exception) {
        System.err.println("katalog: ${e.message ?: e.javaClass.simpleName}")
        if ("--debug" in args) e.printStackTrace()
        1
    }

    @JvmStatic
    public fun main(args: Array<String>) {
        when (args.firstOrNull()) {
            null, "--help", "-h", "help" -> println(usage)
            "plan", "apply", "script" -> {
                quiet()
                exitProcess(runReportingErrors(args) {
                    when (args.first()) {
                        "plan" -> dev.katalog.cli.script.TreeFileCommands.plan(args.drop(1))
                        "apply" -> dev.katalog.cli.script.TreeFileCommands.apply(args.drop(1))
                        else -> dev.katalog.cli.script.TreeFileCommands.script(args.drop(1))
                    }
                })
            }
            "quickstart" -> {
                quiet()
                exitProcess(dev.katalog.cli.quickstart.QuickstartCommand.run(args.drop(1)))
            }
            else -> {
                System.err.println("katalog: unknown command \"${args.first().take(40)}\". Run bin/katalog --help for the commands that exist.")
                exitProcess(2)
            }
        }
    }
}
