package dev.katalog.client.it

import dev.katalog.client.assets.ReadOptions
import dev.katalog.client.core.UsageException
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.AirflowDag
import dev.katalog.model.atlan.asset.AirflowTask
import dev.katalog.model.atlan.asset.AnaplanLineItem
import dev.katalog.model.atlan.asset.AnaplanModel
import dev.katalog.model.atlan.asset.AnaplanModule
import dev.katalog.model.atlan.asset.AnaplanWorkspace
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.AzureEventHub
import dev.katalog.model.atlan.asset.AzureEventHubConsumerGroup
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.DocumentDBCollection
import dev.katalog.model.atlan.asset.DocumentDBDatabase
import dev.katalog.model.atlan.asset.KafkaTopic
import dev.katalog.model.atlan.asset.QuickSightDashboard
import dev.katalog.model.atlan.asset.QuickSightDashboardVisual
import dev.katalog.model.atlan.asset.QuickSightDataset
import dev.katalog.model.atlan.asset.QuickSightDatasetField
import dev.katalog.model.atlan.asset.QuickSightFolder
import dev.katalog.model.atlan.asset.SQL
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.SigmaPage
import dev.katalog.model.atlan.asset.SigmaWorkbook
import dev.katalog.model.atlan.asset.SnowflakeDynamicTable
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.enums.KafkaTopicCleanupPolicy
import dev.katalog.model.atlan.enums.QuickSightDatasetFieldType
import dev.katalog.model.atlan.enums.QuickSightDatasetImportMode
import dev.katalog.model.atlan.enums.QuickSightFolderType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.coroutines.flow.toList

/**
 * Types from the reference SDK's facts (typedefs-pyatlan.json) over HTTP against the local catalog: created with
 * their creators, read back as their own Kotlin types, related both ways, and found by a
 * search on a field only that type has.
 */
