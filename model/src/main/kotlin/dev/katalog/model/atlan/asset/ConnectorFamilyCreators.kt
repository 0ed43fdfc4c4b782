package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.asset.ConnectedAssetCreators.inConnection
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.ref
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.str
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.under
import dev.katalog.model.atlan.enums.FileType
import dev.katalog.model.json.KatalogJson
import kotlinx.serialization.json.JsonArray

/**
 * The qualifiedName rules of the connector families users create by hand beyond SQL's tables: Databricks volumes, streaming (Kafka),
 * orchestration (Airflow), object stores (ADLS), files, custom entities, APIs and BI (Superset, Sigma). Each follows
 * atlan-python's creator of the type (`kafka_topic.py`, `kafka_consumer_group.py`, `core/airflow_dag.py`,
 * `core/airflow_task.py`, `a_d_l_s_*.py`, `core/file.py`, `custom_entity.py`, `a_p_i_object.py`, `a_p_i_query.py`,
 * `a_p_i_field.py`, `superset_*.py`); Sigma, which that SDK cannot create, follows the same shape as the other BI
 * hierarchies: a workbook in its connection, a page in its workbook, a data element in its page.
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
    fun <B : EntitySetters<B>> kafkaConsumerGroup(b: B, name: String, topicQualifiedNames: List<String>): B {
        require(topicQualifiedNames.isNotEmpty()) { "A consumer group needs the qualifiedNames of the topics it reads" }
        val connection = AssetCreators.connectionOf(topicQualifiedNames.first(), "topicQualifiedNames")
        val elsewhere = topicQualifiedNames.filter { AssetCreators.connectionOf(it, "topicQualifiedNames").qualifiedName != connection.qualifiedName }
        require(elsewhere.isEmpty()) { "A consumer group reads topics of one connection (${connection.qualifiedName}), not $elsewhere" }
        return inConnection(b, name, connection.qualifiedName, "${connection.qualifiedName}/consumer-group/$name")
            .attribute("kafkaTopicQualifiedNames", JsonArray(topicQualifiedNames.map(::str)))
            .attribute("kafkaTopics", JsonArray(topicQualifiedNames.map { ref("KafkaTopic", it) }))
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

    /** A field of the API object [objectQualifiedName]: `<object>/<name>`. */
    fun <B : EntitySetters<B>> apiField(b: B, name: String, objectQualifiedName: String): B =
        under(b, name, objectQualifiedName, "apiObjectQualifiedName", "$objectQualifiedName/$name")
            .attribute("apiObjectQualifiedName", str(objectQualifiedName))
            .attribute("apiObject", ref("APIObject", objectQualifiedName))

    /** A chart or dataset of the Superset dashboard [dashboardQualifiedName]: `<dashboard>/<name>`. */
    fun <B : EntitySetters<B>> supersetDashboardMember(b: B, name: String, dashboardQualifiedName: String): B =
        under(b, name, dashboardQualifiedName, "supersetDashboardQualifiedName", "$dashboardQualifiedName/$name")
            .attribute("supersetDashboardQualifiedName", str(dashboardQualifiedName))
            .attribute("supersetDashboard", ref("SupersetDashboard", dashboardQualifiedName))

    /** A page of the Sigma workbook [workbookQualifiedName]: `<workbook>/<name>`. */
    fun <B : EntitySetters<B>> sigmaPage(b: B, name: String, workbookQualifiedName: String): B =
        under(b, name, workbookQualifiedName, "sigmaWorkbookQualifiedName", "$workbookQualifiedName/$name")
            .attribute("sigmaWorkbookQualifiedName", str(workbookQualifiedName))
            .attribute("sigmaWorkbookName", str(workbookQualifiedName.substringAfterLast('/')))
            .attribute("sigmaWorkbook", ref("SigmaWorkbook", workbookQualifiedName))

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
