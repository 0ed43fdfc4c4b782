package dev.katalog.client.it

import dev.katalog.client.batch.BatchOptions
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Table
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.longs.shouldBeLessThanOrEqual
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.flow.collect
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import java.io.File

/** Cancelled work stops calling at once, and a closed client leaves no thread or connection behind. */
class CancellationSpec : FunSpec({
    /** Polls [condition] until it holds or [seconds] pass; no fixed sleeps. */
    fun eventually(seconds: Long, what: String, condition: () -> Boolean) {
        val deadline = System.nanoTime() + seconds * 1_000_000_000
        while (!condition()) {
            check(System.nanoTime() < deadline) { "Still not true after $seconds s: $what" }
            Thread.onSpinWait()
            Thread.yield()
        }
    }

    /** Cancels [job] once the catalog is serving one of its calls; returns how long the cancellation took, in ms. */
    suspend fun cancelMidCall(catalog: FaultyCatalog, job: Job): Long {
        eventually(30, "a call in flight") { catalog.faulty.traffic.callsInFlight > 0 }
        val started = System.nanoTime()
        job.cancelAndJoin()
        return (System.nanoTime() - started) / 1_000_000
    }

    // Every call takes 3 s on the server, so a cancellation that waited for its call would take that long.
    val slow = "latency=3000ms"

    test("cancelling a stream abandons its call in flight within a second and makes no more") {
        FaultyCatalog(slow).use { catalog ->
            val connection = SharedCatalog.uniqueConnection()
            catalog.calmClient().use { it.seedTables(connection, 600) }
            catalog.client().use { client ->
                val request = search { where(Asset.CONNECTION_QUALIFIED_NAME eq connection); pageSize(100) }
                val job = CoroutineScope(Dispatchers.Default).launch { client.search.stream(request).collect() }
                cancelMidCall(catalog, job) shouldBeLessThan 1_000
                // The server finishes the abandoned calls on its own, 3 s on; a stream still running would have asked for more pages by then.
                eventually(10, "the abandoned calls finished on the server") { catalog.faulty.traffic.callsInFlight == 0 }
                catalog.faulty.traffic.callsReceived shouldBeLessThanOrEqual 2 // a page and the one prefetched
            }
        }
    }

    test("cancelling a batch abandons its calls in flight within a second and makes no more") {
        FaultyCatalog(slow).use { catalog ->
            val connection = SharedCatalog.uniqueConnection()
            catalog.calmClient().use { it.seedTables(connection, 0) }
            catalog.client().use { client ->
                val job = CoroutineScope(Dispatchers.Default).launch {
                    client.assets.batch(BatchOptions.builder().size(10).concurrency(4).build()) { for (i in 1..1_000) add(Table.creator("T$i", "$connection/DB/S").build()) }
                }
                cancelMidCall(catalog, job) shouldBeLessThan 1_000
                eventually(10, "the abandoned calls finished on the server") { catalog.faulty.traffic.callsInFlight == 0 }
                catalog.faulty.traffic.callsReceived shouldBeLessThanOrEqual 4 // one call per worker, none after
            }
        }
    }

    test("closing a client leaves no threads and no connections behind") {
        FaultyCatalog("latency=1ms").use { catalog ->
            val port = catalog.faulty.port
            suspend fun use() = catalog.client().use { client ->
                client.search.stream(search { where(Asset.TYPE_NAME eq "Table"); pageSize(5) }).toList()
                client.typeDefs.list()
                // Connections are kept alive between calls, so there is something to close.
                check(openConnectionsTo(port) > 0) { "the client should keep its connection open between calls" }
            }
            use() // the first use starts the JVM's shared pools, which outlive any client
            val before = clientThreads()
            repeat(3) { use() }
            eventually(10, "connections to port $port closed (open: ${openConnectionsTo(port)})") { openConnectionsTo(port) == 0 }
            eventually(10, "threads gone: ${clientThreads() - before}") { (clientThreads() - before).isEmpty() }
        }
    }
})

/**
 * Live threads, but for pools the JVM shares (coroutines, OkHttp's task runner) and the local catalog's own
 * (Netty, OpenSearch, and the JDK HttpClient it calls OpenSearch with).
 */
private fun clientThreads(): Set<String> = Thread.getAllStackTraces().keys.filter { it.isAlive }
    .map { "${it.name}#${it.id}" }
    .filterNot { name -> SERVER_THREADS.any { name.startsWith(it) } }
    .toSet()

private val SERVER_THREADS = listOf(
    "DefaultDispatcher-worker", "OkHttp TaskRunner", "eventLoopGroupProxy", "nioEventLoopGroup", "opensearch", "HttpClient-", "Common-Cleaner", "Attach Listener",
)

/** Established TCP connections from this machine to [port], read from the kernel's socket tables. */
private fun openConnectionsTo(port: Int): Int = listOf("/proc/net/tcp", "/proc/net/tcp6").map(::File).filter { it.exists() }.sumOf { table ->
    table.readLines().drop(1).count { line ->
        val fields = line.trim().split(Regex("\\s+"))
        val remotePort = fields[2].substringAfterLast(':').toInt(16)
        remotePort == port && fields[3] == "01"
    }
}
