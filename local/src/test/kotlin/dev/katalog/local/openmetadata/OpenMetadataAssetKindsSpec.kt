package dev.katalog.local.openmetadata

import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.entity
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.page
import dev.katalog.local.openmetadata.OpenMetadataKit.put
import dev.katalog.local.openmetadata.OpenMetadataKit.save
import dev.katalog.local.openmetadata.OpenMetadataKit.schema
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.jsonObject

/** Topics, containers, ML models, search indexes and stored procedures, with their services, as OpenMetadata 1.4 keeps them. */
class OpenMetadataAssetKindsSpec : FunSpec({
    // openmetadata-service 1.4 jdbi3/TopicRepository.setFullyQualifiedName: service FQN then name; each schema field
    // (children included) gets the topic's FQN then its name.
    test("a topic gets its service's FQN, reference and serviceType, and FQNs on its schema fields") {
        val svc = unique("kafka")
        val service = save("messagingService", "/services/messagingServices", """{"name":"$svc","serviceType":"Kafka"}""")
        val topic = save(
            "topic", "/topics",
            """{"name":"orders","service":"$svc","partitions":3,"messageSchema":{"schemaType":"Avro","schemaFields":[
               {"name":"order","dataType":"RECORD","children":[{"name":"id","dataType":"INT"}]}]}}""",
        )
        topic.str("fullyQualifiedName") shouldBe "$svc.orders"
        topic.at("service")!!.str("id") shouldBe service.str("id")
        topic.str("serviceType") shouldBe "Kafka"
        val field = topic.at("messageSchema", "schemaFields").list().single().jsonObject
        field.str("fullyQualifiedName") shouldBe "$svc.orders.order"
        field["children"].list().single().jsonObject.str("fullyQualifiedName") shouldBe "$svc.orders.order.id"
        page("topic", api.get("/api/v1/topics?service=${enc(svc)}")).map { it.str("name") } shouldContainExactly listOf("orders")
    }

    // openmetadata-spec 1.4 api/data/createTopic.json requires partitions.
    test("a topic without partitions, or under an unknown service, is refused") {
        val svc = unique("kafka")
        save("messagingService", "/services/messagingServices", """{"name":"$svc","serviceType":"Kafka"}""")
        error(put("/topics", """{"name":"orders","service":"$svc"}"""), 400) shouldContain "partitions"
        error(put("/topics", """{"name":"orders","service":"nope$svc","partitions":1}"""), 404) shouldContain "messagingService"
    }

    // openmetadata-service 1.4 jdbi3/ContainerRepository.setFullyQualifiedName: under the parent container when there is
    // one, else under the service; setFields computes children from the parent relation.
    test("containers nest: a child is named under its parent, and the parent lists it as a child") {
        val svc = unique("s3")
        save("storageService", "/services/storageServices", """{"name":"$svc","serviceType":"S3"}""")
        val root = save("container", "/containers", """{"name":"bucket","service":"$svc"}""")
        root.str("fullyQualifiedName") shouldBe "$svc.bucket"
        val child = save(
            "container", "/containers",
            """{"name":"sales","service":"$svc","parent":{"id":"${root.str("id")}","type":"container"},
               "dataModel":{"isPartitioned":false,"columns":[{"name":"amount","dataType":"DOUBLE"}]}}""",
        )
        child.str("fullyQualifiedName") shouldBe "$svc.bucket.sales"
        child.at("parent")!!.str("id") shouldBe root.str("id")
        child.at("dataModel", "columns").list().single().jsonObject.str("fullyQualifiedName") shouldBe "$svc.bucket.sales.amount"
        val read = entity("container", api.get("/api/v1/containers/name/${enc("$svc.bucket")}?fields=children"))
        read["children"].list().map { it.jsonObject.str("id") } shouldContainExactly listOf(child.str("id"))
    }

    test("a container under an unknown parent, or a parent that is not a container, is refused") {
        val svc = unique("s3")
        val service = save("storageService", "/services/storageServices", """{"name":"$svc","serviceType":"S3"}""")
        val missing = "00000000-0000-0000-0000-000000000001"
        error(put("/containers", """{"name":"c","service":"$svc","parent":{"id":"$missing","type":"container"}}"""), 404) shouldContain missing
        error(put("/containers", """{"name":"c","service":"$svc","parent":{"id":"${service.str("id")}","type":"storageService"}}"""), 400) shouldContain "parent.type"
    }

    // openmetadata-service 1.4 jdbi3/MlModelRepository.setFullyQualifiedName: service FQN then name, features under the model.
    test("an ML model gets its service's FQN and FQNs on its features; algorithm is required") {
        val svc = unique("mlflow")
        save("mlmodelService", "/services/mlmodelServices", """{"name":"$svc","serviceType":"Mlflow"}""")
        val model = save("mlmodel", "/mlmodels", """{"name":"churn","service":"$svc","algorithm":"XGBoost","mlFeatures":[{"name":"tenure","dataType":"numerical"}]}""")
        model.str("fullyQualifiedName") shouldBe "$svc.churn"
        model.str("serviceType") shouldBe "Mlflow"
        model["mlFeatures"].list().single().jsonObject.str("fullyQualifiedName") shouldBe "$svc.churn.tenure"
        error(put("/mlmodels", """{"name":"x","service":"$svc"}"""), 400) shouldContain "algorithm"
    }

    // openmetadata-service 1.4 jdbi3/SearchIndexRepository.setFullyQualifiedName: service FQN then name, fields under it.
    test("a search index gets its service's FQN and FQNs on its fields; an elasticsearch service keeps its connection") {
        val svc = unique("es")
        save(
            "searchService", "/services/searchServices",
            """{"name":"$svc","serviceType":"ElasticSearch","connection":{"config":{"type":"ElasticSearch","hostPort":"http://localhost:9200",
               "authType":{"apiKeyId":"id","apiKey":"secret"},"sslConfig":{"certificates":{"caCertPath":"/ca.pem"}}}}}""",
        )
        val index = save("searchIndex", "/searchIndexes", """{"name":"orders","service":"$svc","fields":[{"name":"total","dataType":"FLOAT"}]}""")
        index.str("fullyQualifiedName") shouldBe "$svc.orders"
        index["fields"].list().single().jsonObject.str("fullyQualifiedName") shouldBe "$svc.orders.total"
        error(put("/searchIndexes", """{"name":"x","service":"$svc"}"""), 400) shouldContain "fields"
    }

    // openmetadata-service 1.4 jdbi3/StoredProcedureRepository.setFullyQualifiedName and setInheritedFields: under the schema,
    // inheriting its database and service.
    test("a stored procedure is named under its schema and inherits the schema's database and service") {
        val svc = unique("mysql")
        service(svc)
        val db = database(svc, "shop")
        schema("$svc.shop", "sales")
        val proc = save("storedProcedure", "/storedProcedures", """{"name":"refresh","databaseSchema":"$svc.shop.sales","storedProcedureCode":{"language":"SQL","code":"CALL x()"}}""")
        proc.str("fullyQualifiedName") shouldBe "$svc.shop.sales.refresh"
        proc.at("database")!!.str("id") shouldBe db.str("id")
        proc.str("serviceType") shouldBe "Mysql"
        page("storedProcedure", api.get("/api/v1/storedProcedures?databaseSchema=${enc("$svc.shop.sales")}")).map { it.str("name") } shouldContainExactly listOf("refresh")
        error(put("/storedProcedures", """{"name":"x","databaseSchema":"$svc.shop.sales"}"""), 400) shouldContain "storedProcedureCode"
    }

    test("deleting a storage service recursively deletes its containers, nested ones included") {
        val svc = unique("s3")
        val service = save("storageService", "/services/storageServices", """{"name":"$svc","serviceType":"S3"}""")
        val root = save("container", "/containers", """{"name":"bucket","service":"$svc"}""")
        save("container", "/containers", """{"name":"sales","service":"$svc","parent":{"id":"${root.str("id")}","type":"container"}}""")
        api.delete("/api/v1/services/storageServices/${service.str("id")}?recursive=true&hardDelete=true").status shouldBe 200
        api.get("/api/v1/containers/name/${enc("$svc.bucket.sales")}").status shouldBe 404
    }
})
