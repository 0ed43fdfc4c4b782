package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.model.openmetadata.api.data.CreateContainer
import dev.katalog.model.openmetadata.api.data.CreateMlModel
import dev.katalog.model.openmetadata.api.data.CreateQuery
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.data.CreateSearchIndex
import dev.katalog.model.openmetadata.api.data.CreateStoredProcedure
import dev.katalog.model.openmetadata.api.data.CreateTopic
import dev.katalog.model.openmetadata.api.services.CreateMessagingService
import dev.katalog.model.openmetadata.api.services.CreateMlModelService
import dev.katalog.model.openmetadata.api.services.CreateSearchService
import dev.katalog.model.openmetadata.api.services.CreateStorageService
import dev.katalog.model.openmetadata.api.data.CreateDatabase
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService
import dev.katalog.model.openmetadata.entity.data.Container
import dev.katalog.model.openmetadata.entity.data.MlModel
import dev.katalog.model.openmetadata.entity.data.Query
import dev.katalog.model.openmetadata.entity.data.SearchIndex
import dev.katalog.model.openmetadata.entity.data.StoredProcedure
import dev.katalog.model.openmetadata.entity.data.StoredProcedureCode
import dev.katalog.model.openmetadata.entity.data.Topic
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType
import dev.katalog.model.openmetadata.entity.services.MessagingServiceType
import dev.katalog.model.openmetadata.entity.services.MlModelServiceType
import dev.katalog.model.openmetadata.entity.services.SearchServiceType
import dev.katalog.model.openmetadata.entity.services.StorageServiceType
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.client.openmetadata.entities.Include
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.EntityReference
import dev.katalog.model.openmetadata.type.Field
import dev.katalog.model.openmetadata.type.FieldDataType
import dev.katalog.model.openmetadata.type.MessageSchema
import dev.katalog.model.openmetadata.type.MlFeature
import dev.katalog.model.openmetadata.type.SchemaType
import dev.katalog.model.openmetadata.type.SearchIndexDataType
import dev.katalog.model.openmetadata.type.SearchIndexField
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.client.engine.mock.MockEngine
import kotlinx.coroutines.flow.toList
import java.util.UUID
import java.util.concurrent.atomic.AtomicInteger

/**
 * Topics, containers, ML models, search indexes and stored procedures through `om.entities`, against the local
 * catalog over HTTP, every request validated against OpenMetadata 1.4's schemas on the way out.
 */
class OpenMetadataAssetKindsClientSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    test("a messaging service and a topic with a message schema, read back with field FQNs, unchanged by a second PUT") {
        val svc = "kafka_$suffix"
        om.entities.createOrUpdate(CreateMessagingService(name = svc, serviceType = MessagingServiceType.Kafka))
        val request = CreateTopic(
            name = "orders", service = svc, partitions = 6,
            messageSchema = MessageSchema(schemaType = SchemaType.Avro, schemaFields = listOf(Field(name = "id", dataType = FieldDataType.LONG))),
        )
        val created = om.entities.createOrUpdate(request)
        created.fullyQualifiedName shouldBe "$svc.orders"
        val read = om.entities.getByName<Topic>("$svc.orders")
        read.partitions shouldBe 6L
        read.messageSchema!!.schemaFields!!.single().fullyQualifiedName shouldBe "$svc.orders.id"
        om.entities.list<Topic>(mapOf("service" to svc)).toList().map { it.name } shouldContainExactly listOf("orders")
        om.entities.createOrUpdate(request).version shouldBe created.version
    }

    test("a storage service with a root container and one nested in it, the parent listing its child") {
        val svc = "s3_$suffix"
        om.entities.createOrUpdate(CreateStorageService(name = svc, serviceType = StorageServiceType.S3))
        val bucket = om.entities.createOrUpdate(CreateContainer(name = "bucket", service = svc))
        val sales = om.entities.createOrUpdate(CreateContainer(name = "sales", service = svc, parent = om.entities.referenceTo(bucket)))
        sales.fullyQualifiedName shouldBe "$svc.bucket.sales"
        sales.parent!!.id shouldBe bucket.id
        om.entities.getByName<Container>("$svc.bucket", fields = listOf("children")).children!!.map { it.id } shouldContainExactly listOf(sales.id)
    }

    test("an ML model service and a model with features; a search service and an index with fields") {
        om.entities.createOrUpdate(CreateMlModelService(name = "mlflow_$suffix", serviceType = MlModelServiceType.Mlflow))
        val model = om.entities.createOrUpdate(
            CreateMlModel(name = "churn", service = "mlflow_$suffix", algorithm = "XGBoost", mlFeatures = listOf(MlFeature(name = "tenure"))),
        )
        om.entities.getByName<MlModel>(model.fullyQualifiedName!!).mlFeatures!!.single().fullyQualifiedName shouldBe "mlflow_$suffix.churn.tenure"

        om.entities.createOrUpdate(CreateSearchService(name = "es_$suffix", serviceType = SearchServiceType.ElasticSearch))
        om.entities.createOrUpdate(
            CreateSearchIndex(name = "orders", service = "es_$suffix", fields = listOf(SearchIndexField(name = "total", dataType = SearchIndexDataType.FLOAT))),
        )
        om.entities.getByName<SearchIndex>("es_$suffix.orders").fields.single().fullyQualifiedName shouldBe "es_$suffix.orders.total"
    }

    test("a stored procedure under a schema, inheriting its database and service") {
        val svc = "mysql_$suffix"
        om.entities.createOrUpdate(CreateDatabaseService(name = svc, serviceType = DatabaseServiceType.Mysql))
        om.entities.createOrUpdate(CreateDatabase(name = "shop", service = svc))
        om.entities.createOrUpdate(CreateDatabaseSchema(name = "sales", database = "$svc.shop"))
        val request = CreateStoredProcedure(
            name = "refresh", databaseSchema = "$svc.shop.sales",
            storedProcedureCode = StoredProcedureCode(language = StoredProcedureCode.Language.SQL, code = "CALL refresh_totals()"),
        )
        val created = om.entities.createOrUpdate(request)
        created.fullyQualifiedName shouldBe "$svc.shop.sales.refresh"
        val read = om.entities.getByName<StoredProcedure>("$svc.shop.sales.refresh")
        read.database!!.fullyQualifiedName shouldBe "$svc.shop"
        read.storedProcedureCode.code shouldBe "CALL refresh_totals()"
        om.entities.list(EntityKinds.STORED_PROCEDURE, mapOf("databaseSchema" to "$svc.shop.sales")).toList().map { it.name } shouldContainExactly listOf("refresh")
        om.entities.createOrUpdate(request).version shouldBe created.version
    }

    // OpenMetadata 1.4 QueryResource.delete deletes a query for good (query.json has no `deleted`).
    test("a query under a database service, used in a table, listed by the table's id, and gone once deleted") {
        val svc = "mysql_q_$suffix"
        om.entities.createOrUpdate(CreateDatabaseService(name = svc, serviceType = DatabaseServiceType.Mysql))
        om.entities.createOrUpdate(CreateDatabase(name = "shop", service = svc))
        om.entities.createOrUpdate(CreateDatabaseSchema(name = "sales", database = "$svc.shop"))
        val orders = om.entities.createOrUpdate(CreateTable(name = "orders", databaseSchema = "$svc.shop.sales", columns = listOf(Column(name = "id", dataType = ColumnDataType.INT))))
        val query = om.entities.createOrUpdate(
            CreateQuery(name = "daily_orders", query = "SELECT * FROM orders", service = svc, queryUsedIn = listOf(om.entities.referenceTo(orders))),
        )
        query.fullyQualifiedName shouldBe "$svc.daily_orders"
        om.entities.getByName<Query>(query.fullyQualifiedName!!, fields = listOf("queryUsedIn")).queryUsedIn!!.single().id shouldBe orders.id
        om.entities.list<Query>(mapOf("entityId" to orders.id)).toList().map { it.name } shouldContainExactly listOf("daily_orders")
        om.entities.delete(query)
        om.entities.getByIdOrNull<Query>(query.id, include = Include.ALL) shouldBe null
    }

    test("a topic without partitions, a container whose parent is not a container, a stored procedure without a schema: UsageExceptions before any request") {
        val sent = AtomicInteger()
        val offline = OpenMetadataClient.builder().baseUrl("http://127.0.0.1:9").jwt("token")
            .engine(MockEngine { sent.incrementAndGet(); error("no request expected") }).build()
        offline.use {
            val topic = shouldThrow<UsageException> { it.entities.createOrUpdate(CreateTopic(name = "orders", service = "kafka", partitions = 0)) }
            topic.problem shouldContain "0 partitions"
            val notAContainer = EntityReference(id = UUID.randomUUID().toString(), type = "storageService")
            val container = shouldThrow<UsageException> { it.entities.createOrUpdate(CreateContainer(name = "c", service = "s3", parent = notAContainer)) }
            container.problem shouldContain "is a storageService"
            container.fix shouldContain "EntityKinds.CONTAINER"
            val notAnId = EntityReference(id = "bucket", type = "container")
            shouldThrow<UsageException> { it.entities.createOrUpdate(CreateContainer(name = "c", service = "s3", parent = notAnId)) }.problem shouldContain "not a UUID"
            val procedure = CreateStoredProcedure(name = "p", storedProcedureCode = StoredProcedureCode(code = "CALL p()"))
            shouldThrow<UsageException> { it.entities.createOrUpdate(procedure) }.problem shouldContain "no databaseSchema"
        }
        sent.get() shouldBe 0
    }
})
