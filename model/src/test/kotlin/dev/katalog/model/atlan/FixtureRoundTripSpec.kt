package dev.katalog.model.atlan

import dev.katalog.model.ReferenceData
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.EntityResponse
import dev.katalog.model.atlan.api.LineageListResponse
import dev.katalog.model.atlan.api.MutationResponse
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Entity
import dev.katalog.model.atlan.asset.GenericAsset
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.api.IndexSearchResponse
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.jsonDifference
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.Json
import java.io.File

/** Every real server answer in the reference fixtures decodes into its typed model and re-encodes to equal JSON. */
class FixtureRoundTripSpec : FunSpec({

    for (file in ReferenceData.fixtureFiles()) {
        val name = file.relativeTo(ReferenceData.fixtures).invariantSeparatorsPath
        test("fixture $name decodes and re-encodes equal") {
            @Suppress("UNCHECKED_CAST")
            val serializer = FixtureModels.modelFor(file) as KSerializer<Any>
            val text = file.readText()
            val decoded = KatalogJson.decode(serializer, text)
            val reencoded = KatalogJson.encode(serializer, decoded)
            jsonDifference(Json.parseToJsonElement(text), Json.parseToJsonElement(reencoded)).shouldBeNull()
            if (decoded is Entity) decoded.shouldNotBeGeneric()
        }
    }

    test("entities decode into their generated types with typed attributes") {
        val glossary = KatalogJson.decode(Entity.serializer(), File(ReferenceData.fixtures, "glossary.json").readText())
        glossary.shouldBeInstanceOf<AtlasGlossary>()
        val term = KatalogJson.decode(Entity.serializer(), File(ReferenceData.fixtures, "glossary_term.json").readText())
        term.shouldBeInstanceOf<AtlasGlossaryTerm>()
        term.anchor.shouldBeInstanceOf<AtlasGlossary>().guid shouldBe "76d54dd6-925b-499b-a455-6f756ae2d522"
        term.atlanTags!!.single().typeName shouldBe "WQ6XGXwq9o7UnZlkWyKhQN"
        KatalogJson.decode(Entity.serializer(), File(ReferenceData.fixtures, "glossary_category.json").readText())
            .shouldBeInstanceOf<AtlasGlossaryCategory>()

        val response = KatalogJson.decode(EntityResponse.serializer(), File(ReferenceData.fixtures, "asset_responses/get_by_guid.json").readText())
        val table = response.entity.shouldBeInstanceOf<Table>()
        table.databaseName shouldBe "WideWorldImporters"
        table.columns!!.first().guid shouldBe "6152c1a1-226a-4095-8287-b35598debadb"
    }
})

private fun Entity.shouldNotBeGeneric() {
    (this is GenericAsset) shouldBe false
}
