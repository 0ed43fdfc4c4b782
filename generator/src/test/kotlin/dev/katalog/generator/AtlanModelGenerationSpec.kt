package dev.katalog.generator

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.io.File

/** The Atlan model the build generates from typedefs.json: its files, its setter properties and its KDoc links. */
class AtlanModelGenerationSpec : FunSpec({
    val reference = File(System.getProperty("katalog.reference") ?: "../reference")
    val sources by lazy { generateSources(File(reference, "atlan/typedefs.json")) }

    test("one file per entity type, enum and struct, plus the registry and the look-up by name, the same on every run") {
        sources.size shouldBe 136
        sources.keys.count { it.startsWith("dev/katalog/model/atlan/asset/") } shouldBe 120
        sources.getValue("dev/katalog/model/atlan/asset/GeneratedAssetTypeLookup.kt") shouldContain "\"Table\" -> Table\n"
        sources shouldBe generateSources(File(reference, "atlan/typedefs.json"))
    }

    test("a type's setters carry a fluent setter and an assignable property per attribute") {
        val table = sources.getValue("dev/katalog/model/atlan/asset/Table.kt")
        table shouldContain "public fun rowCount(`value`: Long?): B = attribute(\"rowCount\", encodeAttribute(value, Long.serializer()))"
        table shouldContain "public var rowCount: Long?"
        table shouldContain "get() = attributeView(\"rowCount\").longAttribute(\"rowCount\")"
        table shouldContain "\"rowCount\" to \"long\","
    }

    test("builder KDoc links creator only on types that have one") {
        sources.getValue("dev/katalog/model/atlan/asset/Table.kt") shouldContain "Builds a Table: start from [creator], [updater] or [builder]."
        sources.getValue("dev/katalog/model/atlan/asset/TableauWorkbook.kt") shouldContain "Builds a TableauWorkbook: start from [updater] or [builder]."
        sources.getValue("dev/katalog/model/atlan/asset/Process.kt") shouldContain "Builds a Process: start from [creator], [updater] or [builder]."
        val dangling = sources.filter { (_, text) -> "[creator]" in text && "fun creator(" !in text }.keys
        dangling.shouldBeEmpty()
        sources.getValue("dev/katalog/model/atlan/asset/TableauWorkbook.kt") shouldNotContain "[creator]"
        sources.getValue("dev/katalog/model/atlan/asset/Readme.kt") shouldContain "Builds a Readme: start from [creator], [updater] or [builder]."
    }

    test("creators for exactly the types Atlan's SDK creates; every other type is named with the reason it has none") {
        // The types whose class has a `creator` in atlan-python (pyatlan/model/assets/*.py and core/*.py, commit 7ae54e1).
        val withCreator = setOf(
            "APIPath", "APISpec", "AtlasGlossary", "AtlasGlossaryCategory", "AtlasGlossaryTerm", "Collection", "Column",
            "ColumnProcess", "Connection", "DataStudioAsset", "Database", "Folder", "GCSBucket", "GCSObject", "Link",
            "MaterialisedView", "MetabaseCollection", "MetabaseDashboard", "MetabaseQuestion", "PresetChart", "PresetDashboard",
            "PresetDataset", "PresetWorkspace", "Procedure", "Process", "Query", "Readme", "S3Bucket", "S3Object", "Schema",
            "Table", "TablePartition", "View",
        )
        val withoutCreator = mapOf(
            // Never an asset's own type: Atlan saves only their subtypes (pyatlan's Asset.creator is for subtypes too).
            "a super type of the types that are created" to setOf(
                "API", "AWS", "Asset", "BI", "Catalog", "Cloud", "DataQuality", "DataStudio", "Dbt", "GCS", "Google", "Looker",
                "Metabase", "Metric", "Mode", "Namespace", "ObjectStore", "PowerBI", "Preset", "Referenceable", "Resource", "S3",
                "SQL", "SaaS", "Salesforce", "Tableau",
            ),
            "Atlas's own bookkeeping, not an asset" to setOf(
                "AtlasServer", "AtlasAuditEntry", "AtlasUserProfile", "AtlasUserSavedSearch", "ExportImportAuditEntry", "Internal",
            ),
            "written by Atlan itself (lineage runs, README templates, category roots), never by a client" to setOf(
                "ProcessExecution", "ReadmeTemplate", "DataSet", "Infrastructure", "Insight", "BIProcess",
            ),
            "made by Atlan's crawlers from the source tool; atlan-python has no creator" to setOf(
                "DbtColumnProcess", "DbtMetric", "DbtModel", "DbtModelColumn", "DbtProcess", "DbtSource",
                "LookerDashboard", "LookerExplore", "LookerField", "LookerFolder", "LookerLook", "LookerModel", "LookerProject",
                "LookerQuery", "LookerTile", "LookerView", "ModeChart", "ModeCollection", "ModeQuery", "ModeReport", "ModeWorkspace",
                "PowerBIColumn", "PowerBIDashboard", "PowerBIDataflow", "PowerBIDataset", "PowerBIDatasource", "PowerBIMeasure",
                "PowerBIPage", "PowerBIReport", "PowerBITable", "PowerBITile", "PowerBIWorkspace", "SalesforceDashboard",
                "SalesforceField", "SalesforceObject", "SalesforceOrganization", "SalesforceReport", "TableauCalculatedField",
                "TableauDashboard", "TableauDatasource", "TableauDatasourceField", "TableauFlow", "TableauMetric", "TableauProject",
                "TableauSite", "TableauWorkbook", "TableauWorksheet",
            ),
        )
        val entityTypes = sources.filterKeys { it.startsWith("dev/katalog/model/atlan/asset/") }
            .filterValues { "public companion object : " in it }
            .mapKeys { (path, _) -> path.substringAfterLast('/').removeSuffix(".kt") }
        entityTypes.size shouldBe 118
        entityTypes.filterValues { "fun creator(" in it }.keys shouldBe withCreator
        val named = withoutCreator.values.flatten()
        named.size shouldBe named.toSet().size
        (named.toSet() intersect withCreator).shouldBeEmpty()
        (named.toSet() + withCreator) shouldBe entityTypes.keys
    }

    test("the types only the reference SDK's facts give have creators for the families users create by hand") {
        val all = generateSources(
            File(reference, "atlan/typedefs.json"),
            listOf(File(reference, "atlan/typedefs-supplement.json"), File(reference, "atlan/typedefs-pyatlan.json")),
        )
        val tenantTypes = sources.keys
        val withCreator = all.filterKeys { it.startsWith("dev/katalog/model/atlan/asset/") && it !in tenantTypes }
            .filterValues { "fun creator(" in it }.keys.map { it.substringAfterLast('/').removeSuffix(".kt") }.toSet()
        withCreator shouldBe setOf(
            // atlan-python's creators (kafka_topic.py, core/airflow_dag.py, a_d_l_s_account.py…), with its qualifiedName rules.
            "KafkaTopic", "KafkaConsumerGroup", "AirflowDag", "AirflowTask", "ADLSAccount", "ADLSContainer", "ADLSObject", "File",
            "CustomEntity", "APIObject", "APIQuery", "APIField", "SupersetDashboard", "SupersetChart", "SupersetDataset",
            "AzureEventHub", "AzureEventHubConsumerGroup", "DataverseEntity", "DataverseAttribute", "DocumentDBDatabase", "DocumentDBCollection",
            "QuickSightFolder", "QuickSightDashboard", "QuickSightAnalysis", "QuickSightDataset", "QuickSightDashboardVisual",
            "QuickSightAnalysisVisual", "QuickSightDatasetField",
            "AnaplanWorkspace", "AnaplanApp", "AnaplanSystemDimension", "AnaplanPage", "AnaplanModel", "AnaplanModule", "AnaplanList",
            "AnaplanDimension", "AnaplanLineItem", "AnaplanView",
            // The supplement's (personas and purposes have none: the access API makes them).
            "DataDomain", "DataProduct",
            // Not in atlan-python: SQL objects named like tables in their schema, Sigma like the other BI hierarchies.
            "SnowflakeDynamicTable", "SnowflakePipe", "SnowflakeStream", "DatabricksMetricView", "DatabricksVolume",
            "SigmaWorkbook", "SigmaPage", "SigmaDataElement",
        )
        all.getValue("dev/katalog/model/atlan/asset/KafkaTopic.kt") shouldContain "ConnectorFamilyCreators.kafkaTopic(Builder(null), name, connectionQualifiedName)"
        all.getValue("dev/katalog/model/atlan/asset/QuickSightDashboard.kt") shouldContain
            "QuickSightCreators.inFolders(Builder(null), name, connectionQualifiedName, quickSightId, \"quickSightDashboardFolders\", folderQualifiedNames)"
    }

    test("a search field is declared once, on the type that adds it; the others come from the first super type's Fields") {
        val table = sources.getValue("dev/katalog/model/atlan/asset/Table.kt")
        table shouldContain "public companion object : SQL.Fields<Table>(\"Table\", listOf(\"SQL\"), Table::class.java)"
        // Only a type some type extends first has a Fields class: SQL does, Table (in typedefs.json alone) does not.
        sources.getValue("dev/katalog/model/atlan/asset/SQL.kt") shouldContain "public abstract class Fields<E : Entity> internal constructor("
        table shouldNotContain "class Fields"
        table shouldContain "public val ROW_COUNT: NumericField = NumericField(\"rowCount\", \"rowCount\")"
        table shouldNotContain "public val QUALIFIED_NAME:"
        sources.getValue("dev/katalog/model/atlan/asset/Referenceable.kt") shouldContain "public val QUALIFIED_NAME: KeywordTextField"
        // A relationship redeclaring an inherited plain attribute has its own handle on every type that has it.
        sources.getValue("dev/katalog/model/atlan/asset/ColumnProcess.kt") shouldContain "public val INPUTS: RelationField = RelationField(\"inputs\")"
        sources.getValue("dev/katalog/model/atlan/asset/Process.kt") shouldContain "public val INPUTS: AttributeField = AttributeField(\"inputs\")"
    }

    test("to-many relationships get typed append and remove functions, declared once where the relationship is") {
        val table = sources.getValue("dev/katalog/model/atlan/asset/Table.kt")
        table shouldContain "public fun appendColumns(related: List<Column>): B = appendRelated(\"columns\", related)"
        table shouldContain "public fun removeColumns(related: List<Column>): B = removeRelated(\"columns\", related)"
        table shouldContain "Relations<Builder>"
        val term = sources.getValue("dev/katalog/model/atlan/asset/AtlasGlossaryTerm.kt")
        for (relation in listOf("SeeAlso", "Synonyms", "Antonyms")) term shouldContain "public fun append$relation(related: List<AtlasGlossaryTerm>): B"
        sources.getValue("dev/katalog/model/atlan/asset/AtlasGlossaryCategory.kt") shouldContain
            "public fun appendChildrenCategories(related: List<AtlasGlossaryCategory>): B"
        // Inherited relationships are not repeated; a to-one relationship (a category's parent) is set, not appended.
        sources.getValue("dev/katalog/model/atlan/asset/View.kt") shouldNotContain "fun appendMeanings("
        sources.getValue("dev/katalog/model/atlan/asset/AtlasGlossaryCategory.kt") shouldNotContain "fun appendParentCategory("
    }

    test("names become Kotlin names") {
        typeName("No Data Quality risks detected") shouldBe "NoDataQualityRisksDetected"
        typeName("__AtlasAuditEntry") shouldBe "AtlasAuditEntry"
        propertyName("__hasLineage") shouldBe "hasLineage"
        propertyName("AtlasServer.name") shouldBe "atlasServerName"
        constantName("sourceURL") shouldBe "SOURCE_URL"
        constantName("s3BucketArn") shouldBe "S3_BUCKET_ARN"
        constantName("__hasLineage") shouldBe "HAS_LINEAGE"
    }

    test("a struct's date field stays epoch milliseconds, which kotlinx.serialization decodes without an Instant serializer") {
        // StarredDetails.assetStarredAt is a date in atlan-python's structs.py (extracted into typedefs-pyatlan.json).
        val extracted = generateSources(File(reference, "atlan/typedefs.json"), listOf(File(reference, "atlan/typedefs-pyatlan.json")))
        val starred = extracted.getValue("dev/katalog/model/atlan/structs/StarredDetails.kt")
        starred shouldContain "public val assetStarredAt: Long? = null"
        starred shouldNotContain "Instant"
    }
})
