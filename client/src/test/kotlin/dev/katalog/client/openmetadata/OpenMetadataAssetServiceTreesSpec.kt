package dev.katalog.client.openmetadata

import dev.katalog.client.it.SharedCatalog
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.entity.services.MessagingServiceType
import dev.katalog.model.openmetadata.entity.services.MlModelServiceType
import dev.katalog.model.openmetadata.entity.services.SearchServiceType
import dev.katalog.model.openmetadata.entity.services.StorageServiceType
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.SearchIndexDataType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.client.engine.mock.MockEngine
import java.util.UUID
import java.util.concurrent.atomic.AtomicInteger

/**
 * A tree of a stored procedure in a schema, a messaging service with a topic, a storage service with nested
 * containers, an ML model service with a model and a search service with an index, applied to the local catalog (every
 * request checked against OpenMetadata 1.4's schemas), re-planned empty, read back, and changed by a patch.
 */
class OpenMetadataAssetServiceTreesSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val wh = "wh_$suffix"
    val kafka = "kafka_$suffix"
    val s3 = "s3_$suffix"
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    fun tree(partitions: Int = 3): CatalogTree = catalog {
        connection(wh, Connector.POSTGRES) {
            database("DB") { schema("S") { table("ORDERS") { column("ID", "BIGINT") }; storedProcedure("refresh", "CALL refresh()") } }
        }
        messagingService(kafka, MessagingServiceType.Kafka) { topic("orders", partitions) }
        storageService(s3, StorageServiceType.S3) { container("bucket") { container("sales") { container("2024") } } }
        mlModelService("mlflow_$suffix", MlModelServiceType.Mlflow) { mlModel("churn", algorithm = "XGBoost") }
        searchService("es_$suffix", SearchServiceType.ElasticSearch) { searchIndex("orders") { field("total", SearchIndexDataType.FLOAT) } }
    }

    test("the tree applies, re-plans empty, reads back with nested containers under their parents, and follows a change") {
        val plan = om.trees.plan(tree())
        plan.creates.map { it.kind.type } shouldContainExactly listOf(
            "databaseService", "database", "databaseSchema", "table", "storedProcedure", "messagingService", "topic",
            "storageService", "container", "container", "container", "mlmodelService", "mlmodel", "searchService", "searchIndex",
        )
        val applied = om.trees.apply(plan)
        applied.failures shouldBe emptyMap()
        applied.created shouldBe 15
        om.trees.plan(tree()).isEmpty shouldBe true

        val year = om.entities.getByName(EntityKinds.CONTAINER, "$s3.bucket.sales.2024", listOf("parent"))
        val sales = om.entities.getByName(EntityKinds.CONTAINER, "$s3.bucket.sales", listOf("children"))
        year.parent!!.id shouldBe sales.id
        sales.children!!.map { it.id } shouldContainExactly listOf(year.id)
        om.entities.getByName(EntityKinds.STORED_PROCEDURE, "$wh.DB.S.refresh").storedProcedureCode.code shouldBe "CALL refresh()"
        om.entities.getByName(EntityKinds.SEARCH_INDEX, "es_$suffix.orders").fields.single().fullyQualifiedName shouldBe "es_$suffix.orders.total"

        val repartitioned = om.trees.plan(tree(partitions = 6))
        repartitioned.updates.map { it.item.fullyQualifiedName } shouldContainExactly listOf("$kafka.orders")
        om.trees.apply(repartitioned).failures shouldBe emptyMap()
        om.entities.getByName(EntityKinds.TOPIC, "$kafka.orders").partitions shouldBe 6L
        om.trees.plan(tree(partitions = 6)).isEmpty shouldBe true
    }

    test("a topic without partitions is a tree problem before any request is sent") {
        val sent = AtomicInteger()
        val offline = OpenMetadataClient.builder().baseUrl("http://127.0.0.1:9").jwt("token")
            .engine(MockEngine { sent.incrementAndGet(); error("no request expected") }).build()
        offline.use {
            val problems = shouldThrow<InvalidTreeException> { it.trees.plan(tree(partitions = 0)) }.problems
            problems.map { p -> p.path } shouldContainExactly listOf("$kafka/orders")
            problems.single().problem shouldContain "at least 1"
        }
        sent.get() shouldBe 0
    }
})
