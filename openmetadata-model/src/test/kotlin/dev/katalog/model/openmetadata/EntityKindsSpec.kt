package dev.katalog.model.openmetadata

import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.entity.data.GlossaryTerm
import dev.katalog.model.openmetadata.entity.data.Table
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe

/** The one registry of entity kinds: lookups by type, entity class and request, and schemas that exist in the 1.4 spec. */
class EntityKindsSpec : FunSpec({
    test("a kind is found by its reference type, its entity class and its create request") {
        EntityKinds.ofTypeOrNull("table") shouldBe EntityKinds.TABLE
        EntityKinds.ofTypeOrNull("dashboard").shouldBeNull()
        EntityKinds.ofEntityOrNull(GlossaryTerm::class) shouldBe EntityKinds.GLOSSARY_TERM
        EntityKinds.ofRequestOrNull(CreateTable(name = "orders", databaseSchema = "svc.db.s", columns = emptyList())) shouldBe EntityKinds.TABLE
        EntityKinds.TABLE.path shouldBe "/tables"
        EntityKinds.TABLE.createSchema shouldBe "api/data/createTable.json"
        EntityKinds.TABLE.entitySchema shouldBe "entity/data/table.json"
        EntityKinds.TABLE.entityClass shouldBe Table::class
    }

    test("every kind's schemas are in OpenMetadata's spec, and kinds that share a search index are the ones OpenMetadata groups") {
        val missing = EntityKinds.all.flatMap { listOf(it.createSchema, it.entitySchema) }
            .filter { javaClass.classLoader.getResource("json/schema/$it") == null }
        missing.shouldBeEmpty()
        EntityKinds.searchIndices.size shouldBe 8
        EntityKinds.all.filter { it.searchIndex == "tag_search_index" }.map { it.type } shouldBe listOf("classification", "tag")
    }
})
