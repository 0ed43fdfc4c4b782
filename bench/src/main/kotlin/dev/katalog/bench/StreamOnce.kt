package dev.katalog.bench

import dev.katalog.client.AtlanClient
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.runBlocking
import java.lang.management.ManagementFactory

/**
 * `bin/katalog bench stream --base-url U --api-token T --connection QN [--page-size N]`: streams that
 * connection's assets once and prints `streamed <N> assets in <T>s (<cpu>s cpu)`, to time other tools on the same data.
 */
public object StreamOnce {
    @JvmStatic
    public fun main(args: Array<String>) {
        fun option(name: String) = args.indexOf(name).takeIf { it >= 0 }?.let { args.getOrNull(it + 1) }
        val baseUrl = option("--base-url") ?: System.getenv("ATLAN_BASE_URL") ?: usage()
        val token = option("--api-token") ?: System.getenv("ATLAN_API_KEY") ?: usage()
        val connection = option("--connection") ?: usage()
        val pageSize = option("--page-size")?.toInt() ?: 300
        val os = ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean
        val cpuStarted = os.processCpuTime
        val started = System.nanoTime()
        val count = count(baseUrl, token, connection, pageSize)
        println("streamed %d assets in %.1fs (%.1fs cpu)".format(count, (System.nanoTime() - started) / 1e9, (os.processCpuTime - cpuStarted) / 1e9))
    }

    /** Streams the assets of [connection] once with a new client; how many came. */
    internal fun count(baseUrl: String, token: String, connection: String, pageSize: Int): Int = AtlanClient(baseUrl, token).use { client ->
        runBlocking { client.search.stream(search { where(Asset.QUALIFIED_NAME startsWith connection); pageSize(pageSize) }).count() }
    }

    private fun usage(): Nothing {
        System.err.println("usage: bin/katalog bench stream --base-url U --api-token T --connection QN [--page-size N]")
        kotlin.system.exitProcess(2)
    }
}
