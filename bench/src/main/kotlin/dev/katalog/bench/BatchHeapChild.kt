package dev.katalog.bench

import dev.katalog.client.AtlanClient
import dev.katalog.client.batch.BatchOptions
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.runBlocking
import java.lang.management.ManagementFactory

/**
 * Saves [assets] new assets through one `AssetBatch` (tables spread over the given schemas, each followed by its
 * columns, generated as they are added so only the batch holds memory) and prints
 * `saved <N> assets in <T>s (<cpu>s cpu), peak heap <M> MB` (the live heap after collections, see [LiveHeapPeak]). Run in its own JVM with `-Xmx128m`:
 * `BatchHeapChild <baseUrl> <token> <assets> <schemaQN>...`.
 */
public object BatchHeapChild {
    @JvmStatic
    public fun main(args: Array<String>) {
        require(args.size >= 4) { "usage: BatchHeapChild <baseUrl> <token> <assets> <schemaQualifiedName>..." }
        val total = args[2].toLong()
        val schemas = args.drop(3)
        val live = LiveHeapPeak()
        val started = System.nanoTime()
        val cpuStarted = processCpuNanos()
        // Without collectGuids the summary keeps counts, not a GUID per asset: the setting a million-asset load uses.
        val options = BatchOptions.builder().size(500).concurrency(4).collectGuids(false).expectedTotal(total).build()
        val summary = AtlanClient(args[0], args[1]).use { client ->
            runBlocking {
                client.assets.batch(options) {
                    var added = 0L
                    var table = 0
                    while (added < total) {
                        val tableQn = "${schemas[table % schemas.size]}/TABLE_%07d".format(table)
                        add(Table.creator(tableQn.substringAfterLast('/'), tableQn.substringBeforeLast('/')).build())
                        added++
                        var column = 1
                        while (column <= COLUMNS_PER_TABLE && added < total) {
                            add(Column.creator("COL_%02d".format(column), Table, tableQn, column).dataType("NUMBER").build())
                            added++
                            column++
                        }
                        table++
                    }
                }
            }
        }
        check(summary.failures.isEmpty()) { "The batch failed: ${summary.failures.first().error.message}" }
        val seconds = (System.nanoTime() - started) / 1e9
        val cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9
        println("saved %d assets in %.1fs (%.1fs cpu), peak heap %.1f MB".format(summary.createdCount, seconds, cpuSeconds, live.peakMb()))
    }

    private fun processCpuNanos(): Long =
        (ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean).processCpuTime

    private const val COLUMNS_PER_TABLE = 9
}
