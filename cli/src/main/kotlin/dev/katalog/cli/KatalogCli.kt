package dev.katalog.cli

import kotlin.system.exitProcess

/** The `bin/katalog` commands that run in the CLI module; `--help` lists every command that exists. */
public object KatalogCli {
    internal val usage: String = """
        |Usage: bin/katalog <command> [options]     (options may stand before or after a command's file)
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
        |  export --connection QN [--glossary NAME ...] [--out FILE|DIR] [--name NAME] [--file-per-schema-above N]
        |                                 write an existing connection (and glossaries) as a definition file (one per schema
        |                                 for long estates, included by a root file); without --out, to standard output
        |  migrate --from atlan:URL --to openmetadata:URL --connection QN [--glossary NAME ...] [--name NAME] [--dry-run]
        |  migrate --from openmetadata:URL --to atlan:URL --connection SERVICE --admin-user NAME [--glossary NAME ...] [--name NAME] [--dry-run]
        |                                 export from one catalog and apply the same definition to the other; `!` lines list what
        |                                 the target cannot hold (or, to Atlan, what the export could not carry); tokens from
        |                                 --from-token/--to-token or ATLAN_API_KEY and OPENMETADATA_JWT_TOKEN
        |  script FILE.main.kts [args] [--base-url U --api-token T] [-- args]
        |                                 run a Kotlin script (JVM 17) with in scope: `client` (an AtlanClient of --base-url and
        |                                 --api-token, or of ATLAN_*), `args` (its own arguments; after --, everything), and the
        |                                 SDK's packages imported (dev.katalog.client.*, dev.katalog.dsl.*, dev.katalog.model.atlan.*,
        |                                 kotlinx.coroutines.*, …): `bin/katalog script --help` lists them
        |  classpath [--local]            the classpath for javac/java programs using the client (with --local, also the local
        |                                 catalog, for tests); `java -jar cli/target/katalog-cli-<version>-all.jar` runs this CLI
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
        |  bench export [--assets N]      seed N assets (50,000), export them in a -Xmx128m JVM, report time and peak heap
        |  bench engines [--assets N]     stream the same assets with the Java, CIO and OkHttp engines and compare
        |  --version                      the version of katalog, Kotlin and the JVM
        |  --help                         this list

    """.trimMargin()

    /** Keeps the client's own logging to errors, so the output reads cleanly (the local catalog's search engine logs errors only). */
    private fun quiet() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error")
    }

    /** Runs [command]; a failure prints its message (the stack trace only with `--debug`) and exits 1, a usage error 2. */
    private fun runReportingErrors(args: Array<String>, command: () -> Int): Int = try {
        command()
    } catch (e: CommandLine.UsageError) {
        System.err.println("katalog: ${e.message}")
        2
    } catch (e: Exception) {
        System.err.println("katalog: ${e.message ?: e.javaClass.name}")
        if ("--debug" in args) e.printStackTrace()
        1
    }

    @JvmStatic
    public fun main(args: Array<String>) {
        when (args.firstOrNull()) {
            null, "--help", "-h", "help" -> println(usage)
            "--version", "-V", "version" -> println(KatalogVersion.describe())
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
            "export" -> {
                quiet()
                exitProcess(runReportingErrors(args) { dev.katalog.cli.export.ExportCommand.run(args.drop(1)) })
            }
            "migrate" -> {
                quiet()
                exitProcess(runReportingErrors(args) { dev.katalog.cli.export.MigrateCommand.run(args.drop(1)) })
            }
            "quickstart" -> {
                quiet()
                exitProcess(runReportingErrors(args) { dev.katalog.cli.quickstart.QuickstartCommand.run(args.drop(1)) })
            }
            "classpath" -> exitProcess(classpath())
            else -> {
                System.err.println("katalog: unknown command \"${args.first().take(40)}\". Run bin/katalog --help for the commands that exist.")
                exitProcess(2)
            }
        }
    }

    /** From the runnable jar, the jar itself holds the client, the local catalog and their dependencies; bin/katalog answers otherwise. */
    private fun classpath(): Int {
        val path = System.getProperty("java.class.path").orEmpty()
        if (path.endsWith(".jar") && java.io.File.pathSeparator !in path) {
            println(java.io.File(path).absolutePath)
            return 0
        }
        System.err.println("katalog: run bin/katalog classpath from a checkout, or use the runnable jar (cli/target/katalog-cli-<version>-all.jar) as the classpath")
        return 2
    }
}
