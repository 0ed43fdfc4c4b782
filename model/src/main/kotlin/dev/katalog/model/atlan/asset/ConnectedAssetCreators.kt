package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.enums.GoogleDatastudioAssetType
import dev.katalog.model.json.KatalogJson
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The qualifiedName rules and derived attributes of the API, object-store and BI asset kinds that Atlan's SDK can
 * create (atlan-python `pyatlan/model/assets/`: `a_p_i_spec.py`, `a_p_i_path.py`, `s3_bucket.py`, `s3_object.py`,
 * `g_c_s_bucket.py`, `g_c_s_object.py`, `preset_*.py`, `metabase_*.py`, `data_studio_asset.py`): each carries its
 * connection's qualifiedName and connector, and its parent's name, qualifiedName and a reference to it.
 */
internal object ConnectedAssetCreators {
    fun <B : EntitySetters<B>> apiSpec(b: B, name: String, connectionQualifiedName: String): B =
        inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/$name")

    /** A path of an API spec: named and identified by its raw URI, appended to the spec's qualifiedName. */
    fun <B : EntitySetters<B>> apiPath(b: B, pathRawUri: String, specQualifiedName: String): B {
        require(pathRawUri.isNotBlank()) { "An API path needs its raw URI (e.g. /orders/{id})" }
        return under(b, pathRawUri, specQualifiedName, "specQualifiedName", "$specQualifiedName$pathRawUri")
            .attribute("apiPathRawURI", str(pathRawUri))
            .attribute("apiSpecQualifiedName", str(specQualifiedName))
            .attribute("apiSpec", ref("APISpec", specQualifiedName))
    }

    /** An S3 bucket; its qualifiedName ends with its ARN when given, else its name. */
    fun <B : EntitySetters<B>> s3Bucket(b: B, name: String, connectionQualifiedName: String, awsArn: String?): B {
        requireConnector(connectionQualifiedName, "s3")
        val bucket = inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/${awsArn ?: name}")
        return if (awsArn == null) bucket else bucket.attribute("awsArn", str(awsArn))
    }

    /** An S3 object, identified within its connection by its ARN. */
    fun <B : EntitySetters<B>> s3Object(b: B, name: String, connectionQualifiedName: String, awsArn: String, s3BucketName: String, s3BucketQualifiedName: String): B {
        requireConnector(connectionQualifiedName, "s3")
        require(awsArn.isNotBlank()) { "An S3 object needs its ARN" }
        return inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/$awsArn")
            .attribute("awsArn", str(awsArn))
            .attribute("s3BucketName", str(s3BucketName)).attribute("s3BucketQualifiedName", str(s3BucketQualifiedName))
            .attribute("bucket", ref("S3Bucket", s3BucketQualifiedName))
    }

    fun <B : EntitySetters<B>> gcsBucket(b: B, name: String, connectionQualifiedName: String): B =
        inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/$name")

    fun <B : EntitySetters<B>> gcsObject(b: B, name: String, gcsBucketName: String, gcsBucketQualifiedName: String): B =
        under(b, name, gcsBucketQualifiedName, "gcsBucketQualifiedName", "$gcsBucketQualifiedName/$name")
            .attribute("gcsBucketName", str(gcsBucketName)).attribute("gcsBucketQualifiedName", str(gcsBucketQualifiedName))
            .attribute("gcsBucket", ref("GCSBucket", gcsBucketQualifiedName))

    fun <B : EntitySetters<B>> presetWorkspace(b: B, name: String, connectionQualifiedName: String): B =
        inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/$name")

    fun <B : EntitySetters<B>> presetDashboard(b: B, name: String, presetWorkspaceQualifiedName: String): B =
        child(b, name, presetWorkspaceQualifiedName, "presetWorkspace", "PresetWorkspace")

    /** A chart or dataset of a Preset dashboard. */
    fun <B : EntitySetters<B>> presetDashboardMember(b: B, name: String, presetDashboardQualifiedName: String): B =
        child(b, name, presetDashboardQualifiedName, "presetDashboard", "PresetDashboard")

