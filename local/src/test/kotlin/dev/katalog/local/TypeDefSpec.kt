package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.ints.shouldBeGreaterThanOrEqual
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch

class TypeDefSpec : FunSpec({
    val api = TestCatalog.api()

    test("serves typedefs.json with what typedefs-supplement.json and typedefs-pyatlan.json add, filtered by category") {
        val all = api.get("/api/meta/types/typedefs")
        all.status shouldBe 200
        // 118 entity types, 110 relationships and 5 structs of the tenant, plus the supplement's 7, 3 and 2, plus the
        // 338 entity types and 46 structs only the reference SDK's facts give (they carry no relationship definitions).
        all.obj["entityDefs"].list().size shouldBe 463
        all.obj["entityDefs"].list().map { it.str("name") } shouldContain "SnowflakeDynamicTable"
        all.obj["relationshipDefs"].list().size shouldBe 113
        all.obj["entityDefs"].list().map { it.str("name") } shouldContain "Persona"
        val some = api.get("/api/meta/types/typedefs?type=enum&type=STRUCT")
        some.obj["enumDefs"].list().size shouldBeGreaterThanOrEqual 17
        some.obj["structDefs"].list().size shouldBe 53
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

    test("custom metadata is saved, validated, searchable as <set>.<attribute>, and updatable on its own") {
        val created = api.post(
            "/api/meta/types/typedefs",
            """{"businessMetadataDefs":[{"displayName":"Ownership-spec","attributeDefs":[
                 {"name":"Steward","displayName":"Steward","typeName":"string","indexType":"STRING","isOptional":true,"cardinality":"SINGLE"},
                 {"name":"Tier","displayName":"Tier","typeName":"int","isOptional":true,"cardinality":"SINGLE"}]}]}""",
        )
        created.status shouldBe 200
        val set = created.obj["businessMetadataDefs"].list().single()
        val setId = set.str("name")!!
        val (steward, tier) = set.at("attributeDefs").list().map { it.str("name")!! }
        val qn = "default/oracle/1600000003/D/S/cm_table"
        val saved = api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$qn","name":"cm_table"},"businessAttributes":{"$setId":{"$steward":"jane","$tier":1}}}""")
        saved.status shouldBe 200
        val guid = saved.assigned("-1")
        api.search("""{"dsl":{"query":{"term":{"$setId.$steward":"jane"}}}}""").guids() shouldBe listOf(guid)
        api.search("""{"dsl":{"query":{"range":{"$setId.$tier":{"gte":1}}}}}""").guids() shouldBe listOf(guid)
        api.save("""{"typeName":"Table","attributes":{"qualifiedName":"$qn","name":"cm_table"},"businessAttributes":{"$setId":{"$tier":"high"}}}""").status shouldBe 400
        api.save("""{"typeName":"Table","attributes":{"qualifiedName":"$qn","name":"cm_table"},"businessAttributes":{"nope":{"x":1}}}""").status shouldBe 400

        api.post("/api/meta/entity/guid/$guid/businessmetadata/$setId", """{"$tier":3}""").status shouldBe 204
        val read = api.get("/api/meta/entity/guid/$guid?ignoreRelationships=true").obj.at("entity", "businessAttributes", setId)
        read.str(steward) shouldBe "jane"
        read.str(tier) shouldBe "3"
        api.post("/api/meta/entity/guid/$guid/businessmetadata?isOverwrite=true", """{"$setId":{"$steward":"joe"}}""").status shouldBe 204
        api.get("/api/meta/entity/guid/$guid").obj.at("entity", "businessAttributes", setId).str(tier) shouldBe null
        api.search("""{"dsl":{"query":{"term":{"$setId.$steward":"joe"}}}}""").guids() shouldBe listOf(guid)
    }

    test("enums, look-up by name, updates and deletes of created definitions") {
        val enum = api.post("/api/meta/types/typedefs/", """{"enumDefs":[{"name":"Spec_Levels","elementDefs":[{"value":"LOW","ordinal":0},{"value":"HIGH","ordinal":1}]}]}""")
        enum.status shouldBe 200
        enum.obj["enumDefs"].list().single().str("name") shouldBe "Spec_Levels"
        api.get("/api/meta/types/typedef/name/Spec_Levels").obj.str("category") shouldBe "ENUM"
        api.get("/api/meta/types/typedef/name/Table").obj.str("category") shouldBe "ENTITY"
        api.get("/api/meta/types/typedef/name/NoSuchType").status shouldBe 404

        val set = api.post("/api/meta/types/typedefs/", """{"businessMetadataDefs":[{"displayName":"Evolving-spec","attributeDefs":[{"name":"First","typeName":"string"}]}]}""")
            .obj["businessMetadataDefs"].list().single()
        val setName = set.str("name")!!
        val first = set.at("attributeDefs").list().single()
        val updated = api.send("PUT", "/api/meta/types/typedefs/", """{"businessMetadataDefs":[{"name":"$setName","displayName":"Evolving-spec","attributeDefs":[$first,{"name":"Second","displayName":"Second","typeName":"Spec_Levels"}]}]}""")
        updated.status shouldBe 200
        val attributes = updated.obj["businessMetadataDefs"].list().single().at("attributeDefs").list()
        attributes.map { it.str("displayName") } shouldBe listOf("First", "Second")
        attributes[0].str("name") shouldBe first.str("name")
        val second = attributes[1].str("name")!!
        second shouldMatch Regex("[0-9A-Za-z]{22}")
        val qn = "default/oracle/1600000003/D/S/evolving"
        api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$qn","name":"evolving"},"businessAttributes":{"$setName":{"$second":"HIGH"}}}""").status shouldBe 200
        api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$qn","name":"evolving"},"businessAttributes":{"$setName":{"$second":"MEDIUM"}}}""", query = "?replaceBusinessAttributes=true").status shouldBe 400

        api.delete("/api/meta/types/typedef/name/$setName").status shouldBe 204
        api.get("/api/meta/types/typedef/name/$setName").status shouldBe 404
        api.delete("/api/meta/types/typedef/name/Table").status shouldBe 400
    }

    test("appendTags adds and removes tags without touching the others") {
        val tags = api.post("/api/meta/types/typedefs", """{"classificationDefs":[{"displayName":"Gold-spec"},{"displayName":"Silver-spec"}]}""")
        val (gold, silver) = tags.obj["classificationDefs"].list().map { it.str("name")!! }
        val qn = "default/oracle/1600000003/D/S/append_tags"
        val saved = api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$qn","name":"append_tags"},"classifications":[{"typeName":"$gold"}]}""")
        val guid = saved.assigned("-1")
        api.save("""{"typeName":"Table","attributes":{"qualifiedName":"$qn","name":"append_tags"},"addOrUpdateClassifications":[{"typeName":"$silver"}]}""", query = "?appendTags=true").status shouldBe 200
        fun names() = api.get("/api/meta/entity/guid/$guid").obj.at("entity", "classificationNames").list().map { it.toString().trim('"') }.toSet()
        names() shouldBe setOf(gold, silver)
        api.save("""{"typeName":"Table","attributes":{"qualifiedName":"$qn","name":"append_tags"},"removeClassifications":[{"typeName":"$gold"}]}""", query = "?appendTags=true")
        names() shouldBe setOf(silver)
        api.search("""{"dsl":{"query":{"term":{"__traitNames":"$gold"}}}}""").guids() shouldHaveSize 0
    }

    test("a tag that names another asset counts as propagated") {
        val tag = api.post("/api/meta/types/typedefs", """{"classificationDefs":[{"displayName":"Bronze-spec"}]}""").obj["classificationDefs"].list().single().str("name")!!
        val source = "7c1e2d3f-0000-4000-8000-000000000001"
        val saved = api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"default/oracle/1600000003/D/S/propagated","name":"propagated"},"classifications":[{"typeName":"$tag","entityGuid":"$source","propagate":true}]}""")
        val guid = saved.assigned("-1")
        api.search("""{"dsl":{"query":{"term":{"__propagatedTraitNames":"$tag"}}}}""").guids() shouldBe listOf(guid)
        api.search("""{"dsl":{"query":{"term":{"__traitNames":"$tag"}}}}""").guids() shouldHaveSize 0
    }

    test("assigned terms show as meanings and in __meanings") {
        val glossary = api.save("""{"typeName":"AtlasGlossary","guid":"-1","attributes":{"qualifiedName":"-1","name":"Meanings Glossary"}}""")
        val term = api.save("""{"typeName":"AtlasGlossaryTerm","guid":"-2","attributes":{"qualifiedName":"x","name":"Churn","anchor":{"typeName":"AtlasGlossary","guid":"${glossary.assigned("-1")}"}}}""")
        val termQn = term.created().single().at("attributes").str("qualifiedName")!!
        val asset = api.save("""{"typeName":"Table","guid":"-3","attributes":{"qualifiedName":"default/oracle/1600000003/D/S/meant","name":"meant","meanings":[{"typeName":"AtlasGlossaryTerm","guid":"${term.assigned("-2")}"}]}}""")
        val guid = asset.assigned("-3")
        api.search("""{"dsl":{"query":{"term":{"__meanings":"$termQn"}}}}""").guids() shouldBe listOf(guid)
        api.get("/api/meta/entity/guid/$guid").obj.at("entity", "meaningNames").list().map { it.toString().trim('"') } shouldBe listOf("Churn")
        api.get("/api/meta/entity/guid/${term.assigned("-2")}").obj.at("entity", "relationshipAttributes", "assignedEntities").list()
            .map { it.str("guid") } shouldBe listOf(guid)
    }
})

private fun all(api: Api) = api.get("/api/meta/types/typedefs")
