package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldMatch
import io.kotest.matchers.string.shouldStartWith

class SaveSpec : FunSpec({
    val api = TestCatalog.api()
    val conn = "default/postgres/1600000001"

    fun connection(guid: String) = """{"typeName":"Connection","guid":"$guid","attributes":{"qualifiedName":"$conn","name":"save-pg","connectorName":"postgres","category":"database","adminUsers":["admin"]}}"""

    test("creates a hierarchy in one request, mapping placeholders and keeping inverse relationships") {
        val answer = api.save(
            connection("-1"),
            """{"typeName":"Database","guid":"-2","attributes":{"qualifiedName":"$conn/SAVEDB","name":"SAVEDB","connectionQualifiedName":"$conn","connection":{"typeName":"Connection","guid":"-1"}}}""",
            """{"typeName":"Schema","guid":"-3","attributes":{"qualifiedName":"$conn/SAVEDB/SCH","name":"SCH","database":{"typeName":"Database","uniqueAttributes":{"qualifiedName":"$conn/SAVEDB"}}}}""",
            """{"typeName":"Table","guid":"-4","attributes":{"qualifiedName":"$conn/SAVEDB/SCH/save_t1","name":"save_t1","atlanSchema":{"typeName":"Schema","guid":"-3"}}}""",
            """{"typeName":"Table","guid":"-5","attributes":{"qualifiedName":"$conn/SAVEDB/SCH/save_t2","name":"save_t2"},"relationshipAttributes":{"atlanSchema":{"typeName":"Schema","guid":"-3"}}}""",
        )
        answer.status shouldBe 200
        answer.created() shouldHaveSize 5
        val schemaGuid = answer.assigned("-3")
        schemaGuid shouldMatch Regex("[0-9a-f-]{36}")
        val schema = api.get("/api/meta/entity/guid/$schemaGuid")
        schema.status shouldBe 200
        schema.obj.at("entity", "relationshipAttributes", "tables").list().map { it.str("guid") }
            .shouldContainExactlyInAnyOrder(answer.assigned("-4"), answer.assigned("-5"))
        schema.obj.at("entity", "relationshipAttributes", "database").str("guid") shouldBe answer.assigned("-2")
        val db = api.get("/api/meta/entity/guid/${answer.assigned("-2")}")
        db.obj.at("entity", "relationshipAttributes", "schemas").list().map { it.str("guid") } shouldBe listOf(schemaGuid)
    }

    test("a second save of the same qualifiedName updates, keeping attributes it does not send") {
        api.save(connection("-1"))
        val first = api.save("""{"typeName":"Table","guid":"-9","attributes":{"qualifiedName":"$conn/SAVEDB/SCH/save_upd","name":"save_upd","description":"kept","rowCount":7}}""")
        first.created() shouldHaveSize 1
        val guid = first.assigned("-9")
        val second = api.save("""{"typeName":"Table","guid":"-10","attributes":{"qualifiedName":"$conn/SAVEDB/SCH/save_upd","name":"save_upd","userDescription":"added"}}""")
        second.status shouldBe 200
        second.created() shouldHaveSize 0
        second.updated().map { it.str("guid") } shouldBe listOf(guid)
        second.assigned("-10") shouldBe guid
        val read = api.get("/api/meta/entity/guid/$guid").obj.at("entity", "attributes")
        read.str("description") shouldBe "kept"
        read.str("userDescription") shouldBe "added"
        read.str("rowCount") shouldBe "7"
    }

    test("server fields are set by the server") {
        val answer = api.save("""{"typeName":"Table","guid":"-1","status":"DELETED","createdBy":"mallory","attributes":{"qualifiedName":"$conn/SAVEDB/SCH/save_srv","name":"save_srv"}}""")
        val entity = api.get("/api/meta/entity/guid/${answer.assigned("-1")}").obj["entity"]
        entity.str("status") shouldBe "ACTIVE"
        entity.str("createdBy") shouldBe "admin"
        entity.str("createTime") shouldNotBe null
        entity.str("updateTime") shouldNotBe null
    }

    test("B80 a reference to a missing asset is a 404 naming it") {
        val answer = api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$conn/NOPE/x/t","name":"t","atlanSchema":{"typeName":"Schema","uniqueAttributes":{"qualifiedName":"$conn/NOPE/x"}}}}""")
        answer.status shouldBe 404
        answer.obj.str("errorCode")!! shouldStartWith "ATLAS-404"
        answer.obj.str("errorMessage")!! shouldContain "$conn/NOPE/x"
        api.search("""{"dsl":{"query":{"term":{"qualifiedName":"$conn/NOPE/x/t"}}}}""").obj.str("approximateCount") shouldBe "0"
    }

    test("B73 bad input is a 400 that names the problem") {
        fun bad(body: String, mention: String) {
            val answer = api.post("/api/meta/entity/bulk", body)
            answer.status shouldBe 400
            answer.obj.str("errorCode")!! shouldStartWith "ATLAS-400"
            answer.obj.str("errorMessage")!! shouldContain mention
        }
        bad("""{"entities":[{"typeName":"Tabel","attributes":{"qualifiedName":"x","name":"x"}}]}""", "Tabel")
        bad("""{"entities":[{"typeName":"Table","attributes":{"name":"x"}}]}""", "qualifiedName")
        bad("""{"entities":[{"typeName":"Table","attributes":{"qualifiedName":"$conn/x/y/noname"}}]}""", "name")
        bad("""{"entities":[{"typeName":"Table","attributes":{"qualifiedName":"$conn/x/y/z","name":"z","rowCount":"many"}}]}""", "rowCount")
        bad("""{"entities":[{"typeName":"Table","attributes":{"qualifiedName":"$conn/x/y/z","name":"z","certificateStatus":"SHINY"}}]}""", "certificateStatus")
        bad("""{"entities":[{"typeName":"Table","attributes":{"qualifiedName":"$conn/x/y/z","name":"z","atlanSchema":"nope"}}]}""", "atlanSchema")
        bad("""{"entities":[{"typeName":"Table",""", "Malformed JSON")
        bad("""{"things":[]}""", "entities")
        val escaped = api.post("/api/meta/entity/bulk", """{"entities":[{"typeName":"<script>\"x","attributes":{}}]}""")
        escaped.status shouldBe 400
        escaped.headers["content-type"]!!.first() shouldContain "application/json"
        escaped.obj.str("errorMessage")!! shouldContain "<script>\"x"
    }

    test("glossaries get server-assigned qualifiedNames and terms need an anchor") {
        val glossary = api.save("""{"typeName":"AtlasGlossary","guid":"-1","attributes":{"qualifiedName":"-1","name":"Save Glossary"}}""")
        glossary.status shouldBe 200
        val gGuid = glossary.assigned("-1")
        val gQn = glossary.created().single().at("attributes").str("qualifiedName")!!
        gQn shouldMatch Regex("[0-9A-Za-z]{21}")
        val term = api.save("""{"typeName":"AtlasGlossaryTerm","guid":"-2","attributes":{"qualifiedName":"x","name":"Revenue","anchor":{"typeName":"AtlasGlossary","guid":"$gGuid"}}}""")
        term.status shouldBe 200
        term.created().single().at("attributes").str("qualifiedName")!! shouldMatch Regex("[0-9A-Za-z]{21}@" + Regex.escape(gQn))
        val byGlossary = api.search("""{"dsl":{"query":{"bool":{"filter":[{"term":{"__glossary":"$gQn"}},{"term":{"__typeName.keyword":"AtlasGlossaryTerm"}}]}}}}""")
        byGlossary.guids() shouldBe listOf(term.assigned("-2"))
        val glossaryRead = api.get("/api/meta/entity/guid/$gGuid").obj.at("entity", "relationshipAttributes", "terms").list()
        glossaryRead.map { it.str("guid") } shouldBe listOf(term.assigned("-2"))
        val orphan = api.save("""{"typeName":"AtlasGlossaryTerm","guid":"-3","attributes":{"qualifiedName":"x","name":"Orphan"}}""")
        orphan.status shouldBe 400
        orphan.obj.str("errorMessage")!! shouldContain "anchor"
    }

    test("saving an archived asset with status ACTIVE restores it") {
        val created = api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$conn/SAVEDB/SCH/save_arch","name":"save_arch"}}""")
        val guid = created.assigned("-1")
        api.delete("/api/meta/entity/bulk?guid=$guid&deleteType=SOFT").status shouldBe 200
        api.get("/api/meta/entity/guid/$guid").obj.at("entity").str("status") shouldBe "DELETED"
        val restored = api.save("""{"typeName":"Table","guid":"-2","status":"ACTIVE","attributes":{"qualifiedName":"$conn/SAVEDB/SCH/save_arch","name":"save_arch"}}""")
        restored.updated().single().str("guid") shouldBe guid
        api.get("/api/meta/entity/guid/$guid").obj.at("entity").str("status") shouldBe "ACTIVE"
    }

    test("a process with inputs and outputs gives it and its ends lineage") {
        val answer = api.save(
            """{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$conn/SAVEDB/SCH/lin_src","name":"lin_src"}}""",
            """{"typeName":"Table","guid":"-2","attributes":{"qualifiedName":"$conn/SAVEDB/SCH/lin_dst","name":"lin_dst"}}""",
            """{"typeName":"Table","guid":"-3","attributes":{"qualifiedName":"$conn/SAVEDB/SCH/lin_none","name":"lin_none"}}""",
        )
        val process = api.save(
            """{"typeName":"Process","guid":"-4","attributes":{"qualifiedName":"$conn/proc/lin","name":"lin","inputs":[{"typeName":"Table","guid":"${answer.assigned("-1")}"}],"outputs":[{"typeName":"Table","uniqueAttributes":{"qualifiedName":"$conn/SAVEDB/SCH/lin_dst"}}]}}""",
        )
        process.status shouldBe 200
        val found = api.search("""{"dsl":{"size":50,"query":{"bool":{"filter":[{"term":{"__hasLineage":true}},{"prefix":{"qualifiedName":"$conn/"}}]}}}}""")
        found.guids().shouldContainExactlyInAnyOrder(answer.assigned("-1"), answer.assigned("-2"), process.assigned("-4"))
        api.get("/api/meta/entity/guid/${answer.assigned("-1")}").obj.at("entity", "relationshipAttributes", "inputToProcesses").list()
            .map { it.str("guid") } shouldBe listOf(process.assigned("-4"))
    }

    test("categories nest, terms sit in categories, and both are searchable by their internal fields") {
        val saved = api.save(
            """{"typeName":"AtlasGlossary","guid":"-1","attributes":{"qualifiedName":"-1","name":"Category Glossary"}}""",
            """{"typeName":"AtlasGlossaryCategory","guid":"-2","attributes":{"qualifiedName":"-2","name":"Parent","anchor":{"typeName":"AtlasGlossary","guid":"-1"}}}""",
            """{"typeName":"AtlasGlossaryCategory","guid":"-3","attributes":{"qualifiedName":"-3","name":"Child","anchor":{"typeName":"AtlasGlossary","guid":"-1"},"parentCategory":{"typeName":"AtlasGlossaryCategory","guid":"-2"}}}""",
            """{"typeName":"AtlasGlossaryTerm","guid":"-4","attributes":{"qualifiedName":"-4","name":"Filed","anchor":{"typeName":"AtlasGlossary","guid":"-1"},"categories":[{"typeName":"AtlasGlossaryCategory","guid":"-3"}]}}""",
        )
        saved.status shouldBe 200
        val byQn = saved.created().associate { it.str("guid") to it.at("attributes").str("qualifiedName")!! }
        val parentQn = byQn.getValue(saved.assigned("-2"))
        val childQn = byQn.getValue(saved.assigned("-3"))
        api.search("""{"dsl":{"query":{"term":{"__parentCategory":"$parentQn"}}}}""").guids() shouldBe listOf(saved.assigned("-3"))
        api.search("""{"dsl":{"query":{"term":{"__categories":"$childQn"}}}}""").guids() shouldBe listOf(saved.assigned("-4"))
        val parent = api.get("/api/meta/entity/guid/${saved.assigned("-2")}").obj.at("entity", "relationshipAttributes")
        parent.at("childrenCategories").list().map { it.str("guid") } shouldBe listOf(saved.assigned("-3"))
        val child = api.get("/api/meta/entity/guid/${saved.assigned("-3")}").obj.at("entity", "relationshipAttributes")
        child.at("terms").list().map { it.str("guid") } shouldBe listOf(saved.assigned("-4"))
        api.get("/api/meta/entity/guid/${saved.assigned("-1")}").obj.at("entity", "relationshipAttributes", "categories").list()
            .map { it.str("guid") }.shouldContainExactlyInAnyOrder(saved.assigned("-2"), saved.assigned("-3"))
    }

    test("concurrent saves of one qualifiedName create it once") {
        val qn = "$conn/SAVEDB/SCH/save_race"
        val pool = java.util.concurrent.Executors.newFixedThreadPool(8)
        val answers = try {
            (1..8).map { i ->
                pool.submit<Api.Answer> { api.save("""{"typeName":"Table","guid":"-$i","attributes":{"qualifiedName":"$qn","name":"save_race","description":"writer $i"}}""") }
            }.map { it.get() }
        } finally {
            pool.shutdown()
        }
        answers.forEach { it.status shouldBe 200 }
        answers.sumOf { it.created().size } shouldBe 1
        answers.sumOf { it.updated().size } shouldBe 7
        answers.map { it.obj.at("guidAssignments")!!.let { a -> (a as kotlinx.serialization.json.JsonObject).values.single().toString() } }.toSet().size shouldBe 1
        api.search("""{"dsl":{"query":{"term":{"qualifiedName":"$qn"}}}}""").guids().size shouldBe 1
    }
})
