package dev.katalog.bench

import dev.katalog.bench.seed.SeedShape
import dev.katalog.bench.seed.Seeder
import dev.katalog.client.AtlanClient
import dev.katalog.local.LocalCatalog
import kotlinx.coroutines.runBlocking

/**
 * Seeds [SeedShape] assets into a local catalog, then streams them with the SDK in a JVM limited to
 * `-Xmx32m` and reports its peak heap: `bin/katalog bench stream-heap [--assets N]`.
 */
public object StreamHeap {
    @JvmStatic
    public fun main(args: Array<String>) {
        val assets = args.indexOf("--assets").takeIf { it >= 0 }?.let { args[it + 1].toInt() } ?: 200_000
        LocalCatalog.builder().build().start().use { catalog ->
            val connection = "default/snowflake/${System.currentTimeMillis() / 1000}"
            val seeded = AtlanClient(catalog.baseUrl, catalog.apiToken).use { client ->
                runBlocking { Seeder(client).seed(SeedShape(assets), connection) }
            }
            println("seeded %d assets in %.1fs (%.0f assets/s into the local catalog)".format(seeded.assets, seeded.seconds, seeded.assets / seeded.seconds))
            val line = runChild(listOf("-Xmx32m"), catalog.baseUrl, catalog.apiToken, connection)
            println(line)
        }
    }

    /** Runs [StreamHeapChild] in a new JVM with [jvmArgs], on a client program's classpath, and returns its result line. */
    public fun runChild(jvmArgs: List<String>, baseUrl: String, token: String, connection: String, pageSize: Int = 300): String =
        ChildJvm.run(jvmArgs, StreamHeapChild::class.java, listOf(baseUrl, token, connection, pageSize.toString()), "streamed ", ClientClasspath.of())
}
