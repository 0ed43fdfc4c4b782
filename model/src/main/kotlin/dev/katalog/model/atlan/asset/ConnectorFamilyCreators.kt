package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.asset.ConnectedAssetCreators.child
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.inConnection
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.ref
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.str
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.under
import dev.katalog.model.atlan.enums.FileType
import dev.katalog.model.json.KatalogJson
import kotlinx.serialization.json.JsonArray

/**
 * The qualifiedName rules of the connector families users create by hand beyond SQL's tables: Databricks volumes,
 * streaming (Kafka, Azure Event Hub), orchestration (Airflow), object stores (ADLS), files, custom entities, APIs, BI
 * (Superset, Sigma), Dataverse and DocumentDB. Each follows atlan-python's creator of the type (`kafka_topic.py`,
 * `kafka_consumer_group.py`, `azure_event_hub*.py`, `core/airflow_dag.py`, `core/airflow_task.py`, `a_d_l_s_*.py`,
 * `core/file.py`, `custom_entity.py`, `a_p_i_object.py`, `a_p_i_query.py`, `a_p_i_field.py`, `superset_*.py`,
 * `dataverse_*.py`, `core/document_d_b_*.py`); Sigma, which that SDK cannot create, follows the same shape as the other
 * BI hierarchies: a workbook in its connection, a page in its workbook, a data element in its page.
 */
internal object ConnectorFamilyCreators {
    /** A Databricks volume of the schema [schemaQualifiedName]: `<schema>/<name>`, its schema linked as `databricksVolumeSchema`. */
    fun <B : EntitySetters<B>> databricksVolume(b: B, name: String, schemaQualifiedName: String): B =
        AssetCreators.inSchema(b, name, schemaQualifiedName, "$schemaQualifiedName/$name")
            .attribute("databricksVolumeSchema", ref("Schema", schemaQualifiedName))

    /** A Kafka topic: `<connection>/topic/<name>`. */
    fun <B : EntitySetters<B>> kafkaTopic(b: B, name: String, connectionQualifiedName: String): B =
        inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/topic/$name")

    /** A Kafka consumer group of the topics [topicQualifiedNames]: `<connection>/consumer-group/<name>`. */
    fun <B : EntitySetters<B>> kafkaConsumerGroup(b: B, name: String, topicQualifiedNames: List<String>): B =
        consumerGroup(b, name, topicQualifiedNames, "topicQualifiedNames", "KafkaTopic") { connection -> "$connection/consumer-group/$name" }

    /**
     * An Azure Event Hub consumer group of the event hubs [eventHubQualifiedNames] (`<connection>/topic/<hub>`, as
     * `AzureEventHub.creator` makes them): `<connection>/consumer-group/<first hub's name>/<name>`
     * (`azure_event_hub_consumer_group.py`).
     */
    fun <B : EntitySetters<B>> azureEventHubConsumerGroup(b: B, name: String, eventHubQualifiedNames: List<String>): B =
        consumerGroup(b, name, eventHubQualifiedNames, "eventHubQualifiedNames", "AzureEventHub") { connection ->
            val first = eventHubQualifiedNames.first().removePrefix("$connection/")
            require(first.startsWith("topic/") && first.length > "topic/".length && '/' !in first.removePrefix("topic/")) {
                "eventHubQualifiedNames \"${eventHubQualifiedNames.first()}\" is not an event hub's qualifiedName (<connection>/topic/<name>)"
            }
            "$connection/consumer-group/${first.removePrefix("topic/")}/$name"
        }

    /** A consumer group reading [topics] of type [topicType], all of one connection, named by [qualifiedName] of that connection's. */
    private fun <B : EntitySetters<B>> consumerGroup(
        b: B, name: String, topics: List<String>, what: String, topicType: String, qualifiedName: (String) -> String,
    ): B {
        require(topics.isNotEmpty()) { "A consumer group needs the qualifiedNames of the topics it reads ($what)" }
        val connection = AssetCreators.connectionOf(topics.first(), what)
        val elsewhere = topics.filter { AssetCreators.connectionOf(it, what).qualifiedName != connection.qualifiedName }
        require(elsewhere.isEmpty()) { "A consumer group reads topics of one connection (${connection.qualifiedName}), not $elsewhere" }
        return inConnection(b, name, connection.qualifiedName, qualifiedName(connection.qualifiedName))
            .attribute("kafkaTopicQualifiedNames", JsonArray(topics.map(::str)))
            .attribute("kafkaTopics", JsonArray(topics.map { ref(topicType, it) }))
    }

    /** An Airflow DAG: `<connection>/<name>`. */
    fun <B : EntitySetters<B>> airflowDag(b: B, name: String, connectionQualifiedName: String): B =
        inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/$name")

    /** A task of the Airflow DAG [dagQualifiedName]: `<DAG>/<name>`. */
    fun <B : EntitySetters<B>> airflowTask(b: B, name: String, dagQualifiedName: String): B =
        under(b, name, dagQualifiedName, "dagQualifiedName", "$dagQualifiedName/$name")
            .attribute("airflowDagQualifiedName", str(dagQualifiedName))
            .attribute("airflowDag", ref("AirflowDag", dagQualifiedName))

