package dev.katalog.cli.script

import dev.katalog.cli.CommandLine
import dev.katalog.client.AtlanClient
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.progress.ProgressBar
import dev.katalog.dsl.tree.CatalogTree
import kotlinx.coroutines.runBlocking
import java.io.File

/**
 * `plan FILE`, `apply FILE [--prune]` and `script FILE.main.kts [args]`: definition files and scripts run
 * against the catalog named by `--base-url` / `--api-token` or the `ATLAN_*` environment. Options stand anywhere.
 */
internal object TreeFileCommands {
    private val connection = setOf("--base-url", "--api-token")

    fun plan(args: List<String>): Int = withTree("plan", args) { client, tree, prune ->
        val plan = runBlocking { client.trees.plan(tree, prune) }
        println(plan.render())
        0
    }

    fun apply(args: List<String>): Int = withTree("apply", args) { client, tree, prune ->
        val plan = runBlocking { client.trees.plan(tree, prune) }
        println(plan.render())
        if (plan.isEmpty) return@withTree 0
        val result = ProgressBar.start("applying", (plan.creates.size + plan.updates.size).toLong()).use { bar ->
            runBlocking { client.trees.apply(plan, BatchOptions.builder().listener(bar).build()) }
        }
        println("Applied: ${result.created} created, ${result.updated} updated, ${result.deleted} deleted.")
        result.failures.forEach { System.err.println("failed: ${it.assets.size} assets: ${it.error.message}") }
        if (result.succeeded) 0 else 1
    }

    fun script(args: List<String>): Int {
        val line = CommandLine.parse("script", args, connection, setOf("--debug", "--help", "-h"), openAfterFirst = true)
        if (line.has("--help") || line.has("-h")) {
            println(ScriptImports.help)
            return 0
        }
        val file = line.positional.firstOrNull() ?: throw CommandLine.UsageError("script needs a file: bin/katalog script FILE.main.kts [args...]")
        client(line).use { client -> KatalogScripts.run(File(file), client, line.positional.drop(1)) }
        return 0
    }

    private fun withTree(command: String, args: List<String>, block: (AtlanClient, CatalogTree, Boolean) -> Int): Int {
        val line = CommandLine.parse(command, args, connection, setOf("--prune", "--debug"))
        val file = line.positional.singleOrNull() ?: throw CommandLine.UsageError(
            if (line.positional.isEmpty()) "$command needs a definition file: bin/katalog $command FILE.catalog.kts"
            else "$command takes one definition file, got ${line.positional.size}: ${line.positional.joinToString(" ")}",
        )
        val tree = KatalogScripts.run(File(file), null) as? CatalogTree
            ?: throw KatalogScripts.ScriptFailed("$file must end with a catalog { … } expression")
        return client(line).use { block(it, tree, line.has("--prune")) }
    }

    internal fun client(line: CommandLine): AtlanClient {
        val baseUrl = line.option("--base-url")
        val token = line.option("--api-token")
        if ((baseUrl == null) != (token == null)) {
            throw CommandLine.UsageError("give both --base-url and --api-token, or neither to use ATLAN_BASE_URL and ATLAN_API_KEY")
        }
        return if (baseUrl != null && token != null) AtlanClient(baseUrl, token) else AtlanClient.fromEnv()
    }
}
