package dev.katalog.generator

import com.squareup.kotlinpoet.ClassName
import com.squareup.kotlinpoet.CodeBlock
import com.squareup.kotlinpoet.FunSpec
import com.squareup.kotlinpoet.INT
import com.squareup.kotlinpoet.KModifier
import com.squareup.kotlinpoet.LIST
import com.squareup.kotlinpoet.ParameterizedTypeName.Companion.parameterizedBy
import com.squareup.kotlinpoet.STAR
import com.squareup.kotlinpoet.STRING
import com.squareup.kotlinpoet.TypeName
import dev.katalog.generator.AtlanNames as N

/** The `creator` functions of the asset kinds with qualifiedName conventions; each calls `AssetCreators`. */
internal object Creators {
    private class Creator(val doc: String, val parameters: List<Pair<String, TypeName>>, val call: CodeBlock)

    private val glossary = ClassName(ASSET_PACKAGE, "AtlasGlossary")
    private val asset = ClassName(ASSET_PACKAGE, "Asset")
    private val process = ClassName(ASSET_PACKAGE, "Process")
    private val ends = LIST.parameterizedBy(ClassName(ASSET_PACKAGE, "Catalog"))
    private val processCreators = ClassName(ASSET_PACKAGE, "ProcessCreators")

    private val byType: Map<String, List<Creator>> = buildMap {
        fun call(function: String, vararg arguments: String) = CodeBlock.of("%T.%N(Builder(null), ${arguments.joinToString(", ")})", N.ASSET_CREATORS, function)
        put(
            "Connection",
            listOf(
                Creator(
                    "A new connection named [name] for [connectorName]; its qualifiedName is `default/<connector>/<epoch seconds>`.",
                    listOf("name" to STRING, "connectorName" to STRING),
                    CodeBlock.of(
                        "%T.connection(Builder(null), name, connectorName, %P)",
                        N.ASSET_CREATORS,
                        CodeBlock.of("default/\$connectorName/\${%T.now().epochSecond}", N.INSTANT),
                    ),
                ),
                Creator(
                    "A new connection with a given [qualifiedName] (`default/<connector>/<epoch seconds>`).",
                    listOf("name" to STRING, "connectorName" to STRING, "qualifiedName" to STRING),
                    call("connection", "name", "connectorName", "qualifiedName"),
                ),
            ),
        )
        put("Database", listOf(Creator("A new database [name] in the connection [connectionQualifiedName].", listOf("name" to STRING, "connectionQualifiedName" to STRING), call("database", "name", "connectionQualifiedName"))))
        put("Schema", listOf(Creator("A new schema [name] in the database [databaseQualifiedName].", listOf("name" to STRING, "databaseQualifiedName" to STRING), call("schema", "name", "databaseQualifiedName"))))
        for (t in listOf("Table", "View", "MaterialisedView")) {
            put(t, listOf(Creator("A new ${t.lowercase()} [name] in the schema [schemaQualifiedName].", listOf("name" to STRING, "schemaQualifiedName" to STRING), call("tableLike", "name", "schemaQualifiedName"))))
        }
        put(
            "Column",
            listOf(
                Creator(
                    "A new column [name] at position [order] (1-based) of the table, view or materialised view [parentQualifiedName].",
                    listOf("name" to STRING, "parentType" to N.ASSET_TYPE.parameterizedBy(STAR), "parentQualifiedName" to STRING, "order" to INT),
                    call("column", "name", "parentType", "parentQualifiedName", "order"),
                ),
            ),
        )
        put(
            "Readme",
            listOf(
                Creator(
                    "The README of [asset] (saved, a placeholder, or `Table.refByGuid(guid)` with a name) holding [content] (HTML); its qualifiedName is `<asset GUID>/readme`.",
                    listOf("asset" to asset, "content" to STRING),
                    call("readme", "asset", "content"),
                ),
            ),
        )
        put(
            "Link",
            listOf(
                Creator(
                    "A link named [name] to [url] on [asset]; its qualifiedName is the asset's followed by a random id.",
                    listOf("asset" to asset, "name" to STRING, "url" to STRING),
                    call("link", "asset", "name", "url"),
                ),
            ),
        )
        fun lineage(function: String, vararg arguments: String) = CodeBlock.of("%T.%N(Builder(null), ${arguments.joinToString(", ")})", processCreators, function)
        val processParameters = listOf("name" to STRING, "connectionQualifiedName" to STRING, "inputs" to ends, "outputs" to ends)
        put(
            "Process",
            listOf(
                Creator(
                    "A new process [name] in the connection [connectionQualifiedName] that reads [inputs] and writes [outputs] " +
                        "(saved assets, placeholders, or `Table.refByQualifiedName(…)`); its qualifiedName is an MD5 hash of its name, " +
                        "connection, inputs and outputs, as Atlan's SDKs derive it.",
                    processParameters,
                    lineage("process", "name", "connectionQualifiedName", "inputs", "outputs", "null", "null"),
                ),
                Creator(
                    "A new process [name] with the id [processId] (its qualifiedName is `<connection>/<processId>`), reading [inputs] and writing [outputs].",
                    processParameters + ("processId" to STRING),
                    lineage("process", "name", "connectionQualifiedName", "inputs", "outputs", "processId", "null"),
                ),
            ),
        )
        put(
            "ColumnProcess",
            listOf(
                Creator(
                    "A new column-level process [name] of the process [parent], from the columns [inputs] to the columns [outputs]; " +
                        "its qualifiedName is an MD5 hash of its name, connection, parent, inputs and outputs.",
                    processParameters + ("parent" to process),
                    lineage("columnProcess", "name", "connectionQualifiedName", "inputs", "outputs", "parent", "null"),
                ),
                Creator(
                    "A new column-level process [name] of the process [parent] with the id [processId] (qualifiedName `<connection>/<processId>`).",
                    processParameters + ("parent" to process) + ("processId" to STRING),
                    lineage("columnProcess", "name", "connectionQualifiedName", "inputs", "outputs", "parent", "processId"),
                ),
            ),
        )
        put("AtlasGlossary", listOf(Creator("A new glossary [name]; the server assigns its qualifiedName.", listOf("name" to STRING), call("glossary", "name"))))
        for (t in listOf("AtlasGlossaryTerm", "AtlasGlossaryCategory")) {
            val kind = if (t.endsWith("Term")) "term" else "category"
            put(
                t,
                listOf(
                    Creator(
                        "A new $kind [name] in [glossary] (a saved glossary, a placeholder, or `AtlasGlossary.ref(qualifiedName)`).",
                        listOf("name" to STRING, "glossary" to glossary),
                        call("glossaryMember", "name", "glossary"),
                    ),
                ),
            )
        }
        addConnectedAssets()
        addConnectorFamilies()
        addQuickSight()
        addAnaplan()
        addInsights()
        addDataMesh()
    }

