package dev.katalog.bench

import dev.katalog.bench.seed.SeedShape
import dev.katalog.bench.seed.Seeder
import dev.katalog.client.AtlanClient
import dev.katalog.dsl.search.search
import dev.katalog.local.LocalCatalog
import dev.katalog.model.atlan.asset.Asset
import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.engine.cio.CIO
import io.ktor.client.engine.java.Java
import io.ktor.client.engine.okhttp.OkHttp
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.runBlocking
import java.lang.management.ManagementFactory

/**
 * Streams the same seeded assets through the client with each Ktor engine (Java, CIO, OkHttp), in
 * alternating rounds, and prints the median wall and CPU time of each: `bin/katalog bench engines [--assets N]`.
 */
public object EngineComparison {
    @JvmStatic
    public fun main(args: Array<String>) {
        val assets = args.indexOf("--assets").takeIf { it >= 0 }?.let { args[it + 1].toInt() } ?: 20_000
        val rounds = 3
        val engines: Map<String, () -> HttpClientEngine> = linkedMapOf("Java" to { Java.create() }, "CIO" to { CIO.create() }, "OkHttp" to { OkHttp.create() })
        LocalCatalog.builder().build().start().use { catalog ->
            val connection = "default/snowflake/${System.currentTimeMillis() / 1000}"
            AtlanClient(catalog.baseUrl, catalog.apiToken).use { runBlocking { Seeder(it).seed(SeedShape(assets), connection) } }
            val walls = engines.keys.associateWith { mutableListOf<Double>() }
            val cpus = engines.keys.associateWith { mutableListOf<Double>() }
            repeat(rounds + 1) { round ->
                for ((name, engine) in engines) {
                    val e = engine()
                    val started = System.nanoTime()
                    val cpuStarted = cpuNanos()
                    val count = AtlanClient.builder().baseUrl(catalog.baseUrl).apiToken(catalog.apiToken).proxy(null).engine(e).build().use { client ->
                        runBlocking { client.search.stream(search { where(Asset.QUALIFIED_NAME startsWith connection) }).count() }
                    }
                    e.close()
                    // The first round warms the JVM up and is not counted.
                    if (round > 0) {
                        walls.getValue(name) += (System.nanoTime() - started) / 1e9
                        cpus.getValue(name) += (cpuNanos() - cpuStarted) / 1e9
                    }
                    check(count > 0)
                }
            }
            println("engine  median wall s  median process cpu s, local catalog included  (streaming $assets assets, $rounds rounds)")
            for (name in engines.keys) println("%-7s %13.2f %20.2f".format(name, median(walls.getValue(name)), median(cpus.getValue(name))))
        }
    }

    private fun median(values: List<Double>): Double = values.sorted()[values.size / 2]

    private fun cpuNanos(): Long = (ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean).processCpuTime
}