class ConnectorFamiliesSpec : FunSpec({
    val client = SharedCatalog.client()
    afterSpec { client.close() }
    val run = "${System.nanoTime() % 1_000_000_000}"

    test("a Snowflake dynamic table in a schema, read back typed and found by its definition") {
        val connection = SharedCatalog.uniqueConnection("snowflake")
        client.assets.save(Connection.creator("families-$run", "snowflake", connection).adminUsers(listOf("admin")).build())
        client.assets.save(Database.creator("SALES", connection).build())
        client.assets.save(Schema.creator("PUBLIC", "$connection/SALES").build())
        val sql = "select region, sum(amount) from ORDERS group by region"
        client.assets.save(SnowflakeDynamicTable.creator("REVENUE_BY_REGION", "$connection/SALES/PUBLIC").definition(sql).rowCount(12L).build())

        val read = client.assets.get(SnowflakeDynamicTable, "$connection/SALES/PUBLIC/REVENUE_BY_REGION")
        read.shouldBeInstanceOf<SnowflakeDynamicTable>()
        read.definition shouldBe sql
        read.rowCount shouldBe 12L
        read.schemaQualifiedName shouldBe "$connection/SALES/PUBLIC"
        // A dynamic table is a table: a search for the schema's tables by super type finds it, typed as itself (a search
        // by type name is exact, as Atlan's `__typeName.keyword` is).
        client.search.stream(search { where(Asset.SUPER_TYPE_NAMES eq "Table"); where(SQL.SCHEMA_QUALIFIED_NAME eq "$connection/SALES/PUBLIC") })
            .toList().map { it.typeName } shouldBe listOf("SnowflakeDynamicTable")
        client.search.stream(Table) { where(Table.SCHEMA_QUALIFIED_NAME eq "$connection/SALES/PUBLIC") }.toList() shouldBe emptyList()
        client.search.stream(SnowflakeDynamicTable) { where(SnowflakeDynamicTable.DEFINITION matchPhrase "group by region") }.toList().map { it.qualifiedName } shouldBe
            listOf("$connection/SALES/PUBLIC/REVENUE_BY_REGION")
    }

    test("a Kafka topic, read back typed with its enum and numbers, found by its partition count") {
        val connection = SharedCatalog.uniqueConnection("kafka")
        client.assets.save(Connection.creator("kafka-$run", Connector.KAFKA.value, connection).adminUsers(listOf("admin")).build())
        client.assets.save(
            KafkaTopic.creator("orders", connection).kafkaTopicPartitionsCount(12L).kafkaTopicCleanupPolicy(KafkaTopicCleanupPolicy.COMPACT).build(),
        )
        val read = client.assets.get(KafkaTopic, "$connection/topic/orders")
        read.kafkaTopicPartitionsCount shouldBe 12L
        read.kafkaTopicCleanupPolicy shouldBe KafkaTopicCleanupPolicy.COMPACT
        read.connectorName shouldBe "kafka"
        client.search.stream(KafkaTopic) {
            where(KafkaTopic.CONNECTION_QUALIFIED_NAME eq connection)
            where(KafkaTopic.KAFKA_TOPIC_PARTITIONS_COUNT gte 10L)
        }.toList().map { it.name } shouldBe listOf("orders")
    }

    test("an Airflow DAG with its tasks: each task points at the DAG, and the DAG lists its tasks") {
        val connection = SharedCatalog.uniqueConnection("airflow")
        client.assets.save(Connection.creator("airflow-$run", Connector.AIRFLOW.value, connection).adminUsers(listOf("admin")).build())
        client.assets.save(AirflowDag.creator("nightly", connection).airflowDagSchedule("0 2 * * *").build())
        val dag = "$connection/nightly"
        client.assets.save(listOf("extract", "load").map { AirflowTask.creator(it, dag).airflowTaskOperatorClass("BashOperator").build() })

        val task = client.assets.get(AirflowTask, "$dag/load", ReadOptions.FULL)
        task.airflowDagQualifiedName shouldBe dag
        task.airflowDag!!.qualifiedName shouldBe dag
        // The DAG's side of the relationship is found from the tasks that hold it (the reference SDK's facts pair
        // AirflowDag.airflowTasks with AirflowTask.airflowDag).
        val read = client.assets.get(AirflowDag, dag, ReadOptions.FULL)
        read.airflowDagSchedule shouldBe "0 2 * * *"
        read.airflowTasks.orEmpty().map { it.qualifiedName } shouldContainExactlyInAnyOrder listOf("$dag/extract", "$dag/load")
        client.search.stream(AirflowTask) { where(AirflowTask.AIRFLOW_DAG_QUALIFIED_NAME eq dag) }.toList().map { it.name } shouldContainExactlyInAnyOrder listOf("extract", "load")
    }

    test("a Sigma workbook and its page, found by the workbook's page count") {
        val connection = SharedCatalog.uniqueConnection("sigma")
        client.assets.save(Connection.creator("sigma-$run", Connector.SIGMA.value, connection).adminUsers(listOf("admin")).build())
        client.assets.save(SigmaWorkbook.creator("Revenue", connection).sigmaPageCount(1L).build())
        client.assets.save(SigmaPage.creator("Overview", "$connection/Revenue").build())

        val workbook = client.assets.get(SigmaWorkbook, "$connection/Revenue", ReadOptions.FULL)
        workbook.sigmaPageCount shouldBe 1L
        workbook.sigmaPages.orEmpty().map { it.name } shouldBe listOf("Overview")
        val page = client.assets.get(SigmaPage, "$connection/Revenue/Overview")
        page.sigmaWorkbookQualifiedName shouldBe "$connection/Revenue"
        page.sigmaWorkbookName shouldBe "Revenue"
        client.search.stream(SigmaWorkbook) { where(SigmaWorkbook.SIGMA_PAGE_COUNT eq 1L); where(SigmaWorkbook.CONNECTION_QUALIFIED_NAME eq connection) }
            .toList().map { it.qualifiedName } shouldBe listOf("$connection/Revenue")
    }

    test("QuickSight: a dashboard in a folder with a visual, a dataset with a field; each parent lists its children, found by id") {
        val connection = SharedCatalog.uniqueConnection("quicksight")
        client.assets.save(Connection.creator("quicksight-$run", Connector.QUICKSIGHT.value, connection).adminUsers(listOf("admin")).build())
        client.assets.save(QuickSightFolder.creator("Finance", connection, "f-1", QuickSightFolderType.SHARED).build())
        client.assets.save(QuickSightDashboard.creator("Revenue", connection, "d-1", listOf("$connection/f-1")).build())
        client.assets.save(QuickSightDashboardVisual.creator("By region", "v-1", "s-1", "Overview", "$connection/d-1").build())
        client.assets.save(QuickSightDataset.creator("Orders", connection, "ds-1", QuickSightDatasetImportMode.SPICE, emptyList()).build())
        client.assets.save(QuickSightDatasetField.creator("amount", "fld-1", "$connection/ds-1", QuickSightDatasetFieldType.DECIMAL).build())

        val dashboard = client.assets.get(QuickSightDashboard, "$connection/d-1", ReadOptions.FULL)
        dashboard.quickSightId shouldBe "d-1"
        dashboard.quickSightDashboardVisuals.orEmpty().map { it.qualifiedName } shouldBe listOf("$connection/d-1/s-1/v-1")
        dashboard.quickSightDashboardFolders.orEmpty().map { it.qualifiedName } shouldBe listOf("$connection/f-1")
        client.assets.get(QuickSightFolder, "$connection/f-1", ReadOptions.FULL).quickSightDashboards.orEmpty().map { it.name } shouldBe listOf("Revenue")
        val visual = client.assets.get(QuickSightDashboardVisual, "$connection/d-1/s-1/v-1")
        visual.quickSightSheetName shouldBe "Overview"
        visual.quickSightDashboardQualifiedName shouldBe "$connection/d-1"
        val field = client.assets.get(QuickSightDatasetField, "$connection/ds-1/fld-1")
        field.quickSightDatasetFieldType shouldBe QuickSightDatasetFieldType.DECIMAL
        client.assets.get(QuickSightDataset, "$connection/ds-1", ReadOptions.FULL).quickSightDatasetFields.orEmpty().map { it.name } shouldBe listOf("amount")
        client.search.stream(QuickSightDataset) { where(QuickSightDataset.QUICK_SIGHT_ID eq "ds-1"); where(QuickSightDataset.CONNECTION_QUALIFIED_NAME eq connection); include(QuickSightDataset.QUICK_SIGHT_DATASET_IMPORT_MODE) }
            .toList().map { it.quickSightDatasetImportMode } shouldBe listOf(QuickSightDatasetImportMode.SPICE)
    }

    test("an Azure event hub read by a consumer group, and a DocumentDB database listing its collection") {
        val hubs = SharedCatalog.uniqueConnection("azure-event-hub")
        client.assets.save(Connection.creator("eventhub-$run", Connector.AZURE_EVENT_HUB.value, hubs).adminUsers(listOf("admin")).build())
        client.assets.save(AzureEventHub.creator("orders", hubs).build())
        client.assets.save(AzureEventHubConsumerGroup.creator("billing", listOf("$hubs/topic/orders")).build())
        val group = client.assets.get(AzureEventHubConsumerGroup, "$hubs/consumer-group/orders/billing", ReadOptions.FULL)
        group.kafkaTopicQualifiedNames shouldBe listOf("$hubs/topic/orders")
        client.assets.get(AzureEventHub, "$hubs/topic/orders", ReadOptions.FULL).kafkaConsumerGroups.orEmpty().map { it.qualifiedName } shouldBe
            listOf("$hubs/consumer-group/orders/billing")

        val documents = SharedCatalog.uniqueConnection("documentdb")
        client.assets.save(Connection.creator("documentdb-$run", Connector.DOCUMENTDB.value, documents).adminUsers(listOf("admin")).build())
        client.assets.save(DocumentDBDatabase.creator("shop", documents).build())
        client.assets.save(DocumentDBCollection.creator("orders", "$documents/shop").documentDBCollectionIsCapped(true).build())
        client.assets.get(DocumentDBDatabase, "$documents/shop", ReadOptions.FULL).documentDBCollections.orEmpty().map { it.name } shouldBe listOf("orders")
        client.search.stream(DocumentDBCollection) { where(DocumentDBCollection.DATABASE_QUALIFIED_NAME eq "$documents/shop"); include(DocumentDBCollection.DATABASE_NAME) }
            .toList().map { it.databaseName } shouldBe listOf("shop")
    }

    test("Anaplan: a workspace's model, its module and line items; each parent lists its children, found by the model's name") {
        val connection = SharedCatalog.uniqueConnection("anaplan")
        client.assets.save(Connection.creator("anaplan-$run", Connector.ANAPLAN.value, connection).adminUsers(listOf("admin")).build())
        client.assets.save(AnaplanWorkspace.creator("Finance", connection).build())
        client.assets.save(AnaplanModel.creator("Plan", "$connection/Finance").build())
        client.assets.save(AnaplanModule.creator("Revenue", "$connection/Finance/Plan").build())
        client.assets.save(listOf("Total", "Growth").map { AnaplanLineItem.creator(it, "$connection/Finance/Plan/Revenue").build() })

        client.assets.get(AnaplanWorkspace, "$connection/Finance", ReadOptions.FULL).anaplanModels.orEmpty().map { it.name } shouldBe listOf("Plan")
        client.assets.get(AnaplanModule, "$connection/Finance/Plan/Revenue", ReadOptions.FULL).anaplanLineItems.orEmpty().map { it.name } shouldContainExactlyInAnyOrder
            listOf("Total", "Growth")
        val item = client.assets.get(AnaplanLineItem, "$connection/Finance/Plan/Revenue/Total")
        item.anaplanWorkspaceName shouldBe "Finance"
        item.anaplanModelQualifiedName shouldBe "$connection/Finance/Plan"
        client.search.stream(AnaplanLineItem) { where(AnaplanLineItem.ANAPLAN_MODEL_NAME eq "Plan"); where(AnaplanLineItem.CONNECTION_QUALIFIED_NAME eq connection) }
            .toList().map { it.name } shouldContainExactlyInAnyOrder listOf("Total", "Growth")
    }

    test("an attribute a type does not have, set by name, is a typed error before anything is sent") {
        val connection = SharedCatalog.uniqueConnection("kafka")
        val topic = KafkaTopic.creator("bad", connection).attribute("airflowDagSchedule", kotlinx.serialization.json.JsonPrimitive("daily")).build()
        val error = shouldThrow<UsageException> { client.assets.save(topic) }
        error.message shouldContain "airflowDagSchedule"
        error.message shouldContain "KafkaTopic"
        client.assets.getOrNull(KafkaTopic, "$connection/topic/bad") shouldBe null
    }
})
