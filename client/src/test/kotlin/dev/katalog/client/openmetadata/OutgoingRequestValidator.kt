package dev.katalog.client.openmetadata

import dev.katalog.local.openmetadata.OpenMetadataSchemas
import dev.katalog.model.openmetadata.kinds.EntityKinds
import io.ktor.client.request.HttpRequestData
import io.ktor.http.HttpMethod
import io.ktor.http.content.OutgoingContent
import io.ktor.http.content.TextContent
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.util.concurrent.CopyOnWriteArrayList

/**
 * Checks every body the SDK sends against OpenMetadata 1.4's JSON Schemas (create requests, lineage, table data, usage, restore) or
 * RFC 6902 (patches), and throws an [AssertionError] at the first invalid one, so the test that sent it fails.
 */
object OutgoingRequestValidator {
    /** Every validated request, as `METHOD path → schema`, so tests can show that validation ran. */
    val validated: MutableList<String> = CopyOnWriteArrayList()

    private val byPath: Map<String, String> = EntityKinds.all.associate { "/api/v1${it.path}" to it.createSchema } +
        ("/api/v1/lineage" to "api/lineage/addLineage.json")

    // Table data and usage, by path pattern: TableResource's and UsageResource's request bodies.
    private val byPattern: List<Pair<Regex, String>> = listOf(
        Regex("/api/v1/tables/[^/]+/sampleData") to "entity/data/table.json#/definitions/tableData",
        Regex("/api/v1/tables/[^/]+/tableProfilerConfig") to "entity/data/table.json#/definitions/tableProfilerConfig",
        Regex("/api/v1/tables/[^/]+/tableProfile") to "api/data/createTableProfile.json",
        Regex("/api/v1/usage/[^/]+/[^/]+") to "type/dailyCount.json",
        // Data quality: resources/dqtests' TestSuiteResource and TestCaseResource request bodies.
        Regex("/api/v1/dataQuality/testSuites(/executable)?") to "api/tests/createTestSuite.json",
        Regex("/api/v1/dataQuality/testCases") to "api/tests/createTestCase.json",
        Regex("/api/v1/dataQuality/testCases/logicalTestCases") to "api/tests/createLogicalTestCases.json",
        Regex("/api/v1/dataQuality/testCases/testCaseIncidentStatus") to "api/tests/createTestCaseResolutionStatus.json",
        Regex("/api/v1/dataQuality/testCases/[^/]+/testCaseResult") to "tests/basic.json#/definitions/testCaseResult",
        // DataProductResource's bulk asset calls.
        Regex("/api/v1/dataProducts/[^/]+/assets/(add|remove)") to "api/bulkAssets.json",
        // TypeResource.addOrUpdateProperty's body: a custom property added to an entity type.
        Regex("/api/v1/metadata/types/[^/]+") to "type/customProperty.json",
        // EntityResource.restoreEntity's body, under every kind's path.
        Regex("/api/v1/.+/restore") to "api/data/restoreEntity.json",
    )

    private fun schemaOf(path: String): String? = byPath[path] ?: byPattern.firstOrNull { (pattern, _) -> pattern.matches(path) }?.second

    fun check(request: HttpRequestData) {
        val body = (request.body as? TextContent)?.text ?: run {
            if (request.body !is OutgoingContent.NoContent) throw AssertionError("${request.method.value} ${request.url.encodedPath} sent a body that is not text: ${request.body}")
            return
        }
        val path = request.url.encodedPath
        when (request.method) {
            HttpMethod.Post, HttpMethod.Put -> {
                val schema = schemaOf(path) ?: throw AssertionError("No schema known for ${request.method.value} $path: add it to the validator")
                val problems = OpenMetadataSchemas.validate(schema, body)
                if (problems.isNotEmpty()) throw AssertionError("${request.method.value} $path sent a body invalid against $schema: $problems\n$body")
                validated += "${request.method.value} $path → $schema"
            }
            HttpMethod.Patch -> {
                checkJsonPatch(path, body)
                validated += "PATCH $path → RFC 6902"
            }
            else -> throw AssertionError("${request.method.value} $path sent a body: $body")
        }
    }

    private fun checkJsonPatch(path: String, body: String) {
        val operations = Json.parseToJsonElement(body) as? JsonArray ?: throw AssertionError("PATCH $path body is not a JSON array: $body")
        for (operation in operations) {
            val o = operation as? JsonObject ?: throw AssertionError("PATCH $path operation is not an object: $operation")
            val op = (o["op"] as? JsonPrimitive)?.content
            val pointer = (o["path"] as? JsonPrimitive)?.content
            if (op !in setOf("add", "remove", "replace", "move", "copy", "test")) throw AssertionError("PATCH $path has an unknown op: $o")
            if (pointer == null || (pointer.isNotEmpty() && !pointer.startsWith("/"))) throw AssertionError("PATCH $path has a bad path: $o")
            if (op in setOf("add", "replace", "test") && "value" !in o) throw AssertionError("PATCH $path $op without value: $o")
            if (op in setOf("move", "copy") && "from" !in o) throw AssertionError("PATCH $path $op without from: $o")
        }
    }
}
