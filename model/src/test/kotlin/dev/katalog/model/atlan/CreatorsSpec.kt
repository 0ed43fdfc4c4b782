package dev.katalog.model.atlan

import dev.katalog.model.atlan.asset.APIPath
import dev.katalog.model.atlan.asset.APISpec
import dev.katalog.model.atlan.asset.Collection
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.DataStudioAsset
import dev.katalog.model.atlan.asset.Entity
import dev.katalog.model.atlan.asset.Folder
import dev.katalog.model.atlan.asset.GCSBucket
import dev.katalog.model.atlan.asset.GCSObject
import dev.katalog.model.atlan.asset.MaterialisedView
import dev.katalog.model.atlan.asset.MetabaseCollection
import dev.katalog.model.atlan.asset.MetabaseDashboard
import dev.katalog.model.atlan.asset.MetabaseQuestion
import dev.katalog.model.atlan.asset.PresetChart
import dev.katalog.model.atlan.asset.PresetDashboard
import dev.katalog.model.atlan.asset.PresetDataset
import dev.katalog.model.atlan.asset.PresetWorkspace
import dev.katalog.model.atlan.asset.Procedure
import dev.katalog.model.atlan.asset.Query
import dev.katalog.model.atlan.asset.S3Bucket
import dev.katalog.model.atlan.asset.S3Object
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.TablePartition
import dev.katalog.model.atlan.asset.View
import dev.katalog.model.atlan.enums.GoogleDatastudioAssetType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldMatch
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Each creator sets the qualifiedName and the derived attributes Atlan's SDK sets (atlan-python, the `creator` and
 * `Attributes.create` of pyatlan/model/assets/a_p_i_spec.py, a_p_i_path.py, s3_bucket.py, s3_object.py, g_c_s_bucket.py,
 * g_c_s_object.py, preset_workspace.py, preset_dashboard.py, preset_chart.py, preset_dataset.py, metabase_*.py,
 * data_studio_asset.py, core/procedure.py, core/table_partition.py, collection.py, core/folder.py, core/query.py).
 */