    // Domains, subdomains and data products, as atlan-python's creators build them (DataMeshCreators).
    private fun MutableMap<String, List<Creator>>.addDataMesh() {
        fun call(function: String, vararg arguments: String) =
            CodeBlock.of("%T.%N(Builder(null), ${arguments.joinToString(", ")})", N.DATA_MESH_CREATORS, function)
        val domain = ClassName(ASSET_PACKAGE, "DataDomain")
        val search = ClassName("dev.katalog.model.atlan.search", "IndexSearchRequest")
        put(
            "DataDomain",
            listOf(
                Creator("A new top-level domain [name]; Atlan names it `default/domain/<id>/super`.", listOf("name" to STRING), call("domain", "name", "null")),
                Creator(
                    "A new subdomain [name] of [parentDomain] (a saved domain, a placeholder, or `DataDomain.refByQualifiedName(qualifiedName)`); Atlan names it `<parent>/domain/<id>`.",
                    listOf("name" to STRING, "parentDomain" to domain),
                    call("domain", "name", "parentDomain"),
                ),
            ),
        )
        put(
            "DataProduct",
            listOf(
                Creator(
                    "A new data product [name] of [domain] whose assets are those [assets] finds (stored as Atlan stores a product's asset selection); Atlan names it `<domain>/product/<id>`.",
                    listOf("name" to STRING, "domain" to domain, "assets" to search),
                    call("product", "name", "domain", "assets"),
                ),
                Creator(
                    "A new data product [name] of [domain] with the asset selection [assetsDsl] as Atlan stores it (`DataProductSelection.toDsl(search)`); Atlan names it `<domain>/product/<id>`.",
                    listOf("name" to STRING, "domain" to domain, "assetsDsl" to STRING),
                    call("product", "name", "domain", "assetsDsl"),
                ),
            ),
        )
    }

