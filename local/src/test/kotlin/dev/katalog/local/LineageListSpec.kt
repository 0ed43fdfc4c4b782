package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonPrimitive

/**
 * `POST /api/meta/lineage/list` as atlas-metastore answers it (EntityLineageService.traverseEdgesUsingBFS,
 * AtlasLineageListContext, LineageListRequestValidator): a breadth-first walk interleaving processes and assets,
 * levels as `depth`, offset paging with `hasMore`, filters on listed and walked vertices, `searchParameters` echoed.
 * The estate: A → P1 → B, then B → P2 → C and B → P3 → D.
 */
class LineageListSpec : FunSpec({
    val api = TestCatalog.api()
    val conn = "default/snowflake/1600000417"
    fun table(p: Int, name: String) = """{"typeName":"Table","guid":"-$p","attributes":{"qualifiedName":"$conn/DB/S/$name","name":"$name"}}"""
    fun process(p: Int, name: String, from: Int, to: Int) =
        """{"typeName":"Process","guid":"-$p","attributes":{"qualifiedName":"$conn/$name","name":"$name","inputs":[{"typeName":"Table","guid":"-$from"}],"outputs":[{"typeName":"Table","guid":"-$to"}]}}"""
    val saved = api.save(
        table(1, "A"), table(2, "B"), table(3, "C"), table(4, "D"),
        process(11, "P1", 1, 2), process(12, "P2", 2, 3), process(13, "P3", 2, 4),
    )
    val guid = (listOf(1, 2, 3, 4, 11, 12, 13)).associate { p -> p to saved.assigned("-$p") }
    val names = guid.entries.associate { (p, g) -> g to (if (p > 10) "P${p - 10}" else ('A' + p - 1).toString()) }

    fun list(start: Int, direction: String = "OUTPUT", depth: Int = 1_000_000, size: Int = 10, from: Int = 0, extra: String = ""): Api.Answer =
        api.post("/api/meta/lineage/list", """{"guid":"${guid.getValue(start)}","direction":"$direction","depth":$depth,"size":$size,"from":$from$extra}""")
    fun Api.Answer.walk(): List<String> = obj["entities"].list().map { names.getValue(it.str("guid")!!) }
    fun Api.Answer.depths(): List<Int> = obj["entities"].list().map { it.str("depth")!!.toInt() }
    fun Api.Answer.hasMore(): Boolean = obj["hasMore"]!!.jsonPrimitive.content.toBoolean()

    test("downstream lists processes and assets interleaved in walk order, each at its level, and echoes the request") {
        saved.status shouldBe 200
        val answer = list(1, extra = ""","attributes":["name"]""")
        answer.status shouldBe 200
        answer.walk() shouldBe listOf("P1", "B", "P2", "P3", "C", "D")
        answer.depths() shouldBe listOf(1, 1, 2, 2, 2, 2)
        answer.hasMore() shouldBe false
        answer.obj["entityCount"] shouldBe JsonPrimitive(6)
        answer.obj.at("searchParameters").str("direction") shouldBe "OUTPUT"
        answer.obj.at("searchParameters", "excludeMeanings") shouldBe JsonPrimitive(true)
        answer.obj["entities"].list().first().at("attributes").str("name") shouldBe "P1"
    }

    test("depth counts hops of asset, process, asset; upstream walks the other way") {
        list(1, depth = 1).walk() shouldBe listOf("P1", "B")
        list(1, depth = 1).hasMore() shouldBe false
        list(3, direction = "INPUT").walk() shouldBe listOf("P2", "B", "P1", "A")
        list(3, direction = "INPUT", depth = 1).walk() shouldBe listOf("P2", "B")
    }

    test("pages by from and size, with hasMore until the walk ends") {
        val pages = listOf(0, 2, 4).map { list(1, size = 2, from = it) }
        pages.map { it.walk() } shouldBe listOf(listOf("P1", "B"), listOf("P2", "P3"), listOf("C", "D"))
        pages.map { it.hasMore() } shouldBe listOf(true, true, false)
    }

    test("entityFilters choose what is listed; traversal filters stop the walk") {
        val tablesOnly = ""","entityFilters":{"condition":"AND","criterion":[{"attributeName":"__typeName","operator":"eq","attributeValue":"Table"}]}"""
        list(1, extra = tablesOnly).walk() shouldBe listOf("B", "C", "D")
        val notP3 = ""","entityTraversalFilters":{"condition":"AND","criterion":[{"attributeName":"name","operator":"!=","attributeValue":"P3"}]}"""
        list(1, extra = notP3).walk() shouldBe listOf("P1", "B", "P2", "C")
        val cOrD = ""","entityFilters":{"condition":"OR","criterion":[{"attributeName":"name","operator":"=","attributeValue":"C"},{"attributeName":"name","operator":"endsWith","attributeValue":"D"}]}"""
        list(1, extra = cOrD).walk() shouldBe listOf("C", "D")
    }

    test("immediateNeighbours lists the start first and each asset's neighbours one hop away") {
        val answer = list(1, extra = ""","immediateNeighbours":true""")
        answer.walk() shouldBe listOf("A", "P1", "B", "P2", "P3", "C", "D")
        answer.depths().first() shouldBe 0
        val b = answer.obj["entities"].list().single { it.str("guid") == guid.getValue(2) }
        b.at("immediateUpstream").list().map { it.str("name") } shouldBe listOf("A")
        b.at("immediateDownstream").list().map { it.str("name") } shouldBe listOf("C", "D")
    }

    test("bad requests are refused as Atlan refuses them") {
        val noDirection = api.post("/api/meta/lineage/list", """{"guid":"${guid.getValue(1)}","depth":1,"size":10,"from":0}""")
        noDirection.status shouldBe 400
        noDirection.text shouldContain "mandatory key 'direction' is required"
        list(1, depth = -1).text shouldContain "Invalid 'depth' parameter"
        list(1, size = -1).text shouldContain "'size' should be greater than or equal to zero"
        val unknown = api.post("/api/meta/lineage/list", """{"guid":"no-such-guid","direction":"OUTPUT","depth":1,"size":10,"from":0}""")
        unknown.status shouldBe 404
        val badOperator = list(1, extra = ""","entityFilters":{"criterion":[{"attributeName":"name","operator":"~","attributeValue":"C"}]}""")
        badOperator.status shouldBe 400
        badOperator.obj.str("errorMessage")!! shouldContain "operator \"~\" is not supported"
    }

    test("deleting a process or an endpoint takes it out of lineage, and an asset left with no process loses __hasLineage") {
        api.get("/api/meta/entity/guid/${guid.getValue(4)}").obj.at("entity", "attributes").str("__hasLineage") shouldBe "true"
        api.delete("/api/meta/entity/bulk?guid=${guid.getValue(13)}&deleteType=PURGE").status shouldBe 200
        list(1).walk() shouldBe listOf("P1", "B", "P2", "C")
        api.get("/api/meta/entity/guid/${guid.getValue(4)}").obj.at("entity", "attributes").str("__hasLineage") shouldBe "false"
        api.delete("/api/meta/entity/bulk?guid=${guid.getValue(3)}&deleteType=HARD").status shouldBe 200
        list(1).walk() shouldBe listOf("P1", "B", "P2")
        api.get("/api/meta/entity/guid/${guid.getValue(12)}").obj.at("entity", "relationshipAttributes", "outputs").list() shouldBe emptyList()
        api.delete("/api/meta/entity/bulk?guid=${guid.getValue(2)}&deleteType=SOFT").status shouldBe 200
        list(1).walk() shouldBe listOf("P1")
    }
})
