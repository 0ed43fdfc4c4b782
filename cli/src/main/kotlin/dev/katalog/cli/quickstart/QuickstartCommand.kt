package dev.katalog.cli.quickstart

import dev.katalog.client.AtlanClient
import dev.katalog.client.AtlanException
import dev.katalog.local.LocalCatalog
import kotlinx.coroutines.runBlocking

/** `bin/katalog quickstart [--base-url URL --api-token T] [--debug]`: the tour, on an embedded local catalog unless one is given. */
internal object QuickstartCommand {
    fun run(args: List<String>): Int {
        fun option(name: String) = args.indexOf(name).takeIf { it >= 0 }?.let { args.getOrNull(it + 1) }
        val debug = "--debug" in args
        val baseUrl = option("--base-url")
        val token = option("--api-token")
        if ((baseUrl == null) != (token == null)) {
            System.err.println("quickstart: give both --base-url and --api-token, or neither to start a local catalog")
            return 2
        }
        val started = System.nanoTime()
        val local = if (baseUrl == null) {
            println("Starting a local catalog (embedded OpenSearch)…")
            LocalCatalog.builder().build().start().also {
                println("Local catalog ready on ${it.baseUrl} in %.1fs".format((System.nanoTime() - started) / 1e9))
            }
        } else null
        return try {
            AtlanClient(baseUrl ?: local!!.baseUrl, token ?: local!!.apiToken).use { client ->
                val line = runBlocking { Quickstart(client) { println(it) }.run() }
                println(line)
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
