package dev.katalog.local

import kotlin.system.exitProcess

/**
 * Not part of the test run: builds a lineage chain of 1,000 hops (T0 → P1 → T1 … → T1000) and a fan-out of 10,000
 * outputs from one process, then times pages of `POST /api/meta/lineage/list` over HTTP (first page, a page at the end
 * of the chain, pages deep in the fan-out), printing the median and worst of each.
 *
 * `mvn -pl local test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.katalog.local.LineageScaleRunKt`
 */
fun main() {
    val catalog = LocalCatalog.builder().apiToken("scale").build().start()
    try {
        val api = Api({ catalog.baseUrl }, "scale")
        val conn = "default/snowflake/1800000417"
        fun table(name: String) = """{"typeName":"Table","guid":"-t$name","attributes":{"qualifiedName":"$conn/DB/S/$name","name":"$name"}}"""
        fun ref(name: String) = """{"typeName":"Table","uniqueAttributes":{"qualifiedName":"$conn/DB/S/$name"}}"""
        fun save(entities: List<String>) = api.save(*entities.toTypedArray()).also { check(it.status == 200) { it.toString() } }
        (0..1_000).map { table("C$it") }.chunked(500).forEach(::save)
        (1..1_000).map { p ->
            """{"typeName":"Process","guid":"-p$p","attributes":{"qualifiedName":"$conn/chain-$p","name":"chain-$p","inputs":[${ref("C${p - 1}")}],"outputs":[${ref("C$p")}]}}"""
        }.chunked(250).forEach(::save)
        save(listOf(table("HUB")))
        (1..10_000).map { table("F$it") }.chunked(500).forEach(::save)
        val outputs = (1..10_000).joinToString(",") { ref("F$it") }
        save(listOf("""{"typeName":"Process","guid":"-fan","attributes":{"qualifiedName":"$conn/fan","name":"fan","inputs":[${ref("HUB")}],"outputs":[$outputs]}}"""))
        val chainStart = api.get("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=${Api.enc("$conn/DB/S/C0")}").obj.at("entity").str("guid")!!
        val hub = api.get("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=${Api.enc("$conn/DB/S/HUB")}").obj.at("entity").str("guid")!!

        fun time(label: String, guid: String, from: Int, size: Int, runs: Int = 15) {
            val body = """{"guid":"$guid","direction":"OUTPUT","depth":1000000,"size":$size,"from":$from,"attributes":["name"],"excludeMeanings":true,"excludeClassifications":true,"immediateNeighbours":false}"""
            val first = api.post("/api/meta/lineage/list", body)
            check(first.status == 200) { first.toString() }
            val millis = (1..runs).map {
                val start = System.nanoTime()
                check(api.post("/api/meta/lineage/list", body).status == 200)
                (System.nanoTime() - start) / 1_000_000.0
            }.sorted()
            println("%-44s entities %4d  median %7.1f ms  worst %7.1f ms".format(label, first.obj["entities"].list().size, millis[millis.size / 2], millis.last()))
        }
        time("chain, first page of 10", chainStart, 0, 10)
        time("chain, last page (from 1,990) of 10", chainStart, 1_990, 10)
        time("chain, one page of 2,000", chainStart, 0, 2_000, runs = 5)
        time("fan-out, first page of 10", hub, 0, 10)
        time("fan-out, page of 100 from 9,900", hub, 9_900, 100)
        time("fan-out, page of 1,000 from 5,000", hub, 5_000, 1_000, runs = 5)
    } finally {
        catalog.close()
    }
    exitProcess(0)
}
