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
        EntityKinds.ofTypeOrNull("report").shouldBeNull()
        EntityKinds.ofTypeOrNull("topic") shouldBe EntityKinds.TOPIC
        EntityKinds.MLMODEL_SERVICE.path shouldBe "/services/mlmodelServices"
        EntityKinds.ofTypeOrNull("dashboardDataModel") shouldBe EntityKinds.DASHBOARD_DATA_MODEL
        EntityKinds.DASHBOARD_DATA_MODEL.path shouldBe "/dashboard/datamodels"
        EntityKinds.ofEntityOrNull(GlossaryTerm::class) shouldBe EntityKinds.GLOSSARY_TERM
        EntityKinds.ofRequestOrNull(CreateTable(name = "orders", databaseSchema = "svc.db.s", columns = emptyList())) shouldBe EntityKinds.TABLE
        EntityKinds.TABLE.path shouldBe "/tables"
        EntityKinds.TABLE.createSchema shouldBe "api/data/createTable.json"
        EntityKinds.TABLE.entitySchema shouldBe "entity/data/table.json"
        EntityKinds.TABLE.entityClass shouldBe Table::class
    }

    // open-metadata/OpenMetadata 1.4.x, openmetadata-service/src/main/resources/elasticsearch/indexMapping.json: one index per kind.
    test("every kind's schemas are in OpenMetadata's spec, and each kind has its own search index, named as OpenMetadata 1.4 names it") {
        val missing = EntityKinds.all.flatMap { listOf(it.createSchema, it.entitySchema) }
            .filter { javaClass.classLoader.getResource("json/schema/$it") == null }
        missing.shouldBeEmpty()
        EntityKinds.searchIndices.size shouldBe EntityKinds.all.size
        EntityKinds.GLOSSARY_TERM.searchIndex shouldBe "glossary_term_search_index"
        EntityKinds.CLASSIFICATION.searchIndex shouldBe "classification_search_index"
        EntityKinds.GLOSSARY.searchIndex shouldBe "glossary_search_index"
        EntityKinds.TAG.searchIndex shouldBe "tag_search_index"
        EntityKinds.DASHBOARD_DATA_MODEL.searchIndex shouldBe "dashboard_data_model_search_index"
        EntityKinds.PIPELINE_SERVICE.searchIndex shouldBe "pipeline_service_search_index"
        // 1.4 indexMapping.json names a search index's index after "search_entity", not after its type
        EntityKinds.SEARCH_INDEX.searchIndex shouldBe "search_entity_search_index"
        EntityKinds.STORED_PROCEDURE.searchIndex shouldBe "stored_procedure_search_index"
    }
})
