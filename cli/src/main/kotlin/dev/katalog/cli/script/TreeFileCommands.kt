package dev.katalog.cli.script

import dev.katalog.cli.Progress
import dev.katalog.client.AtlanClient
import dev.katalog.client.batch.BatchOptions
import dev.katalog.dsl.tree.CatalogTree
import kotlinx.coroutines.runBlocking
import java.io.File

/**
 * `plan FILE`, `apply FILE [--prune]` and `script FILE.main.kts [args]`: definition files and scripts run
 * against the catalog named by `--base-url` / `--api-token` or the `ATLAN_*` environment.
 */
internal object TreeFileCommands {
    fun plan(args: List<String>): Int = withTree(args) { client, tree, prune ->
        val plan = runBlocking { client.plan(tree, prune) }
        println(plan.render())
        0
    }

    fun apply(args: List<String>): Int = withTree(args) { client, tree, prune ->
        val plan = runBlocking { client.plan(tree, prune) }
        println(plan.render())
        if (plan.isEmpty) return@withTree 0
        val progress = Progress("applying", (plan.creates.size + plan.updates.size).toLong())
        val result = runBlocking { client.apply(plan, BatchOptions.builder().listener { progress.update(it.done) }.build()) }
        progress.done()
        println("Applied: ${result.created} created, ${result.updated} updated, ${result.deleted} deleted.")
        result.failures.forEach { System.err.println("failed: ${it.assets.size} assets: ${it.error.message}") }
        if (result.succeeded) 0 else 1
    }

    fun script(args: List<String>): Int {
        val file = args.firstOrNull { !it.startsWith("--") } ?: return usage("script needs a FILE.main.kts")
        val rest = args.drop(args.indexOf(file) + 1)
        client(args).use { client -> KatalogScripts.run(File(file), client, rest) }
        return 0
    }

    private fun withTree(args: List<String>, block: (AtlanClient, CatalogTree, Boolean) -> Int): Int {
        val file = args.firstOrNull { !it.startsWith("--") && !isOptionValue(args, it) } ?: return usage("name a definition file: bin/katalog plan FILE")
        val tree = KatalogScripts.run(File(file), null) as? CatalogTree
            ?: throw KatalogScripts.ScriptFailed("$file must end with a catalog { … } expression")
        return client(args).use { block(it, tree, "--prune" in args) }
    }

    private fun isOptionValue(args: List<String>, value: String): Boolean {
        val i = args.indexOf(value)
        return i > 0 && args[i - 1] in setOf("--base-url", "--api-token")
    }

    private fun client(args: List<String>): AtlanClient {
        fun option(name: String) = args.indexOf(name).takeIf { it >= 0 }?.let { args.getOrNull(it + 1) }
        val baseUrl = option("--base-url")
        val token = option("--api-token")
        return if (baseUrl != null && token != null) AtlanClient(baseUrl, token) else AtlanClient.fromEnv()
    }

    private fun usage(problem: String): Int {
        System.err.println("katalog: $problem")
        return 2
    }
}
