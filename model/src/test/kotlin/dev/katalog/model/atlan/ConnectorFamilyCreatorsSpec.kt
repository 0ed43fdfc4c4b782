package dev.katalog.model.atlan

import dev.katalog.model.atlan.asset.ADLSAccount
import dev.katalog.model.atlan.asset.ADLSContainer
import dev.katalog.model.atlan.asset.ADLSObject
import dev.katalog.model.atlan.asset.APIField
import dev.katalog.model.atlan.asset.APIObject
import dev.katalog.model.atlan.asset.AirflowDag
import dev.katalog.model.atlan.asset.AirflowTask
import dev.katalog.model.atlan.asset.AnaplanLineItem
import dev.katalog.model.atlan.asset.AnaplanModel
import dev.katalog.model.atlan.asset.AnaplanModule
import dev.katalog.model.atlan.asset.AnaplanPage
import dev.katalog.model.atlan.asset.AnaplanWorkspace
import dev.katalog.model.atlan.asset.AzureEventHub
import dev.katalog.model.atlan.asset.AzureEventHubConsumerGroup
import dev.katalog.model.atlan.asset.CustomEntity
import dev.katalog.model.atlan.asset.DatabricksVolume
import dev.katalog.model.atlan.asset.DataverseAttribute
import dev.katalog.model.atlan.asset.DataverseEntity
import dev.katalog.model.atlan.asset.DocumentDBCollection
import dev.katalog.model.atlan.asset.DocumentDBDatabase
import dev.katalog.model.atlan.asset.Entity
import dev.katalog.model.atlan.asset.File
import dev.katalog.model.atlan.asset.KafkaConsumerGroup
import dev.katalog.model.atlan.asset.KafkaTopic
import dev.katalog.model.atlan.asset.QuickSightAnalysisVisual
import dev.katalog.model.atlan.asset.QuickSightDashboard
import dev.katalog.model.atlan.asset.QuickSightDashboardVisual
import dev.katalog.model.atlan.asset.QuickSightDataset
import dev.katalog.model.atlan.asset.QuickSightDatasetField
import dev.katalog.model.atlan.asset.QuickSightFolder
import dev.katalog.model.atlan.asset.SigmaDataElement
import dev.katalog.model.atlan.asset.SigmaPage
import dev.katalog.model.atlan.asset.SigmaWorkbook
import dev.katalog.model.atlan.asset.SnowflakeDynamicTable
import dev.katalog.model.atlan.asset.SnowflakeStream
import dev.katalog.model.atlan.asset.SupersetChart
import dev.katalog.model.atlan.enums.FileType
import dev.katalog.model.atlan.enums.QuickSightDatasetFieldType
import dev.katalog.model.atlan.enums.QuickSightDatasetImportMode
import dev.katalog.model.atlan.enums.QuickSightFolderType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The creators of the connector families beyond SQL's tables set the qualifiedName and derived attributes of
 * atlan-python's creators (kafka_topic.py, kafka_consumer_group.py, core/airflow_dag.py, core/airflow_task.py,
 * a_d_l_s_account.py, a_d_l_s_container.py, a_d_l_s_object.py, core/file.py, custom_entity.py, a_p_i_object.py,
 * a_p_i_field.py, superset_chart.py); Snowflake objects and Sigma follow Katalog's rules for types that SDK cannot create.
 */
