package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.maps.shouldBeEmpty
import io.kotest.matchers.maps.shouldContainKey
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.jsonObject

class ReadDeleteSpec : FunSpec({
    val api = TestCatalog.api()
    val conn = "default/mysql/1600000002"
    val saved = api.save(
        """{"typeName":"Connection","guid":"-1","attributes":{"qualifiedName":"$conn","name":"rd-mysql","connectorName":"mysql","category":"database","adminUsers":["admin"]}}""",
        """{"typeName":"Table","guid":"-2","attributes":{"qualifiedName":"$conn/D/S/rd_table","name":"rd_table","description":"read me"}}""",
        """{"typeName":"Column","guid":"-3","attributes":{"qualifiedName":"$conn/D/S/rd_table/c1","name":"c1","order":2,"table":{"typeName":"Table","guid":"-2"}}}""",
        """{"typeName":"Column","guid":"-4","attributes":{"qualifiedName":"$conn/D/S/rd_table/c2","name":"c2","order":3,"table":{"typeName":"Table","guid":"-2"}}}""",
    ).also { check(it.status == 200) { it.toString() } }
    val table = saved.assigned("-2")

    test("reads by guid with relationships and referred entities") {
        val answer = api.get("/api/meta/entity/guid/$table?minExtInfo=false&ignoreRelationships=false")
        answer.status shouldBe 200
        val entity = answer.obj["entity"]
        entity.str("typeName") shouldBe "Table"
        entity.at("attributes").str("description") shouldBe "read me"
        entity.at("relationshipAttributes", "columns").list().map { it.str("guid") }
            .shouldContainExactlyInAnyOrder(saved.assigned("-3"), saved.assigned("-4"))
        answer.obj["referredEntities"]!!.jsonObject shouldContainKey saved.assigned("-3")
    }

    test("ignoreRelationships and minExtInfo trim the answer") {
        val answer = api.get("/api/meta/entity/guid/$table?minExtInfo=true&ignoreRelationships=true")
        answer.obj["entity"].at("relationshipAttributes") shouldBe null
        answer.obj["referredEntities"]!!.jsonObject.shouldBeEmpty()
    }

    test("reads by unique attribute") {
        val answer = api.get("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=${Api.enc("$conn/D/S/rd_table")}")
        answer.status shouldBe 200
        answer.obj["entity"].str("guid") shouldBe table
        answer.obj["entity"].at("relationshipAttributes", "columns").list().size shouldBe 2
    }

    test("B79 absent assets are 404 with an Atlan error body") {
        val byGuid = api.get("/api/meta/entity/guid/00000000-0000-0000-0000-000000000000")
        byGuid.status shouldBe 404
        byGuid.obj.str("errorCode") shouldBe "ATLAS-404-00-005"
        val byName = api.get("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=${Api.enc("$conn/none")}")
        byName.status shouldBe 404
        byName.obj.str("errorMessage")!! shouldContain "$conn/none"
        api.get("/api/meta/entity/uniqueAttribute/type/NoSuchType?attr:qualifiedName=x").status shouldBe 404
    }

    test("SOFT archives, HARD removes, and removed columns leave the table") {
        val c1 = saved.assigned("-3")
        val c2 = saved.assigned("-4")
        val soft = api.delete("/api/meta/entity/bulk?guid=$c1&deleteType=SOFT")
        soft.status shouldBe 200
        soft.obj.at("mutatedEntities", "DELETE").list().map { it.str("guid") } shouldBe listOf(c1)
        api.get("/api/meta/entity/guid/$c1").obj["entity"].str("status") shouldBe "DELETED"
        val hard = api.delete("/api/meta/entity/bulk/?guid=$c2&deleteType=HARD")
        hard.obj.at("mutatedEntities", "DELETE").list().map { it.str("guid") } shouldBe listOf(c2)
        api.get("/api/meta/entity/guid/$c2").status shouldBe 404
        api.get("/api/meta/entity/guid/$table").obj.at("entity", "relationshipAttributes", "columns").list().size shouldBe 0
        api.delete("/api/meta/entity/bulk?guid=$c2&deleteType=HARD").status shouldBe 404
        api.delete("/api/meta/entity/bulk?guid=$table&deleteType=SIDEWAYS").status shouldBe 400
    }

    test("a bulk delete may name hundreds of GUIDs") {
        val many = (1..500).joinToString("&") { "guid=00000000-0000-4000-8000-${"%012d".format(it)}" }
        val answer = api.delete("/api/meta/entity/bulk?$many&deleteType=SOFT")
        answer.status shouldBe 404
        answer.obj.str("errorMessage")!! shouldContain "00000000-0000-4000-8000-000000000001"
    }
})