    // APIs, object stores and BI assets, as atlan-python's creators build them (ConnectedAssetCreators).
    private fun MutableMap<String, List<Creator>>.addConnectedAssets() {
        fun call(function: String, vararg arguments: String) =
            CodeBlock.of("%T.%N(Builder(null), ${arguments.joinToString(", ")})", N.CONNECTED_ASSET_CREATORS, function)
        val inConnection = listOf("name" to STRING, "connectionQualifiedName" to STRING)
        fun inConnection(type: String, what: String, function: String) = put(
            type,
            listOf(Creator("A new $what [name] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/<name>`.", inConnection, call(function, "name", "connectionQualifiedName"))),
        )
        inConnection("APISpec", "API spec", "apiSpec")
        inConnection("GCSBucket", "GCS bucket", "gcsBucket")
        inConnection("PresetWorkspace", "Preset workspace", "presetWorkspace")
        put(
            "APIPath",
            listOf(
                Creator(
                    "A new path [pathRawUri] (also its name) of the API spec [specQualifiedName]; its qualifiedName is the spec's followed by the URI.",
                    listOf("pathRawUri" to STRING, "specQualifiedName" to STRING),
                    call("apiPath", "pathRawUri", "specQualifiedName"),
                ),
            ),
        )
        put(
            "S3Bucket",
            listOf(
                Creator("A new S3 bucket [name] in the S3 connection [connectionQualifiedName]; its qualifiedName is `<connection>/<name>`.", inConnection, call("s3Bucket", "name", "connectionQualifiedName", "null")),
                Creator(
                    "A new S3 bucket [name] with the ARN [awsArn] in the S3 connection [connectionQualifiedName]; its qualifiedName is `<connection>/<ARN>`.",
                    inConnection + ("awsArn" to STRING),
                    call("s3Bucket", "name", "connectionQualifiedName", "awsArn"),
                ),
            ),
        )
        put(
            "S3Object",
            listOf(
                Creator(
                    "A new S3 object [name] with the ARN [awsArn] in the bucket [s3BucketName] ([s3BucketQualifiedName]); its qualifiedName is `<connection>/<ARN>`.",
                    inConnection + listOf("awsArn" to STRING, "s3BucketName" to STRING, "s3BucketQualifiedName" to STRING),
                    call("s3Object", "name", "connectionQualifiedName", "awsArn", "s3BucketName", "s3BucketQualifiedName"),
                ),
            ),
        )
        put(
            "GCSObject",
            listOf(
                Creator(
                    "A new GCS object [name] in the bucket [gcsBucketName] ([gcsBucketQualifiedName]); its qualifiedName is the bucket's followed by its name.",
                    listOf("name" to STRING, "gcsBucketName" to STRING, "gcsBucketQualifiedName" to STRING),
                    call("gcsObject", "name", "gcsBucketName", "gcsBucketQualifiedName"),
                ),
            ),
        )
        put(
            "PresetDashboard",
            listOf(
                Creator(
                    "A new Preset dashboard [name] in the workspace [presetWorkspaceQualifiedName]; its qualifiedName is the workspace's followed by its name.",
                    listOf("name" to STRING, "presetWorkspaceQualifiedName" to STRING),
                    call("presetDashboard", "name", "presetWorkspaceQualifiedName"),
                ),
            ),
        )
        for ((type, what) in listOf("PresetChart" to "chart", "PresetDataset" to "dataset")) {
            put(
                type,
                listOf(
                    Creator(
                        "A new Preset $what [name] of the dashboard [presetDashboardQualifiedName]; its qualifiedName is the dashboard's followed by its name.",
                        listOf("name" to STRING, "presetDashboardQualifiedName" to STRING),
                        call("presetDashboardMember", "name", "presetDashboardQualifiedName"),
                    ),
                ),
            )
        }
        for ((type, kind) in listOf("MetabaseCollection" to "collections", "MetabaseDashboard" to "dashboards", "MetabaseQuestion" to "questions")) {
            put(
                type,
                listOf(
                    Creator(
                        "A new Metabase ${kind.removeSuffix("s")} [name] with the Metabase id [metabaseId] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/$kind/<id>`.",
                        inConnection + ("metabaseId" to STRING),
                        call("metabase", "name", "connectionQualifiedName", "\"$kind\"", "metabaseId"),
                    ),
                ),
            )
        }
        put(
            "DataStudioAsset",
            listOf(
                Creator(
                    "A new Data Studio [assetType] (report or data source) [name] with the Data Studio id [gdsid] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/<gdsid>`.",
                    inConnection + listOf("assetType" to ClassName(ENUM_PACKAGE, "GoogleDatastudioAssetType"), "gdsid" to STRING),
                    call("dataStudioAsset", "name", "connectionQualifiedName", "assetType", "gdsid"),
                ),
            ),
        )
        fun sql(function: String, vararg arguments: String) = CodeBlock.of("%T.%N(Builder(null), ${arguments.joinToString(", ")})", N.ASSET_CREATORS, function)
        put(
            "Procedure",
            listOf(
                Creator(
                    "A new stored procedure [name] defined by [definition] in the schema [schemaQualifiedName]; its qualifiedName is `<schema>/_procedures_/<name>`.",
                    listOf("name" to STRING, "schemaQualifiedName" to STRING, "definition" to STRING),
                    sql("procedure", "name", "schemaQualifiedName", "definition"),
                ),
            ),
        )
        put(
            "TablePartition",
            listOf(
                Creator(
                    "A new partition [name] of the table [tableQualifiedName]; as Atlan's SDK builds it, its qualifiedName is the schema's followed by its name.",
                    listOf("name" to STRING, "tableQualifiedName" to STRING),
                    sql("tablePartition", "name", "tableQualifiedName"),
                ),
            ),
        )
    }