class ConnectorFamilyCreatorsSpec : FunSpec({
    val kafka = "default/kafka/1700000010"
    val airflow = "default/airflow/1700000011"
    val adls = "default/adls/1700000012"
    val sigma = "default/sigma/1700000013"
    val snowflake = "default/snowflake/1700000014"
    val api = "default/api/1700000015"

    fun ref(type: String, qualifiedName: String): JsonElement = JsonObject(
        mapOf("typeName" to JsonPrimitive(type), "uniqueAttributes" to JsonObject(mapOf("qualifiedName" to JsonPrimitive(qualifiedName)))),
    )
    fun check(asset: Entity, qualifiedName: String, vararg attributes: Pair<String, Any>) = withClue(asset.typeName) {
        asset.attributes["qualifiedName"] shouldBe JsonPrimitive(qualifiedName)
        for ((name, expected) in attributes) withClue(name) { asset.attributes[name] shouldBe (expected as? JsonElement ?: JsonPrimitive(expected as String)) }
    }

    test("each creator sets its qualifiedName and what it derives from its parents") {
        check(KafkaTopic.creator("orders", kafka).build(), "$kafka/topic/orders", "name" to "orders", "connectionQualifiedName" to kafka, "connectorName" to "kafka")
        check(
            KafkaConsumerGroup.creator("billing", listOf("$kafka/topic/orders", "$kafka/topic/refunds")).build(), "$kafka/consumer-group/billing",
            "connectionQualifiedName" to kafka, "connectorName" to "kafka",
            "kafkaTopicQualifiedNames" to JsonArray(listOf(JsonPrimitive("$kafka/topic/orders"), JsonPrimitive("$kafka/topic/refunds"))),
            "kafkaTopics" to JsonArray(listOf(ref("KafkaTopic", "$kafka/topic/orders"), ref("KafkaTopic", "$kafka/topic/refunds"))),
        )
        check(AirflowDag.creator("nightly", airflow).build(), "$airflow/nightly", "connectorName" to "airflow")
        check(
            AirflowTask.creator("load", "$airflow/nightly").build(), "$airflow/nightly/load",
            "airflowDagQualifiedName" to "$airflow/nightly", "connectionQualifiedName" to airflow, "airflowDag" to ref("AirflowDag", "$airflow/nightly"),
        )
        check(ADLSAccount.creator("acct", adls).build(), "$adls/acct", "connectorName" to "adls")
        check(
            ADLSContainer.creator("raw", "$adls/acct").build(), "$adls/acct/raw",
            "adlsAccountQualifiedName" to "$adls/acct", "adlsAccountName" to "acct", "adlsAccount" to ref("ADLSAccount", "$adls/acct"),
        )
        check(
            ADLSObject.creator("orders.csv", "$adls/acct/raw").build(), "$adls/acct/raw/orders.csv",
            "adlsContainerQualifiedName" to "$adls/acct/raw", "adlsContainerName" to "raw", "adlsAccountQualifiedName" to "$adls/acct",
            "adlsAccountName" to "acct", "adlsContainer" to ref("ADLSContainer", "$adls/acct/raw"), "connectionQualifiedName" to adls,
        )
        check(File.creator("spec.pdf", adls, FileType.PDF).build(), "$adls/spec.pdf", "fileType" to "pdf")
        check(CustomEntity.creator("widget", "default/custom/1700000016").build(), "default/custom/1700000016/widget", "connectorName" to "custom")
        check(APIObject.creator("Order", api).build(), "$api/Order", "connectorName" to "api")
        check(APIField.creator("id", "$api/Order").build(), "$api/Order/id", "apiObjectQualifiedName" to "$api/Order", "apiObject" to ref("APIObject", "$api/Order"))
        check(
            SupersetChart.creator("Revenue", "default/superset/1700000017/Sales").build(), "default/superset/1700000017/Sales/Revenue",
            "supersetDashboardQualifiedName" to "default/superset/1700000017/Sales", "supersetDashboard" to ref("SupersetDashboard", "default/superset/1700000017/Sales"),
        )
        check(SnowflakeDynamicTable.creator("DT", "$snowflake/DB/S").build(), "$snowflake/DB/S/DT", "schemaName" to "S", "databaseName" to "DB", "atlanSchema" to ref("Schema", "$snowflake/DB/S"))
        check(SnowflakeStream.creator("CHANGES", "$snowflake/DB/S").build(), "$snowflake/DB/S/CHANGES", "schemaQualifiedName" to "$snowflake/DB/S")
        check(
            DatabricksVolume.creator("landing", "default/databricks/1700000018/main/raw").build(), "default/databricks/1700000018/main/raw/landing",
            "schemaName" to "raw", "databaseName" to "main", "connectorName" to "databricks",
            "databricksVolumeSchema" to ref("Schema", "default/databricks/1700000018/main/raw"),
        )
        check(SigmaWorkbook.creator("Revenue", sigma).build(), "$sigma/Revenue", "connectorName" to "sigma")
        check(
            SigmaPage.creator("Overview", "$sigma/Revenue").build(), "$sigma/Revenue/Overview",
            "sigmaWorkbookQualifiedName" to "$sigma/Revenue", "sigmaWorkbookName" to "Revenue", "sigmaWorkbook" to ref("SigmaWorkbook", "$sigma/Revenue"),
        )
        check(
            SigmaDataElement.creator("Chart", "$sigma/Revenue/Overview").build(), "$sigma/Revenue/Overview/Chart",
            "sigmaPageQualifiedName" to "$sigma/Revenue/Overview", "sigmaPageName" to "Overview", "sigmaWorkbookQualifiedName" to "$sigma/Revenue",
            "sigmaWorkbookName" to "Revenue", "sigmaPage" to ref("SigmaPage", "$sigma/Revenue/Overview"),
        )
    }

    // quick_sight_*.py, azure_event_hub*.py, dataverse_*.py and core/document_d_b_*.py of atlan-python.
    test("QuickSight, Azure Event Hub, Dataverse and DocumentDB creators: qualifiedNames by id, sheet and parent, and their parents' references") {
        val qs = "default/quicksight/1700000020"
        check(
            QuickSightFolder.creator("Finance", qs, "f-1", QuickSightFolderType.SHARED).build(), "$qs/f-1",
            "name" to "Finance", "quickSightId" to "f-1", "quickSightFolderType" to "SHARED", "connectorName" to "quicksight",
        )
        check(
            QuickSightDashboard.creator("Revenue", qs, "d-1", listOf("$qs/f-1")).build(), "$qs/d-1",
            "quickSightId" to "d-1", "quickSightDashboardFolders" to JsonArray(listOf(ref("QuickSightFolder", "$qs/f-1"))),
        )
        QuickSightDashboard.creator("Revenue", qs, "d-1").build().attributes["quickSightDashboardFolders"] shouldBe null
        check(
            QuickSightDataset.creator("Orders", qs, "ds-1", QuickSightDatasetImportMode.SPICE, emptyList()).build(), "$qs/ds-1",
            "quickSightDatasetImportMode" to "SPICE", "connectionQualifiedName" to qs,
        )
        check(
            QuickSightDashboardVisual.creator("Bar", "v-1", "sheet-1", "Overview", "$qs/d-1").build(), "$qs/d-1/sheet-1/v-1",
            "quickSightSheetId" to "sheet-1", "quickSightSheetName" to "Overview", "quickSightDashboardQualifiedName" to "$qs/d-1",
            "quickSightDashboard" to ref("QuickSightDashboard", "$qs/d-1"), "connectionQualifiedName" to qs, "connectorName" to "quicksight",
        )
        check(
            QuickSightAnalysisVisual.creator("Line", "v-2", "sheet-2", "Trend", "$qs/a-1").build(), "$qs/a-1/sheet-2/v-2",
            "quickSightAnalysisQualifiedName" to "$qs/a-1", "quickSightAnalysis" to ref("QuickSightAnalysis", "$qs/a-1"),
        )
        check(
            QuickSightDatasetField.creator("amount", "fld-1", "$qs/ds-1", QuickSightDatasetFieldType.DECIMAL).build(), "$qs/ds-1/fld-1",
            "quickSightDatasetQualifiedName" to "$qs/ds-1", "quickSightDataset" to ref("QuickSightDataset", "$qs/ds-1"), "quickSightDatasetFieldType" to "DECIMAL",
        )
        val eh = "default/azure-event-hub/1700000021"
        check(AzureEventHub.creator("orders", eh).build(), "$eh/topic/orders", "connectorName" to "azure-event-hub")
        check(
            AzureEventHubConsumerGroup.creator("billing", listOf("$eh/topic/orders", "$eh/topic/refunds")).build(), "$eh/consumer-group/orders/billing",
            "kafkaTopicQualifiedNames" to JsonArray(listOf(JsonPrimitive("$eh/topic/orders"), JsonPrimitive("$eh/topic/refunds"))),
            "kafkaTopics" to JsonArray(listOf(ref("AzureEventHub", "$eh/topic/orders"), ref("AzureEventHub", "$eh/topic/refunds"))),
        )
        val dv = "default/dataverse/1700000022"
        check(DataverseEntity.creator("account", dv).build(), "$dv/account", "connectorName" to "dataverse")
        check(DataverseAttribute.creator("name", "$dv/account").build(), "$dv/account/name", "dataverseEntityQualifiedName" to "$dv/account", "dataverseEntity" to ref("DataverseEntity", "$dv/account"))
        val ddb = "default/documentdb/1700000023"
        check(DocumentDBDatabase.creator("shop", ddb).build(), "$ddb/shop", "connectorName" to "documentdb")
        check(
            DocumentDBCollection.creator("orders", "$ddb/shop").build(), "$ddb/shop/orders",
            "databaseName" to "shop", "databaseQualifiedName" to "$ddb/shop", "documentDBDatabase" to ref("DocumentDBDatabase", "$ddb/shop"),
        )
        shouldThrow<IllegalArgumentException> { QuickSightDashboard.creator("Revenue", qs, " ") }.message shouldContain "QuickSight id"
        shouldThrow<IllegalArgumentException> { AzureEventHubConsumerGroup.creator("g", listOf("$eh/orders")) }.message shouldContain "<connection>/topic/<name>"
    }

    // anaplan_*.py of atlan-python: each asset carries its ancestors' qualifiedNames and names from the workspace down.
    test("Anaplan creators: workspace > model > module > line item, and an app's page") {
        val ap = "default/anaplan/1700000024"
        check(AnaplanWorkspace.creator("Finance", ap).build(), "$ap/Finance", "connectorName" to "anaplan")
        check(
            AnaplanModel.creator("Plan", "$ap/Finance").build(), "$ap/Finance/Plan",
            "anaplanWorkspaceQualifiedName" to "$ap/Finance", "anaplanWorkspaceName" to "Finance", "anaplanWorkspace" to ref("AnaplanWorkspace", "$ap/Finance"),
        )
        check(
            AnaplanModule.creator("Revenue", "$ap/Finance/Plan").build(), "$ap/Finance/Plan/Revenue",
            "anaplanWorkspaceQualifiedName" to "$ap/Finance", "anaplanWorkspaceName" to "Finance",
            "anaplanModelQualifiedName" to "$ap/Finance/Plan", "anaplanModelName" to "Plan", "anaplanModel" to ref("AnaplanModel", "$ap/Finance/Plan"),
        )
        val item = AnaplanLineItem.creator("Total", "$ap/Finance/Plan/Revenue").build()
        check(
            item, "$ap/Finance/Plan/Revenue/Total",
            "anaplanWorkspaceQualifiedName" to "$ap/Finance", "anaplanModelQualifiedName" to "$ap/Finance/Plan", "anaplanModelName" to "Plan",
            "anaplanModuleQualifiedName" to "$ap/Finance/Plan/Revenue", "anaplanModuleName" to "Revenue", "anaplanModule" to ref("AnaplanModule", "$ap/Finance/Plan/Revenue"),
            "connectionQualifiedName" to ap,
        )
        check(AnaplanPage.creator("Home", "$ap/Board").build(), "$ap/Board/Home", "anaplanAppQualifiedName" to "$ap/Board", "anaplanApp" to ref("AnaplanApp", "$ap/Board"))
        shouldThrow<IllegalArgumentException> { AnaplanLineItem.creator("Total", "$ap/Finance/Plan") }.message shouldContain "<connection>/<workspace>/<model>/<module>"
    }

    test("a parent that is not one, or topics of two connections, are refused naming what was expected") {
        shouldThrow<IllegalArgumentException> { AirflowTask.creator("load", airflow) }.message shouldContain "dagQualifiedName"
        shouldThrow<IllegalArgumentException> { KafkaTopic.creator("orders", "$kafka/extra") }.message shouldContain "not a connection's qualifiedName"
        shouldThrow<IllegalArgumentException> { KafkaConsumerGroup.creator("g", emptyList()) }.message shouldContain "topics"
        shouldThrow<IllegalArgumentException> {
            KafkaConsumerGroup.creator("g", listOf("$kafka/topic/a", "default/kafka/1700000099/topic/b"))
        }.message shouldContain "one connection"
        shouldThrow<IllegalArgumentException> { SigmaPage.creator("Overview", sigma) }.message shouldContain "sigmaWorkbookQualifiedName"
    }
})
