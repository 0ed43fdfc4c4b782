package dev.katalog.cli.quickstart

import dev.katalog.cli.CommandLine
import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.AtlanException
import dev.katalog.local.LocalCatalog
import kotlinx.coroutines.runBlocking

/** `bin/katalog quickstart [--base-url URL --api-token T] [--debug]`: the tour, on an embedded local catalog unless one is given. */
internal object QuickstartCommand {
    fun run(args: List<String>): Int {
        val line = CommandLine.parse("quickstart", args, setOf("--base-url", "--api-token"), setOf("--debug"))
        if (line.positional.isNotEmpty()) throw CommandLine.UsageError("quickstart takes no arguments, got ${line.positional.joinToString(" ")}")
        val debug = line.has("--debug")
        val baseUrl = line.option("--base-url")
        val token = line.option("--api-token")
        if ((baseUrl == null) != (token == null)) throw CommandLine.UsageError("quickstart: give both --base-url and --api-token, or neither to start a local catalog")
        // A bad base URL fails here, with its fix, before anything starts.
        val given = if (baseUrl != null) AtlanClient(baseUrl, token!!) else null
        val started = System.nanoTime()
        val local = if (given == null) {
            println("Starting a local catalog (embedded OpenSearch)…")
            LocalCatalog.builder().build().start().also {
                println("Local catalog ready on ${it.baseUrl} in %.1fs".format((System.nanoTime() - started) / 1e9))
            }
        } else null
        return try {
            (given ?: AtlanClient(local!!.baseUrl, local.apiToken)).use { client ->
                val closing = runBlocking { Quickstart(client) { println(it) }.run() }
                println(closing)
            }
            0
        } catch (e: Quickstart.CheckFailed) {
            System.err.println("quickstart failed: ${e.message}")
            if (debug) e.printStackTrace()
            1
        } catch (e: AtlanException) {
            System.err.println("quickstart failed: ${e.message}")
            if (debug) e.printStackTrace()
            1
        } finally {
            local?.stop()
        }
    }
}