    // Snowflake and Databricks objects in a schema, streaming, orchestration, ADLS, files, custom entities, API objects and fields,
    // Superset and Sigma (ConnectorFamilyCreators; SQL objects through AssetCreators.tableLike).
    private fun MutableMap<String, List<Creator>>.addConnectorFamilies() {
        fun call(function: String, vararg arguments: String) =
            CodeBlock.of("%T.%N(Builder(null), ${arguments.joinToString(", ")})", N.CONNECTOR_FAMILY_CREATORS, function)
        fun one(type: String, doc: String, parameters: List<Pair<String, TypeName>>, call: CodeBlock) = put(type, listOf(Creator(doc, parameters, call)))
        val inConnection = listOf("name" to STRING, "connectionQualifiedName" to STRING)
        val inSchema = listOf("SnowflakeDynamicTable" to "Snowflake dynamic table", "SnowflakePipe" to "Snowflake pipe", "SnowflakeStream" to "Snowflake stream", "DatabricksMetricView" to "Databricks metric view")
        for ((type, what) in inSchema) {
            one(
                type, "A new $what [name] in the schema [schemaQualifiedName]; its qualifiedName is `<schema>/<name>`.",
                listOf("name" to STRING, "schemaQualifiedName" to STRING),
                CodeBlock.of("%T.tableLike(Builder(null), name, schemaQualifiedName)", N.ASSET_CREATORS),
            )
        }
        one(
            "DatabricksVolume", "A new Databricks volume [name] in the schema [schemaQualifiedName]; its qualifiedName is `<schema>/<name>`.",
            listOf("name" to STRING, "schemaQualifiedName" to STRING), call("databricksVolume", "name", "schemaQualifiedName"),
        )
        one("KafkaTopic", "A new Kafka topic [name] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/topic/<name>`.", inConnection, call("kafkaTopic", "name", "connectionQualifiedName"))
        one("AzureEventHub", "A new Azure event hub [name] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/topic/<name>`.", inConnection, call("kafkaTopic", "name", "connectionQualifiedName"))
        one(
            "AzureEventHubConsumerGroup",
            "A new Azure Event Hub consumer group [name] reading the event hubs [eventHubQualifiedNames] (of one connection); its qualifiedName is `<connection>/consumer-group/<first event hub's name>/<name>`.",
            listOf("name" to STRING, "eventHubQualifiedNames" to LIST.parameterizedBy(STRING)), call("azureEventHubConsumerGroup", "name", "eventHubQualifiedNames"),
        )
        one(
            "KafkaConsumerGroup",
            "A new Kafka consumer group [name] reading the topics [topicQualifiedNames] (of one connection); its qualifiedName is `<connection>/consumer-group/<name>`.",
            listOf("name" to STRING, "topicQualifiedNames" to LIST.parameterizedBy(STRING)), call("kafkaConsumerGroup", "name", "topicQualifiedNames"),
        )
        one("AirflowDag", "A new Airflow DAG [name] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/<name>`.", inConnection, call("airflowDag", "name", "connectionQualifiedName"))
        one(
            "AirflowTask", "A new task [name] of the Airflow DAG [dagQualifiedName]; its qualifiedName is `<DAG>/<name>`.",
            listOf("name" to STRING, "dagQualifiedName" to STRING), call("airflowTask", "name", "dagQualifiedName"),
        )
        one("ADLSAccount", "A new ADLS account [name] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/<name>`.", inConnection, call("adlsAccount", "name", "connectionQualifiedName"))
        one(
            "ADLSContainer", "A new container [name] of the ADLS account [accountQualifiedName]; its qualifiedName is `<account>/<name>`.",
            listOf("name" to STRING, "accountQualifiedName" to STRING), call("adlsContainer", "name", "accountQualifiedName"),
        )
        one(
            "ADLSObject", "A new object [name] of the ADLS container [containerQualifiedName]; its qualifiedName is `<container>/<name>`.",
            listOf("name" to STRING, "containerQualifiedName" to STRING), call("adlsObject", "name", "containerQualifiedName"),
        )
        one(
            "File", "A new file [name] of type [fileType] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/<name>`.",
            inConnection + ("fileType" to ClassName(ENUM_PACKAGE, "FileType")), call("file", "name", "connectionQualifiedName", "fileType"),
        )
        for ((type, what) in listOf("CustomEntity" to "custom entity", "APIObject" to "API object", "APIQuery" to "API query", "SupersetDashboard" to "Superset dashboard", "SigmaWorkbook" to "Sigma workbook", "DataverseEntity" to "Dataverse entity", "DocumentDBDatabase" to "DocumentDB database")) {
            one(type, "A new $what [name] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/<name>`.", inConnection, call("named", "name", "connectionQualifiedName"))
        }
        one(
            "DataverseAttribute", "A new attribute [name] of the Dataverse entity [entityQualifiedName]; its qualifiedName is `<entity>/<name>`.",
            listOf("name" to STRING, "entityQualifiedName" to STRING), call("dataverseAttribute", "name", "entityQualifiedName"),
        )
        one(
            "DocumentDBCollection", "A new collection [name] of the DocumentDB database [databaseQualifiedName]; its qualifiedName is `<database>/<name>`.",
            listOf("name" to STRING, "databaseQualifiedName" to STRING), call("documentDBCollection", "name", "databaseQualifiedName"),
        )
        one(
            "APIField", "A new field [name] of the API object [objectQualifiedName]; its qualifiedName is `<object>/<name>`.",
            listOf("name" to STRING, "objectQualifiedName" to STRING), call("apiField", "name", "objectQualifiedName"),
        )
        for ((type, what) in listOf("SupersetChart" to "chart", "SupersetDataset" to "dataset")) {
            one(
                type, "A new Superset $what [name] of the dashboard [dashboardQualifiedName]; its qualifiedName is `<dashboard>/<name>`.",
                listOf("name" to STRING, "dashboardQualifiedName" to STRING), call("supersetDashboardMember", "name", "dashboardQualifiedName"),
            )
        }
        one(
            "SigmaPage", "A new page [name] of the Sigma workbook [workbookQualifiedName]; its qualifiedName is `<workbook>/<name>`.",
            listOf("name" to STRING, "workbookQualifiedName" to STRING), call("sigmaPage", "name", "workbookQualifiedName"),
        )
        one(
            "SigmaDataElement", "A new data element [name] of the Sigma page [pageQualifiedName]; its qualifiedName is `<page>/<name>`.",
            listOf("name" to STRING, "pageQualifiedName" to STRING), call("sigmaDataElement", "name", "pageQualifiedName"),
        )
    }