class CreatorsSpec : FunSpec({
    val s3 = "default/s3/1700000000"
    val gcs = "default/gcs/1700000001"
    val api = "default/api/1700000002"
    val preset = "default/preset/1700000003"
    val metabase = "default/metabase/1700000004"
    val studio = "default/datastudio/1700000005"
    val snowflake = "default/snowflake/1700000006"
    val collectionQn = "default/collection/jsmith/3f0c1d2e-1111-4222-8333-944445555666"

    fun ref(type: String, qualifiedName: String): JsonElement = JsonObject(
        mapOf("typeName" to JsonPrimitive(type), "uniqueAttributes" to JsonObject(mapOf("qualifiedName" to JsonPrimitive(qualifiedName)))),
    )

    // Each case: the built asset, its expected qualifiedName, and the other attributes (strings or references) it carries.
    data class Case(val asset: Entity, val qualifiedName: String, val attributes: Map<String, Any>)
    fun case(asset: Entity, qualifiedName: String, vararg attributes: Pair<String, Any>) = Case(asset, qualifiedName, mapOf(*attributes))
    val cases = listOf(
        // The SQL creators (pyatlan core/database.py, schema.py, table.py, view.py, materialised_view.py, column.py).
        case(Connection.creator("analytics", "snowflake", snowflake).build(), snowflake, "name" to "analytics", "connectorName" to "snowflake"),
        case(
            Database.creator("DB", snowflake).build(), "$snowflake/DB",
            "connectionQualifiedName" to snowflake, "connectorName" to "snowflake", "connection" to ref("Connection", snowflake),
        ),
        case(
            Schema.creator("S", "$snowflake/DB").build(), "$snowflake/DB/S",
            "databaseName" to "DB", "databaseQualifiedName" to "$snowflake/DB", "connectionQualifiedName" to snowflake, "database" to ref("Database", "$snowflake/DB"),
        ),
        case(
            Table.creator("T", "$snowflake/DB/S").build(), "$snowflake/DB/S/T",
            "schemaName" to "S", "schemaQualifiedName" to "$snowflake/DB/S", "databaseName" to "DB", "databaseQualifiedName" to "$snowflake/DB",
            "connectionQualifiedName" to snowflake, "connectorName" to "snowflake", "atlanSchema" to ref("Schema", "$snowflake/DB/S"),
        ),
        case(View.creator("V", "$snowflake/DB/S").build(), "$snowflake/DB/S/V", "schemaName" to "S", "atlanSchema" to ref("Schema", "$snowflake/DB/S")),
        case(MaterialisedView.creator("M", "$snowflake/DB/S").build(), "$snowflake/DB/S/M", "databaseName" to "DB", "connectorName" to "snowflake"),
        case(
            Column.creator("C", Table, "$snowflake/DB/S/T", 3).build(), "$snowflake/DB/S/T/C",
            "order" to JsonPrimitive(3), "tableName" to "T", "tableQualifiedName" to "$snowflake/DB/S/T", "schemaName" to "S",
            "databaseName" to "DB", "connectionQualifiedName" to snowflake, "table" to ref("Table", "$snowflake/DB/S/T"),
        ),
        case(
            Column.creator("C", View, "$snowflake/DB/S/V", 1).build(), "$snowflake/DB/S/V/C",
            "viewName" to "V", "viewQualifiedName" to "$snowflake/DB/S/V", "view" to ref("View", "$snowflake/DB/S/V"),
        ),
        case(APISpec.creator("orders-api", api).build(), "$api/orders-api", "name" to "orders-api", "connectionQualifiedName" to api, "connectorName" to "api"),
        case(
            APIPath.creator("/orders/{id}", "$api/orders-api").build(), "$api/orders-api/orders/{id}",
            "name" to "/orders/{id}", "apiPathRawURI" to "/orders/{id}", "apiSpecQualifiedName" to "$api/orders-api",
            "connectionQualifiedName" to api, "connectorName" to "api", "apiSpec" to ref("APISpec", "$api/orders-api"),
        ),
        case(S3Bucket.creator("raw", s3).build(), "$s3/raw", "name" to "raw", "connectionQualifiedName" to s3, "connectorName" to "s3"),
        case(
            S3Bucket.creator("raw", s3, "arn:aws:s3:::raw").build(), "$s3/arn:aws:s3:::raw",
            "awsArn" to "arn:aws:s3:::raw", "connectorName" to "s3",
        ),
        case(
            S3Object.creator("orders.csv", s3, "arn:aws:s3:::raw/orders.csv", "raw", "$s3/arn:aws:s3:::raw").build(), "$s3/arn:aws:s3:::raw/orders.csv",
            "awsArn" to "arn:aws:s3:::raw/orders.csv", "s3BucketName" to "raw", "s3BucketQualifiedName" to "$s3/arn:aws:s3:::raw",
            "connectionQualifiedName" to s3, "connectorName" to "s3", "bucket" to ref("S3Bucket", "$s3/arn:aws:s3:::raw"),
        ),
        case(GCSBucket.creator("lake", gcs).build(), "$gcs/lake", "connectionQualifiedName" to gcs, "connectorName" to "gcs"),
        case(
            GCSObject.creator("orders.parquet", "lake", "$gcs/lake").build(), "$gcs/lake/orders.parquet",
            "gcsBucketName" to "lake", "gcsBucketQualifiedName" to "$gcs/lake", "connectionQualifiedName" to gcs, "connectorName" to "gcs",
            "gcsBucket" to ref("GCSBucket", "$gcs/lake"),
        ),
        case(PresetWorkspace.creator("analytics", preset).build(), "$preset/analytics", "connectionQualifiedName" to preset, "connectorName" to "preset"),
        case(
            PresetDashboard.creator("Sales", "$preset/analytics").build(), "$preset/analytics/Sales",
            "presetWorkspaceQualifiedName" to "$preset/analytics", "connectionQualifiedName" to preset, "connectorName" to "preset",
            "presetWorkspace" to ref("PresetWorkspace", "$preset/analytics"),
        ),
        case(
            PresetChart.creator("Revenue", "$preset/analytics/Sales").build(), "$preset/analytics/Sales/Revenue",
            "presetDashboardQualifiedName" to "$preset/analytics/Sales", "connectionQualifiedName" to preset,
            "presetDashboard" to ref("PresetDashboard", "$preset/analytics/Sales"),
        ),
        case(
            PresetDataset.creator("orders", "$preset/analytics/Sales").build(), "$preset/analytics/Sales/orders",
            "presetDashboardQualifiedName" to "$preset/analytics/Sales", "connectorName" to "preset",
        ),
        case(MetabaseCollection.creator("Finance", metabase, "12").build(), "$metabase/collections/12", "connectionQualifiedName" to metabase, "connectorName" to "metabase"),
        case(MetabaseDashboard.creator("KPIs", metabase, "7").build(), "$metabase/dashboards/7", "connectorName" to "metabase"),
        case(MetabaseQuestion.creator("Top customers", metabase, "99").build(), "$metabase/questions/99", "name" to "Top customers"),
        case(
            DataStudioAsset.creator("Sales report", studio, GoogleDatastudioAssetType.REPORT, "1a2b").build(), "$studio/1a2b",
            "connectorName" to "datastudio", "dataStudioAssetType" to "REPORT",
        ),
        case(
            Procedure.creator("REFRESH", "$snowflake/DB/S", "begin select 1; end").build(), "$snowflake/DB/S/_procedures_/REFRESH",
            "definition" to "begin select 1; end", "schemaName" to "S", "schemaQualifiedName" to "$snowflake/DB/S", "databaseName" to "DB",
            "databaseQualifiedName" to "$snowflake/DB", "connectionQualifiedName" to snowflake, "connectorName" to "snowflake",
            "atlanSchema" to ref("Schema", "$snowflake/DB/S"),
        ),
        case(
            TablePartition.creator("ORDERS_2024", "$snowflake/DB/S/ORDERS").build(), "$snowflake/DB/S/ORDERS_2024",
            "tableName" to "ORDERS", "tableQualifiedName" to "$snowflake/DB/S/ORDERS", "schemaName" to "S", "databaseName" to "DB",
            "connectionQualifiedName" to snowflake, "connectorName" to "snowflake",
        ),
        case(
            Folder.creator("Reports", Collection.refByQualifiedName(collectionQn)).build(), "$collectionQn/Reports",
            "collectionQualifiedName" to collectionQn, "parentQualifiedName" to collectionQn, "parent" to ref("Collection", collectionQn),
        ),
        case(
            Query.creator("Top orders", Folder.refByQualifiedName("$collectionQn/Reports")).build(), "$collectionQn/Reports/Top orders",
            "collectionQualifiedName" to collectionQn, "parentQualifiedName" to "$collectionQn/Reports", "parent" to ref("Folder", "$collectionQn/Reports"),
        ),
    )

    test("each creator sets its qualifiedName and the attributes it derives from its parents") {
        for (c in cases) withClue(c.asset.typeName) {
            c.asset.attributes["qualifiedName"] shouldBe JsonPrimitive(c.qualifiedName)
            for ((name, expected) in c.attributes) withClue(name) {
                c.asset.attributes[name] shouldBe (expected as? JsonElement ?: JsonPrimitive(expected as String))
            }
        }
    }

    test("a collection is qualified by its owner's username and a fresh UUID") {
        val collection = Collection.creator("Finance queries", "jsmith").build()
        (collection.attributes["qualifiedName"] as JsonPrimitive).content shouldMatch Regex("default/collection/jsmith/[0-9a-f-]{36}")
        collection.attributes["name"] shouldBe JsonPrimitive("Finance queries")
        Collection.creator("Finance queries", "jsmith").build().attributes["qualifiedName"] shouldNotBe collection.attributes["qualifiedName"]
    }

    test("a parent of the wrong kind or a malformed qualifiedName is refused, naming what was expected") {
        shouldThrow<IllegalArgumentException> { S3Bucket.creator("raw", gcs) }.message shouldContain "s3 connection"
        shouldThrow<IllegalArgumentException> { APISpec.creator("orders-api", "$api/extra") }.message shouldContain "not a connection's qualifiedName"
        shouldThrow<IllegalArgumentException> { GCSObject.creator("o", "lake", gcs) }.message shouldContain "gcsBucketQualifiedName"
        shouldThrow<IllegalArgumentException> { Procedure.creator("P", "$snowflake/DB", "select 1") }.message shouldContain "not a schema's"
        shouldThrow<IllegalArgumentException> { Procedure.creator("P", "$snowflake/DB/S", " ") }.message shouldContain "definition"
        shouldThrow<IllegalArgumentException> { TablePartition.creator("P", "$snowflake/DB/S") }.message shouldContain "not a table's"
        shouldThrow<IllegalArgumentException> { Folder.creator("F", Folder.refByQualifiedName("default/snowflake/1/x")) }.message shouldContain "default/collection/"
        shouldThrow<IllegalArgumentException> { MetabaseQuestion.creator("Q", metabase, "") }.message shouldContain "Metabase id"
        shouldThrow<IllegalArgumentException> { Collection.creator("C", "") }.message shouldContain "username"
    }
})
