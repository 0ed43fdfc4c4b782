package dev.katalog.local

import kotlinx.serialization.json.JsonArray
import kotlin.system.exitProcess

/**
 * Not part of the test run: saves N tables (default 100,000) in batches of 500, then reads them all back
 * by offset paging and by search_after on [__timestamp, __guid], printing the rates.
 *
 * `mvn -pl local test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.katalog.local.ScaleRunKt -Dexec.args=100000`
 */
fun main(args: Array<String>) {
    val total = args.firstOrNull()?.toInt() ?: 100_000
    val batch = 500
    val catalog = LocalCatalog.builder().apiToken("scale").build().start()
    try {
        val api = Api({ catalog.baseUrl }, "scale")
        val conn = "default/snowflake/1800000000"
        api.save("""{"typeName":"Connection","guid":"-1","attributes":{"qualifiedName":"$conn","name":"scale","connectorName":"snowflake","category":"warehouse","adminUsers":["admin"]}}""")
            .also { check(it.status == 200) { it.toString() } }
        val start = System.nanoTime()
        var saved = 0
        while (saved < total) {
            val n = minOf(batch, total - saved)
            val entities = (0 until n).map { i ->
                val k = saved + i
                """{"typeName":"Table","guid":"-${k + 2}","attributes":{"qualifiedName":"$conn/DB/S/t$k","name":"t$k","rowCount":$k,"connectionQualifiedName":"$conn"}}"""
            }
            val answer = api.save(*entities.toTypedArray())
            check(answer.status == 200) { "batch at $saved: $answer" }
            saved += n
            if (saved % 10_000 == 0) println("saved $saved after ${(System.nanoTime() - start) / 1_000_000} ms")
        }
        val ingestSeconds = (System.nanoTime() - start) / 1e9
        println("ingest: $total assets in %.1f s = %.0f assets/s".format(ingestSeconds, total / ingestSeconds))

        val query = """{"bool":{"filter":[{"term":{"__typeName.keyword":"Table"}},{"term":{"connectionQualifiedName":"$conn"}}]}}"""
        val pageSize = 1000
        val offsetStart = System.nanoTime()
        val byOffset = HashSet<String>()
        var from = 0
        while (from + pageSize <= 100_000) {
            val page = api.search("""{"dsl":{"from":$from,"size":$pageSize,"query":$query,"sort":[{"__guid":{"order":"asc"}}],"track_total_hits":true}}""")
            check(page.status == 200) { page.toString() }
            val guids = page.guids()
            byOffset += guids
            if (guids.size < pageSize) break
            from += pageSize
        }
        val offsetSeconds = (System.nanoTime() - offsetStart) / 1e9
        println("offset paging: ${byOffset.size} assets in %.1f s = %.0f assets/s".format(offsetSeconds, byOffset.size / offsetSeconds))

        val afterStart = System.nanoTime()
        val byAfter = HashSet<String>()
        var after: String? = null
        while (true) {
            val searchAfter = after?.let { ""","search_after":$it""" } ?: ""
            val page = api.search(
                """{"dsl":{"size":$pageSize,"query":$query,"sort":[{"__timestamp":{"order":"asc"}},{"__guid":{"order":"asc"}}]$searchAfter},"showSearchMetadata":true}""",
            )
            check(page.status == 200) { page.toString() }
            val guids = page.guids()
            byAfter += guids
            if (guids.size < pageSize) break
            after = (page.obj.at("searchMetadata", guids.last(), "sort") as JsonArray).toString()
        }
        val afterSeconds = (System.nanoTime() - afterStart) / 1e9
        println("search_after paging: ${byAfter.size} assets in %.1f s = %.0f assets/s".format(afterSeconds, byAfter.size / afterSeconds))
        check(byAfter.size == total) { "search_after returned ${byAfter.size} of $total" }
        check(byOffset.size == minOf(total, 100_000)) { "offset paging returned ${byOffset.size}" }
    } finally {
        catalog.stop()
    }
    exitProcess(0)
}