    /** An ADLS account: `<connection>/<name>`. */
    fun <B : EntitySetters<B>> adlsAccount(b: B, name: String, connectionQualifiedName: String): B =
        inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/$name")

    /** A container of the ADLS account [accountQualifiedName]: `<account>/<name>`. */
    fun <B : EntitySetters<B>> adlsContainer(b: B, name: String, accountQualifiedName: String): B =
        under(b, name, accountQualifiedName, "adlsAccountQualifiedName", "$accountQualifiedName/$name")
            .attribute("adlsAccountQualifiedName", str(accountQualifiedName))
            .attribute("adlsAccountName", str(accountQualifiedName.substringAfterLast('/')))
            .attribute("adlsAccount", ref("ADLSAccount", accountQualifiedName))

    /** An object of the ADLS container [containerQualifiedName]: `<container>/<name>`. */
    fun <B : EntitySetters<B>> adlsObject(b: B, name: String, containerQualifiedName: String): B {
        val accountQualifiedName = containerQualifiedName.substringBeforeLast('/')
        return under(b, name, containerQualifiedName, "adlsContainerQualifiedName", "$containerQualifiedName/$name")
            .attribute("adlsContainerQualifiedName", str(containerQualifiedName))
            .attribute("adlsContainerName", str(containerQualifiedName.substringAfterLast('/')))
            .attribute("adlsAccountQualifiedName", str(accountQualifiedName))
            .attribute("adlsAccountName", str(accountQualifiedName.substringAfterLast('/')))
            .attribute("adlsContainer", ref("ADLSContainer", containerQualifiedName))
    }

    /** A file of type [fileType]: `<connection>/<name>`. */
    fun <B : EntitySetters<B>> file(b: B, name: String, connectionQualifiedName: String, fileType: FileType): B =
        inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/$name")
            .attribute("fileType", KatalogJson.encodeToElement(FileType.serializer(), fileType))

    /** A custom entity, or an API object or query: `<connection>/<name>`. */
    fun <B : EntitySetters<B>> named(b: B, name: String, connectionQualifiedName: String): B =
        inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/$name")

    /** An attribute of the Dataverse entity [entityQualifiedName]: `<entity>/<name>` (`dataverse_attribute.py`). */
    fun <B : EntitySetters<B>> dataverseAttribute(b: B, name: String, entityQualifiedName: String): B =
        child(b, name, entityQualifiedName, "dataverseEntity", "DataverseEntity")

    /**
     * A collection of the DocumentDB database [databaseQualifiedName]: `<database>/<name>` (`document_d_b_collection.py`),
     * with the database's name and qualifiedName, and (beyond that SDK) a reference to the database, so that it lists the collection.
     */
    fun <B : EntitySetters<B>> documentDBCollection(b: B, name: String, databaseQualifiedName: String): B =
        under(b, name, databaseQualifiedName, "databaseQualifiedName", "$databaseQualifiedName/$name")
            .attribute("databaseName", str(databaseQualifiedName.substringAfterLast('/')))
            .attribute("databaseQualifiedName", str(databaseQualifiedName))
            .attribute("documentDBDatabase", ref("DocumentDBDatabase", databaseQualifiedName))

    /** A field of the API object [objectQualifiedName]: `<object>/<name>`. */
    fun <B : EntitySetters<B>> apiField(b: B, name: String, objectQualifiedName: String): B =
        child(b, name, objectQualifiedName, "apiObject", "APIObject")

    /** A chart or dataset of the Superset dashboard [dashboardQualifiedName]: `<dashboard>/<name>`. */
    fun <B : EntitySetters<B>> supersetDashboardMember(b: B, name: String, dashboardQualifiedName: String): B =
        child(b, name, dashboardQualifiedName, "supersetDashboard", "SupersetDashboard")

    /** A page of the Sigma workbook [workbookQualifiedName]: `<workbook>/<name>`. */
    fun <B : EntitySetters<B>> sigmaPage(b: B, name: String, workbookQualifiedName: String): B =
        child(b, name, workbookQualifiedName, "sigmaWorkbook", "SigmaWorkbook")
            .attribute("sigmaWorkbookName", str(workbookQualifiedName.substringAfterLast('/')))

    /** A data element of the Sigma page [pageQualifiedName]: `<page>/<name>`. */
    fun <B : EntitySetters<B>> sigmaDataElement(b: B, name: String, pageQualifiedName: String): B {
        val workbookQualifiedName = pageQualifiedName.substringBeforeLast('/')
        return under(b, name, pageQualifiedName, "sigmaPageQualifiedName", "$pageQualifiedName/$name")
            .attribute("sigmaPageQualifiedName", str(pageQualifiedName))
            .attribute("sigmaPageName", str(pageQualifiedName.substringAfterLast('/')))
            .attribute("sigmaWorkbookQualifiedName", str(workbookQualifiedName))
            .attribute("sigmaWorkbookName", str(workbookQualifiedName.substringAfterLast('/')))
            .attribute("sigmaPage", ref("SigmaPage", pageQualifiedName))
    }
}