    // Amazon QuickSight's folders, dashboards, analyses, datasets, visuals and dataset fields (QuickSightCreators).
    private fun MutableMap<String, List<Creator>>.addQuickSight() {
        fun call(function: String, vararg arguments: String) = CodeBlock.of("%T.%N(Builder(null), ${arguments.joinToString(", ")})", N.QUICK_SIGHT_CREATORS, function)
        val top = listOf("name" to STRING, "connectionQualifiedName" to STRING, "quickSightId" to STRING)
        val folders = "folderQualifiedNames" to LIST.parameterizedBy(STRING)
        fun enum(name: String) = ClassName(ENUM_PACKAGE, name)
        fun basic(what: String) = Creator("A new QuickSight $what [name] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/<quickSightId>`.", top, call("top", "name", "connectionQualifiedName", "quickSightId"))
        put("QuickSightFolder", listOf(
            basic("folder"),
            Creator("A new QuickSight folder [name] of [folderType]; its qualifiedName is `<connection>/<quickSightId>`.", top + ("folderType" to enum("QuickSightFolderType")),
                call("folder", "name", "connectionQualifiedName", "quickSightId", "folderType")),
        ))
        for ((type, what) in listOf("QuickSightDashboard" to "dashboard", "QuickSightAnalysis" to "analysis")) {
            put(type, listOf(
                basic(what),
                Creator("A new QuickSight $what [name] in the folders [folderQualifiedNames]; its qualifiedName is `<connection>/<quickSightId>`.", top + folders,
                    call("inFolders", "name", "connectionQualifiedName", "quickSightId", "\"${type.replaceFirstChar { it.lowercase() }}Folders\"", "folderQualifiedNames")),
            ))
        }
        put("QuickSightDataset", listOf(
            basic("dataset"),
            Creator("A new QuickSight dataset [name] imported by [importMode], in the folders [folderQualifiedNames] (none: an empty list); its qualifiedName is `<connection>/<quickSightId>`.",
                top + ("importMode" to enum("QuickSightDatasetImportMode")) + folders, call("dataset", "name", "connectionQualifiedName", "quickSightId", "importMode", "folderQualifiedNames")),
        ))
        for ((type, parent) in listOf("QuickSightDashboardVisual" to "Dashboard", "QuickSightAnalysisVisual" to "Analysis")) {
            val parentQualifiedName = "${parent.lowercase()}QualifiedName"
            put(type, listOf(Creator(
                "A new visual [name] of the sheet [sheetId] ([sheetName]) of the QuickSight ${parent.lowercase()} [$parentQualifiedName]; its qualifiedName is `<${parent.lowercase()}>/<sheetId>/<quickSightId>`.",
                listOf("name" to STRING, "quickSightId" to STRING, "sheetId" to STRING, "sheetName" to STRING, parentQualifiedName to STRING),
                call("visual", "name", "quickSightId", "sheetId", "sheetName", "\"QuickSight$parent\"", parentQualifiedName),
            )))
        }
        val field = listOf("name" to STRING, "quickSightId" to STRING, "datasetQualifiedName" to STRING)
        put("QuickSightDatasetField", listOf(
            Creator("A new field [name] of the QuickSight dataset [datasetQualifiedName]; its qualifiedName is `<dataset>/<quickSightId>`.", field,
                call("datasetField", "name", "quickSightId", "datasetQualifiedName", "null")),
            Creator("A new field [name] of [fieldType] of the QuickSight dataset [datasetQualifiedName]; its qualifiedName is `<dataset>/<quickSightId>`.", field + ("fieldType" to enum("QuickSightDatasetFieldType")),
                call("datasetField", "name", "quickSightId", "datasetQualifiedName", "fieldType")),
        ))
    }

