package dev.katalog.local

import kotlinx.serialization.json.JsonPrimitive
import kotlin.system.exitProcess

/**
 * Not part of the test run: creates N OpenMetadata tables (default 2,000) one PUT at a time, as OpenMetadata clients
 * do, lists them back by cursor, then soft- and hard-deletes the service recursively, printing the rates.
 *
 * Run `dev.katalog.local.ScaleRunOpenMetadataKt` with the module's test classpath and N as the argument.
 */
fun main(args: Array<String>) {
    val total = args.firstOrNull()?.toInt() ?: 2_000
    val catalog = LocalCatalog.builder().apiToken("scale").build().start()
    try {
        val api = Api({ catalog.baseUrl }, "scale")
        fun put(path: String, body: String) = api.put("/api/v1$path", body).also { check(it.status == 201 || it.status == 200) { it.toString() } }
        val serviceId = put("/services/databaseServices", """{"name":"scale","serviceType":"Snowflake"}""").obj.str("id")!!
        put("/databases", """{"name":"db","service":"scale"}""")
        put("/databaseSchemas", """{"name":"s","database":"scale.db"}""")
        val pingStart = System.nanoTime()
        repeat(200) { check(api.get("/api/v1/system/version").status == 200) }
        report("version calls", 200, pingStart)
        val readStart = System.nanoTime()
        repeat(200) { check(api.get("/api/v1/databaseSchemas/name/scale.db.s").status == 200) }
        report("reads by name", 200, readStart)
        val start = System.nanoTime()
        for (k in 0 until total) {
            put("/tables", """{"name":"t$k","databaseSchema":"scale.db.s","columns":[{"name":"id","dataType":"INT"},{"name":"v","dataType":"STRING"}]}""")
        }
        report("create", total, start)

        val listStart = System.nanoTime()
        val seen = HashSet<String>()
        var after: String? = null
        do {
            val page = api.get("/api/v1/tables?databaseSchema=scale.db.s&limit=1000" + (after?.let { "&after=$it" } ?: ""))
            check(page.status == 200) { page.toString() }
            page.obj["data"].list().forEach { seen += it.str("id")!! }
            after = (page.obj.at("paging", "after") as? JsonPrimitive)?.content
        } while (after != null)
        report("list by cursor", seen.size, listStart)
        check(seen.size == total) { "listed ${seen.size} of $total" }

        val softStart = System.nanoTime()
        check(api.delete("/api/v1/services/databaseServices/$serviceId?recursive=true").status == 200)
        report("recursive soft delete", total + 3, softStart)
        val hardStart = System.nanoTime()
        check(api.delete("/api/v1/services/databaseServices/$serviceId?recursive=true&hardDelete=true").status == 200)
        report("recursive hard delete", total + 3, hardStart)
    } finally {
        catalog.stop()
    }
    exitProcess(0)
}

private fun report(what: String, count: Int, start: Long) {
    val seconds = (System.nanoTime() - start) / 1e9
    println("$what: $count entities in %.1f s = %.0f entities/s".format(seconds, count / seconds))
}
