package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

class PersistenceSpec : FunSpec({
    val api = TestCatalog.api()

    test("assets and created type definitions survive a restart on the same data dir") {
        val tag = api.post("/api/meta/types/typedefs", """{"classificationDefs":[{"displayName":"Persisted-tag"}]}""")
        tag.status shouldBe 200
        val hashed = tag.obj["classificationDefs"].list().single().str("name")!!
        val saved = api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"default/redshift/1600000004/D/S/kept","name":"kept","rowCount":42},"classifications":[{"typeName":"$hashed"}]}""")
        val guid = saved.assigned("-1")
        val before = TestCatalog.catalog().baseUrl

        TestCatalog.restart()

        TestCatalog.catalog().dataDir shouldBe TestCatalog.dataDir
        println("restarted: $before -> ${TestCatalog.catalog().baseUrl}")
        val read = api.get("/api/meta/entity/guid/$guid")
        read.status shouldBe 200
        read.obj.at("entity", "attributes").str("rowCount") shouldBe "42"
        api.search("""{"dsl":{"query":{"term":{"__traitNames":"$hashed"}}}}""").guids() shouldBe listOf(guid)
        api.get("/api/meta/types/typedefs?type=CLASSIFICATION").obj["classificationDefs"].list().any { it.str("name") == hashed } shouldBe true
        // Upserts still find the asset after the restart.
        api.save("""{"typeName":"Table","attributes":{"qualifiedName":"default/redshift/1600000004/D/S/kept","name":"kept"}}""").updated().single().str("guid") shouldBe guid
    }
})
