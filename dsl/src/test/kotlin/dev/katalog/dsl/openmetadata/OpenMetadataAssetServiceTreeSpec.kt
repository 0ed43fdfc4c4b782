package dev.katalog.dsl.openmetadata

import dev.katalog.dsl.tree.AssetNode
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.api.data.CreateContainer
import dev.katalog.model.openmetadata.api.data.CreateMlModel
import dev.katalog.model.openmetadata.api.data.CreateSearchIndex
import dev.katalog.model.openmetadata.api.data.CreateStoredProcedure
import dev.katalog.model.openmetadata.api.data.CreateTopic
import dev.katalog.model.openmetadata.entity.data.StoredProcedureCode
import dev.katalog.model.openmetadata.entity.services.MessagingServiceType
import dev.katalog.model.openmetadata.entity.services.MlModelServiceType
import dev.katalog.model.openmetadata.entity.services.SearchServiceType
import dev.katalog.model.openmetadata.entity.services.StorageServiceType
import dev.katalog.model.openmetadata.type.SearchIndexDataType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/** Messaging, storage, ML model and search services and stored procedures in trees compile to OpenMetadata create requests. */
class OpenMetadataAssetServiceTreeSpec : FunSpec({
    val tree = catalog {
        connection("wh", Connector.POSTGRES) {
            database("DB") { schema("S") { storedProcedure("refresh", "CALL refresh()") { description = "Rebuilds totals" } } }
        }
        messagingService("kafka", MessagingServiceType.Kafka) { topic("orders", partitions = 3) { attribute("retentionTime", 86_400_000) } }
        storageService("s3", StorageServiceType.S3) { container("bucket") { container("sales") { container("2024") } } }
        mlModelService("mlflow", MlModelServiceType.Mlflow) { mlModel("churn", algorithm = "XGBoost") }
        searchService("es", SearchServiceType.ElasticSearch) { searchIndex("orders") { field("total", SearchIndexDataType.FLOAT) } }
    }

    // openmetadata-service 1.4 jdbi3/TopicRepository, ContainerRepository, MlModelRepository, SearchIndexRepository and
    // StoredProcedureRepository setFullyQualifiedName: under the service (a nested container under its parent), a stored
    // procedure under its schema.
    test("each kind becomes its create request, named as OpenMetadata names it, nested containers one level deeper each") {
        val items = tree.compileForOpenMetadata().items
        items.map { it.request::class.simpleName to it.fullyQualifiedName } shouldContainExactly listOf(
            "CreateDatabaseService" to "wh", "CreateDatabase" to "wh.DB", "CreateDatabaseSchema" to "wh.DB.S",
            "CreateStoredProcedure" to "wh.DB.S.refresh",
            "CreateMessagingService" to "kafka", "CreateTopic" to "kafka.orders",
            "CreateStorageService" to "s3", "CreateContainer" to "s3.bucket", "CreateContainer" to "s3.bucket.sales", "CreateContainer" to "s3.bucket.sales.2024",
            "CreateMlModelService" to "mlflow", "CreateMlModel" to "mlflow.churn",
            "CreateSearchService" to "es", "CreateSearchIndex" to "es.orders",
        )
        items.filter { it.request is CreateContainer }.map { it.depth } shouldContainExactly listOf(1, 2, 3)
        val byFqn = items.associateBy { it.fullyQualifiedName }
        (byFqn.getValue("wh.DB.S.refresh").request as CreateStoredProcedure).let {
            it.databaseSchema shouldBe "wh.DB.S"
            it.storedProcedureCode.code shouldBe "CALL refresh()"
            it.storedProcedureCode.language shouldBe StoredProcedureCode.Language.SQL
            it.description shouldBe "Rebuilds totals"
        }
        (byFqn.getValue("kafka.orders").request as CreateTopic).let { it.partitions shouldBe 3L; it.retentionTime shouldBe 86_400_000.0; it.service shouldBe "kafka" }
        (byFqn.getValue("s3.bucket.sales").request as CreateContainer).let { it.service shouldBe "s3"; it.parent shouldBe null }
        (byFqn.getValue("mlflow.churn").request as CreateMlModel).algorithm shouldBe "XGBoost"
        (byFqn.getValue("es.orders").request as CreateSearchIndex).fields.single().let { it.name shouldBe "total"; it.dataType shouldBe SearchIndexDataType.FLOAT }
    }

    test("a topic outside a messaging service, a search index without fields and a container in a messaging service are problems") {
        val misplaced = CatalogTree(listOf(
            AssetNode.topic("orphan", 1),
            AssetNode.messagingService("kafka", MessagingServiceType.Kafka).withChild(AssetNode.container("bucket")),
        ))
        val problems = shouldThrow<InvalidTreeException> { misplaced.compileForOpenMetadata() }.problems
        problems.map { it.path } shouldContainExactly listOf("orphan", "kafka/bucket")
        problems[1].problem shouldContain "put it inside a storage service or a container"

        val empty = CatalogTree(listOf(AssetNode.searchService("es", SearchServiceType.ElasticSearch).withChild(AssetNode.searchIndex("orders"))))
        shouldThrow<InvalidTreeException> { empty.compileForOpenMetadata() }.problems.single().problem shouldContain "has no fields"
    }

    test("Atlan trees refuse stored procedures and the new services: Atlan has no generic type for them") {
        val problems = catalog {
            connection("wh", Connector.POSTGRES) { database("DB") { schema("S") { storedProcedure("p", "CALL p()") } } }
            storageService("s3", StorageServiceType.S3) { container("bucket") }
        }.problems()
        // (The connection has Atlan problems of its own, such as its admins: not this test's concern.)
        problems.filter { "for OpenMetadata trees only" in it.problem }.map { it.path } shouldContainExactly listOf("wh/DB/S/p", "s3")
    }
})
