package dev.katalog.client.it

import dev.katalog.client.assets.ReadOptions
import dev.katalog.client.core.UsageException
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.AirflowDag
import dev.katalog.model.atlan.asset.AirflowTask
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.KafkaTopic
import dev.katalog.model.atlan.asset.SQL
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.SigmaPage
import dev.katalog.model.atlan.asset.SigmaWorkbook
import dev.katalog.model.atlan.asset.SnowflakeDynamicTable
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.enums.KafkaTopicCleanupPolicy
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

    test("an attribute a type does not have, set by name, is a typed error before anything is sent") {
        val connection = SharedCatalog.uniqueConnection("kafka")
        val topic = KafkaTopic.creator("bad", connection).attribute("airflowDagSchedule", kotlinx.serialization.json.JsonPrimitive("daily")).build()
        val error = shouldThrow<UsageException> { client.assets.save(topic) }
        error.message shouldContain "airflowDagSchedule"
        error.message shouldContain "KafkaTopic"
        client.assets.getOrNull(KafkaTopic, "$connection/topic/bad") shouldBe null
    }
})
