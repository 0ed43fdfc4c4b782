package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch

class TypeDefSpec : FunSpec({
    val api = TestCatalog.api()

    test("serves typedefs.json, filtered by category") {
        val all = api.get("/api/meta/types/typedefs")
        all.status shouldBe 200
        all.obj["entityDefs"].list().size shouldBe 118
        all.obj["relationshipDefs"].list().size shouldBe 110
        val some = api.get("/api/meta/types/typedefs?type=enum&type=STRUCT")
        some.obj["enumDefs"].list().size shouldBe 11
        some.obj["structDefs"].list().size shouldBe 5
        some.obj["entityDefs"].list() shouldHaveSize 0
        api.get("/api/meta/types/typedefs?type=NOPE").status shouldBe 400
    }

    test("creates Atlan tags and custom metadata with hashed names") {
        val created = api.post(
            "/api/meta/types/typedefs",
            """{"classificationDefs":[{"name":"PII-spec","displayName":"PII-spec","description":"personal","attributeDefs":[],"options":{"color":"Red"}}],
               "businessMetadataDefs":[{"name":"Quality-spec","displayName":"Quality-spec","attributeDefs":[{"name":"Score","displayName":"Score","typeName":"int","isOptional":true,"cardinality":"SINGLE"}]}]}""",
        )
        created.status shouldBe 200
        val tag = created.obj["classificationDefs"].list().single()
        tag.str("displayName") shouldBe "PII-spec"
        tag.str("name")!! shouldMatch Regex("[0-9A-Za-z]{22}")
        val set = created.obj["businessMetadataDefs"].list().single()
        set.str("name")!! shouldMatch Regex("[0-9A-Za-z]{22}")
        val attribute = set.at("attributeDefs").list().single()
        attribute.str("displayName") shouldBe "Score"
        attribute.str("name")!! shouldMatch Regex("[0-9A-Za-z]{22}")
        api.get("/api/meta/types/typedefs?type=CLASSIFICATION").obj["classificationDefs"].list().map { it.str("name") } shouldContain tag.str("name")
        api.post("/api/meta/types/typedefs", """{"classificationDefs":[{"displayName":"PII-spec"}]}""").status shouldBe 409
        api.post("/api/meta/types/typedefs", """{"entityDefs":[{"name":"Mine"}]}""").status shouldBe 400

        val hashed = tag.str("name")!!
        val saved = api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"default/oracle/1600000003/D/S/tagged","name":"tagged"},"classifications":[{"typeName":"$hashed","propagate":false}]}""")
        saved.status shouldBe 200
        val found = api.search("""{"dsl":{"query":{"term":{"__traitNames":"$hashed"}}}}""")
        found.guids() shouldBe listOf(saved.assigned("-1"))
        found.obj["entities"].list().single().at("classificationNames").list().map { it.toString().trim('"') } shouldBe listOf(hashed)
        api.search("""{"dsl":{"query":{"match":{"__classificationsText":"$hashed"}}}}""").guids() shouldBe listOf(saved.assigned("-1"))

        // Without replaceTags the tags of an existing asset are kept; with it they are replaced.
        api.save("""{"typeName":"Table","attributes":{"qualifiedName":"default/oracle/1600000003/D/S/tagged","name":"tagged"},"classifications":[]}""")
        api.search("""{"dsl":{"query":{"term":{"__traitNames":"$hashed"}}}}""").guids() shouldHaveSize 1
        api.save("""{"typeName":"Table","attributes":{"qualifiedName":"default/oracle/1600000003/D/S/tagged","name":"tagged"},"classifications":[]}""", query = "?replaceTags=true")
        api.search("""{"dsl":{"query":{"term":{"__traitNames":"$hashed"}}}}""").guids() shouldHaveSize 0

        api.save("""{"typeName":"Table","attributes":{"qualifiedName":"x/y","name":"y"},"classifications":[{"typeName":"NoSuchTag"}]}""").status shouldBe 400
        all(api).obj["classificationDefs"].list().size shouldBeGreaterThan 6
    }
})

private fun all(api: Api) = api.get("/api/meta/types/typedefs")
