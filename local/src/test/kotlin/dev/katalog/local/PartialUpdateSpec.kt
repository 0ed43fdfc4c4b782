package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/**
 * `PUT /api/meta/entity/uniqueAttribute/type/{type}` as atlanhq/atlas-metastore answers it (webapp
 * `EntityREST.partialUpdateEntityByUniqueAttrs`, repository `AtlasEntityStoreV2.updateByUniqueAttributes`): the asset
 * named by type and qualifiedName changes only where the body says, the answer lists it under `PARTIAL_UPDATE`,
 * and a missing asset or type is a 404 rather than a creation. Also `appendRelationshipAttributes` /
 * `removeRelationshipAttributes` on a bulk save, which add to and take from one relationship only.
 */
class PartialUpdateSpec : FunSpec({
    val api = TestCatalog.api()
    val conn = "default/mysql/1600000077"
    val tableQn = "$conn/D/S/pu_table"
    val saved = api.save(
        """{"typeName":"Connection","guid":"-1","attributes":{"qualifiedName":"$conn","name":"pu-mysql","connectorName":"mysql","category":"database","adminUsers":["admin"]}}""",
        """{"typeName":"Table","guid":"-2","attributes":{"qualifiedName":"$tableQn","name":"pu_table","description":"kept"}}""",
        """{"typeName":"Column","guid":"-3","attributes":{"qualifiedName":"$tableQn/c1","name":"c1","order":1,"table":{"typeName":"Table","guid":"-2"}}}""",
        """{"typeName":"Column","guid":"-4","attributes":{"qualifiedName":"$tableQn/c2","name":"c2","order":2}}""",
    ).also { check(it.status == 200) { it.toString() } }
    val table = saved.assigned("-2")
    val path = "/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=${Api.enc(tableQn)}"
    fun read() = api.get("/api/meta/entity/guid/$table?minExtInfo=true&ignoreRelationships=false").obj["entity"]

    test("sets only the attributes sent, answered under PARTIAL_UPDATE") {
        val answer = api.put(path, """{"entity":{"typeName":"Table","attributes":{"qualifiedName":"$tableQn","name":"pu_table","certificateStatus":"VERIFIED","certificateStatusMessage":"ok"},"businessAttributes":null}}""")
        answer.status shouldBe 200
        answer.obj.at("mutatedEntities", "PARTIAL_UPDATE").list().map { it.str("guid") } shouldContainExactly listOf(table)
        answer.obj.at("mutatedEntities", "UPDATE") shouldBe null
        val entity = read()
        entity.at("attributes").str("certificateStatus") shouldBe "VERIFIED"
        entity.at("attributes").str("description") shouldBe "kept"
        entity.at("relationshipAttributes", "columns").list().size shouldBe 1
    }

    test("a null clears an attribute") {
        api.put(path, """{"entity":{"typeName":"Table","attributes":{"qualifiedName":"$tableQn","name":"pu_table","certificateStatus":null,"certificateStatusMessage":null}}}""").status shouldBe 200
        val attributes = read().at("attributes")
        attributes.str("certificateStatus") shouldBe null
        attributes.str("certificateStatusMessage") shouldBe null
        attributes.str("description") shouldBe "kept"
    }

    test("a missing asset or type is a 404, never a creation") {
        val missing = api.put("/api/meta/entity/uniqueAttribute/type/Table?attr:qualifiedName=${Api.enc("$conn/D/S/none")}", """{"entity":{"typeName":"Table","attributes":{"name":"none"}}}""")
        missing.status shouldBe 404
        missing.obj.str("errorCode") shouldBe "ATLAS-404-00-009"
        api.put("/api/meta/entity/uniqueAttribute/type/NoSuchType?attr:qualifiedName=x", """{"entity":{"attributes":{}}}""").status shouldBe 404
        val noEntity = api.put(path, """{"attributes":{}}""")
        noEntity.status shouldBe 400
        noEntity.text shouldContain "entity"
    }

    test("appendRelationshipAttributes and removeRelationshipAttributes change one relationship, keeping the rest") {
        val c2 = saved.assigned("-4")
        val c1 = saved.assigned("-3")
        api.save("""{"typeName":"Table","guid":"-9","attributes":{"qualifiedName":"$tableQn","name":"pu_table"},"appendRelationshipAttributes":{"columns":[{"typeName":"Column","guid":"$c2"}]}}""").status shouldBe 200
        read().at("relationshipAttributes", "columns").list().mapNotNull { it.str("guid") }.sorted() shouldBe listOf(c1, c2).sorted()
        api.save("""{"typeName":"Table","guid":"-9","attributes":{"qualifiedName":"$tableQn","name":"pu_table"},"removeRelationshipAttributes":{"columns":[{"typeName":"Column","guid":"$c1"}]}}""").status shouldBe 200
        read().at("relationshipAttributes", "columns").list().map { it.str("guid") } shouldContainExactly listOf(c2)
        read().at("attributes").str("description") shouldBe "kept"
    }
})