    // Anaplan's workspaces, apps, pages, models and what models and modules hold (AnaplanCreators).
    private fun MutableMap<String, List<Creator>>.addAnaplan() {
        fun call(function: String, vararg arguments: String) = CodeBlock.of("%T.%N(Builder(null), ${arguments.joinToString(", ")})", N.ANAPLAN_CREATORS, function)
        for ((type, what) in listOf("AnaplanWorkspace" to "workspace", "AnaplanApp" to "app", "AnaplanSystemDimension" to "system dimension")) {
            put(type, listOf(Creator(
                "A new Anaplan $what [name] in the connection [connectionQualifiedName]; its qualifiedName is `<connection>/<name>`.",
                listOf("name" to STRING, "connectionQualifiedName" to STRING),
                CodeBlock.of("%T.named(Builder(null), name, connectionQualifiedName)", N.CONNECTOR_FAMILY_CREATORS),
            )))
        }
        val children = listOf(
            Triple("AnaplanPage", "page", "app") to "page", Triple("AnaplanModel", "model", "workspace") to "model",
            Triple("AnaplanModule", "module", "model") to "inModel", Triple("AnaplanList", "list", "model") to "inModel",
            Triple("AnaplanDimension", "dimension", "model") to "inModel",
            Triple("AnaplanLineItem", "line item", "module") to "inModule", Triple("AnaplanView", "view", "module") to "inModule",
        )
        for ((names, function) in children) {
            val (type, what, parent) = names
            put(type, listOf(Creator(
                "A new Anaplan $what [name] of the $parent [${parent}QualifiedName]; its qualifiedName is `<$parent>/<name>`.",
                listOf("name" to STRING, "${parent}QualifiedName" to STRING),
                call(function, "name", "${parent}QualifiedName"),
            )))
        }
    }