    /** A Metabase collection, dashboard or question: `<connection>/<kind>/<Metabase id>` (kind `collections`, `dashboards`, `questions`). */
    fun <B : EntitySetters<B>> metabase(b: B, name: String, connectionQualifiedName: String, kind: String, metabaseId: String): B {
        require(metabaseId.isNotBlank()) { "A Metabase $kind entry needs its Metabase id" }
        return inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/$kind/$metabaseId")
    }

    /** A Google Data Studio report or data source, identified within its connection by its Data Studio id. */
    fun <B : EntitySetters<B>> dataStudioAsset(b: B, name: String, connectionQualifiedName: String, assetType: GoogleDatastudioAssetType, gdsid: String): B {
        require(gdsid.isNotBlank()) { "A Data Studio asset needs its Data Studio id (gdsid)" }
        return inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/$gdsid")
            .attribute("dataStudioAssetType", KatalogJson.encodeToElement(GoogleDatastudioAssetType.serializer(), assetType))
    }

    fun <B : EntitySetters<B>> inConnection(b: B, name: String, connectionQualifiedName: String, qualifiedName: String): B {
        require(name.isNotBlank()) { "A name cannot be blank" }
        val connection = AssetCreators.connectionOf(connectionQualifiedName, "connectionQualifiedName")
        require(connection.qualifiedName == connectionQualifiedName) {
            "connectionQualifiedName \"$connectionQualifiedName\" is not a connection's qualifiedName (default/<connector>/<epoch>)"
        }
        return b.attribute("qualifiedName", str(qualifiedName)).attribute("name", str(name))
            .attribute("connectionQualifiedName", str(connectionQualifiedName)).attribute("connectorName", str(connection.connector))
    }

    fun <B : EntitySetters<B>> under(b: B, name: String, parentQualifiedName: String, what: String, qualifiedName: String): B {
        require(name.isNotBlank()) { "A name cannot be blank" }
        val connection = AssetCreators.connectionOf(parentQualifiedName, what)
        require(parentQualifiedName.length > connection.qualifiedName.length + 1) {
            "$what \"$parentQualifiedName\" is a connection's qualifiedName, not its asset's (default/<connector>/<epoch>/…)"
        }
        return b.attribute("qualifiedName", str(qualifiedName)).attribute("name", str(name))
            .attribute("connectionQualifiedName", str(connection.qualifiedName)).attribute("connectorName", str(connection.connector))
    }

    /**
     * An asset [qualifiedName] (`<parent>/<name>` unless given) of the [parentType] [parentQualifiedName], which it names
     * in `<parentAttribute>QualifiedName` and references in [parentAttribute].
     */
    fun <B : EntitySetters<B>> child(
        b: B, name: String, parentQualifiedName: String, parentAttribute: String, parentType: String, qualifiedName: String = "$parentQualifiedName/$name",
    ): B =
        under(b, name, parentQualifiedName, "${parentAttribute}QualifiedName", qualifiedName)
            .attribute("${parentAttribute}QualifiedName", str(parentQualifiedName))
            .attribute(parentAttribute, ref(parentType, parentQualifiedName))

    fun requireConnector(connectionQualifiedName: String, connector: String) {
        val actual = AssetCreators.connectionOf(connectionQualifiedName, "connectionQualifiedName").connector
        require(actual == connector) { "connectionQualifiedName \"$connectionQualifiedName\" is a $actual connection; this asset lives in a $connector connection" }
    }

    fun str(value: String) = JsonPrimitive(value)

    fun ref(typeName: String, qualifiedName: String): JsonElement = JsonObject(
        mapOf("typeName" to JsonPrimitive(typeName), "uniqueAttributes" to JsonObject(mapOf("qualifiedName" to JsonPrimitive(qualifiedName)))),
    )
}
