package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

class PersistenceSpec : FunSpec({
    val api = TestCatalog.api()

    test("assets, OpenMetadata entities and created type definitions survive a restart on the same data dir") {
        val tag = api.post("/api/meta/types/typedefs", """{"classificationDefs":[{"displayName":"Persisted-tag"}]}""")
        tag.status shouldBe 200
        val hashed = tag.obj["classificationDefs"].list().single().str("name")!!
        val saved = api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"default/redshift/1600000004/D/S/kept","name":"kept","rowCount":42},"classifications":[{"typeName":"$hashed"}]}""")
        val guid = saved.assigned("-1")
        // OpenMetadata entities, whose writes do not refresh: their keys and versions must survive too.
        val service = "persisted_${java.util.UUID.randomUUID().toString().take(8)}"
        val created = api.send("PUT", "/api/v1/services/databaseServices", """{"name":"$service","serviceType":"Mysql"}""")
        created.status shouldBe 201
        val serviceId = created.obj.str("id")!!
        val before = TestCatalog.catalog().baseUrl

        TestCatalog.restart()

        TestCatalog.catalog().dataDir shouldBe TestCatalog.dataDir
        println("restarted: $before -> ${TestCatalog.catalog().baseUrl}")
        val read = api.get("/api/meta/entity/guid/$guid")
        read.status shouldBe 200
        read.obj.at("entity", "attributes").str("rowCount") shouldBe "42"
        api.search("""{"dsl":{"query":{"term":{"__traitNames":"$hashed"}}}}""").guids() shouldBe listOf(guid)
        api.get("/api/meta/types/typedefs?type=CLASSIFICATION").obj["classificationDefs"].list().any { it.str("name") == hashed } shouldBe true
        api.get("/api/v1/services/databaseServices/name/$service").obj.str("id") shouldBe serviceId
        api.get("/api/v1/services/databaseServices/$serviceId/versions").obj["versions"].list().size shouldBe 1
        api.get("/api/v1/services/databaseServices?limit=1000").obj["data"].list().any { it.str("id") == serviceId } shouldBe true
        api.send("PUT", "/api/v1/services/databaseServices", """{"name":"$service","serviceType":"Mysql"}""").status shouldBe 200
        // Upserts still find the asset after the restart.
        api.save("""{"typeName":"Table","attributes":{"qualifiedName":"default/redshift/1600000004/D/S/kept","name":"kept"}}""").updated().single().str("guid") shouldBe guid
    }
})