    // Insights' collections, folders and saved queries (InsightCreators).
    private fun MutableMap<String, List<Creator>>.addInsights() {
        fun call(function: String, vararg arguments: String) = CodeBlock.of("%T.%N(Builder(null), ${arguments.joinToString(", ")})", N.INSIGHT_CREATORS, function)
        put(
            "Collection",
            listOf(
                Creator(
                    "A new Insights collection [name] owned by the user [username]; its qualifiedName is `default/collection/<username>/<UUID>`.",
                    listOf("name" to STRING, "username" to STRING),
                    call("collection", "name", "username"),
                ),
            ),
        )
        val namespace = ClassName(ASSET_PACKAGE, "Namespace")
        for ((type, what) in listOf("Folder" to "folder", "Query" to "saved query")) {
            put(
                type,
                listOf(
                    Creator(
                        "A new $what [name] in [parent], a collection or a folder (saved, or `Collection.refByQualifiedName(…)`); its qualifiedName is the parent's followed by its name.",
                        listOf("name" to STRING, "parent" to namespace),
                        call("inNamespace", "name", "parent"),
                    ),
                ),
            )
        }
    }

    fun has(type: String): Boolean = type in byType

    /** The types that have creators. */
    val types: Set<String> get() = byType.keys

    /** The creator functions of [type] (none for most types), each returning a [builder]. */
    fun of(type: String, builder: ClassName): List<FunSpec> = byType[type].orEmpty().map { creator ->
        FunSpec.builder("creator").addModifiers(KModifier.PUBLIC).addAnnotation(JvmStatic::class)
            .addKdoc("%L", creator.doc)
            .apply { creator.parameters.forEach { (name, type) -> addParameter(name, type) } }
            .returns(builder)
            .addStatement("return %L", creator.call)
            .build()
    }
}
