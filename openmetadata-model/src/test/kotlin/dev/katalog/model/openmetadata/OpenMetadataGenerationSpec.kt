package dev.katalog.model.openmetadata

import dev.katalog.generator.openmetadata.generateOpenMetadataSources
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldStartWith

/** The generator run by this module's build: deterministic, complete for the kinds, every file marked as generated. */
class OpenMetadataGenerationSpec : FunSpec({
    val sources = generateOpenMetadataSources(javaClass.classLoader)

    test("two runs give the same sources") {
        generateOpenMetadataSources(javaClass.classLoader) shouldBe sources
    }

    test("the entities, their create requests and the shared types are there") {
        val base = "dev/katalog/model/openmetadata"
        sources.keys shouldContainAll listOf(
            "entity/services/DatabaseService", "api/services/CreateDatabaseService", "entity/data/Database", "api/data/CreateDatabase",
            "entity/data/DatabaseSchema", "api/data/CreateDatabaseSchema", "entity/data/Table", "api/data/CreateTable",
            "entity/data/Glossary", "api/data/CreateGlossary", "entity/data/GlossaryTerm", "api/data/CreateGlossaryTerm",
            "entity/classification/Classification", "api/classification/CreateClassification", "entity/classification/Tag",
            "api/classification/CreateTag", "entity/teams/User", "api/teams/CreateUser", "entity/teams/Team", "api/teams/CreateTeam",
            "type/EntityReference", "type/Paging", "type/EntityLineage", "api/lineage/AddLineage", "type/Column", "type/ColumnDataType",
            "type/TableConstraint", "type/ColumnConstraint",
        ).map { "$base/$it.kt" }
    }

    test("every file says it is generated and from which schema; connection configs stay raw JSON") {
        sources.values.forEach { it shouldStartWith "// Generated from openmetadata-spec 1.4.0, json/schema/" }
        sources.getValue("dev/katalog/model/openmetadata/entity/services/DatabaseConnection.kt") shouldContain "public val config: JsonObject?"
        sources.keys.none { "connections" in it } shouldBe true
    }
})
