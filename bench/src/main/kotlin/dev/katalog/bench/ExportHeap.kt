package dev.katalog.bench

import dev.katalog.bench.seed.SeedShape
import dev.katalog.bench.seed.Seeder
import dev.katalog.client.AtlanClient
import dev.katalog.local.LocalCatalog
import kotlinx.coroutines.runBlocking
import java.nio.file.Files

/**
 * Seeds [SeedShape] assets (50,000 by default) into a local catalog, then exports the connection as a definition in
 * a JVM limited to `-Xmx128m` and reports the time and its peak heap: `bin/katalog bench export [--assets N]`.
 */
public object ExportHeap {
    @JvmStatic
    public fun main(args: Array<String>) {
        val assets = args.indexOf("--assets").takeIf { it >= 0 }?.let { args[it + 1].toInt() } ?: 50_000
        LocalCatalog.builder().build().start().use { catalog ->
            val connection = "default/snowflake/${System.currentTimeMillis() / 1000}"
            val seeded = AtlanClient(catalog.baseUrl, catalog.apiToken).use { client ->
                runBlocking { Seeder(client).seed(SeedShape(assets), connection) }
            }
            println("seeded %d assets in %.1fs".format(seeded.assets, seeded.seconds))
            val out = Files.createTempDirectory("export-bench")
            try {
                val line = ChildJvm.run(listOf("-Xmx128m"), ExportHeapChild::class.java, listOf(catalog.baseUrl, catalog.apiToken, connection, out.toString()), "exported ")
                println("$line (-Xmx128m; targets: under 128 MB, under 120 s)")
            } finally {
                out.toFile().deleteRecursively()
            }
        }
    }
}
