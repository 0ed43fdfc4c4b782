package dev.katalog.client.openmetadata.quality

import dev.katalog.client.core.UsageException
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls.Companion.pathSegment
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.entities.JsonPatch
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.api.tests.CreateLogicalTestCases
import dev.katalog.model.openmetadata.api.tests.CreateTestCase
import dev.katalog.model.openmetadata.api.tests.CreateTestSuite
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.tests.TestCase
import dev.katalog.model.openmetadata.tests.TestCaseParameterValue
import dev.katalog.model.openmetadata.tests.TestDefinition
import dev.katalog.model.openmetadata.tests.TestSuite
import dev.katalog.model.openmetadata.tests.type.TestCaseResult
import dev.katalog.model.openmetadata.type.TestDefinitionEntityType
import io.ktor.http.ContentType
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.time.Instant

/**
 * Data quality on OpenMetadata 1.4 (`om.dataQuality`), as openmetadata-service `resources/dqtests/` serves it: test
 * definitions, a table's executable test suite, test cases on a table or a column, and their results. Test cases are
 * built from the [Table] as the server returned it, the entity link from its FQN and column ([EntityLinks]), and
 * checked against the table and the test definition before sending, which 1.4 does not do (see [DataQualityChecks]).
 * Test cases are also updated (a JSON Patch of what changes, from the test case as the server holds it), deleted, and
 * grouped in logical test suites; failed results open incidents, handled through [incidents]. Java uses
 * [DataQualityApiFutures].
 *
 * ```
 * val orders = om.entities.getByName<Table>("warehouse.sales.public.orders")
 * val rows = om.dataQuality.createTestCase(orders, TestCaseRequest("orders_rows", "tableRowCountToBeBetween", parameters = mapOf("minValue" to "1")))
 * om.dataQuality.addResult(rows, TestCaseResult(timestamp = System.currentTimeMillis(), testCaseStatus = TestCaseStatus.Success))
 * ```
 */
public class DataQualityApi internal constructor(private val calls: OpenMetadataCalls) {
    private val reads = DataQualityReads(calls)

    /** The incidents failed results open, and their statuses (`/dataQuality/testCases/testCaseIncidentStatus`). */
    public val incidents: TestCaseIncidentsApi = TestCaseIncidentsApi(calls)

    /** The test definitions (`GET /dataQuality/testDefinitions`), only those for [entityType] when given. */
    public suspend fun testDefinitions(entityType: TestDefinitionEntityType? = null): List<TestDefinition> {
        UsageException.check(entityType != TestDefinitionEntityType.UNRECOGNIZED, { "UNRECOGNIZED is no test definition entity type" }, "Pass TABLE or COLUMN, or none for all")
        val query = listOfNotNull(entityType?.let { "entityType" to it.value }) + ("limit" to PAGE.toString())
        return reads.pages(TestDefinition.serializer(), "/dataQuality/testDefinitions", query)
    }

    /** The test definition [name] (`GET /dataQuality/testDefinitions/name/{name}`); [OpenMetadataException.NotFound] when there is none. */
    public suspend fun testDefinition(name: String): TestDefinition {
        UsageException.check(name.isNotBlank(), { "The test definition name is blank" }, "Name a test definition, e.g. tableRowCountToBeBetween")
        return reads.get(TestDefinition.serializer(), "/dataQuality/testDefinitions/name/${pathSegment(name)}")
    }

    /**
     * The executable test suite of [table], created when it has none (`POST /dataQuality/testSuites/executable`, named
     * `<table FQN>.TestSuite` as ometa's `get_or_create_executable_test_suite` names it). Its FQN is the table's
     * followed by `testSuite` (1.4 `TestSuiteRepository`), so a table has one.
     */
    public suspend fun executableSuite(table: Table): TestSuite {
        val tableFqn = DataQualityChecks.fqn(table)
        findSuite(tableFqn)?.let { return it }
        val request = CreateTestSuite(name = "$tableFqn.TestSuite", executableEntityReference = tableFqn)
        return try {
            calls.decode(TestSuite.serializer(), calls.call(HttpMethod.Post, "/dataQuality/testSuites/executable", body = KatalogJson.encode(CreateTestSuite.serializer(), request)))
        } catch (e: OpenMetadataException.Conflict) {
            // Created by someone else since it was looked for.
            findSuite(tableFqn) ?: throw e
        }
    }

    /**
     * Creates a test case on [table] or on its column (`POST /dataQuality/testCases`), in the table's executable suite
     * (created if need be). The request is checked first against the table's columns and against the test definition
     * (read from the server): its entity type, its parameter names and its required parameters.
     */
    public suspend fun createTestCase(table: Table, request: TestCaseRequest): TestCase {
        DataQualityChecks.names(request)
        val tableFqn = DataQualityChecks.fqn(table)
        val link = if (request.column == null) EntityLinks.table(tableFqn) else EntityLinks.column(tableFqn, request.column)
        val definition = testDefinition(request.testDefinition)
        DataQualityChecks.request(table, request, definition)
        val suite = executableSuite(table)
        val create = CreateTestCase(
            name = request.name,
            description = request.description,
            testDefinition = definition.fullyQualifiedName ?: definition.name,
            entityLink = link,
            testSuite = suite.fullyQualifiedName ?: throw calls.unreadable("the executable test suite of $tableFqn has no fullyQualifiedName"),
            parameterValues = request.parameters.map { (name, value) -> TestCaseParameterValue(name = name, value = value) }.ifEmpty { null },
        )
        val created = calls.decode(TestCase.serializer(), calls.call(HttpMethod.Post, "/dataQuality/testCases", body = KatalogJson.encode(CreateTestCase.serializer(), create)))
        return getTestCase(DataQualityChecks.fqn(created))
    }

    /** The test case [fqn] with its suite, definition and latest result (`GET /dataQuality/testCases/name/{fqn}`). */
    public suspend fun getTestCase(fqn: String): TestCase {
        UsageException.check(fqn.isNotBlank(), { "The test case FQN is blank" }, "Pass the test case's fullyQualifiedName, e.g. svc.db.s.orders.orders_rows")
        return reads.get(TestCase.serializer(), "/dataQuality/testCases/name/${pathSegment(fqn)}", listOf("fields" to FIELDS))
    }

    /**
     * The test cases of [table] (`GET /dataQuality/testCases?entityLink=…`): with no [column], the table's and its
     * columns' (`includeAllTests`); with one, that column's only. Each with its suite, definition and latest result.
     */
    public suspend fun listTestCases(table: Table, column: String? = null): List<TestCase> {
        val tableFqn = DataQualityChecks.fqn(table)
        if (column != null) {
            UsageException.check(table.columns.any { it.name == column }, { "$column is not a column of $tableFqn" }, "Name a top-level column of the table")
        }
        val link = if (column == null) EntityLinks.table(tableFqn) else EntityLinks.column(tableFqn, column)
        val query = listOf("entityLink" to link, "includeAllTests" to (column == null).toString(), "fields" to FIELDS, "limit" to PAGE.toString())
        return reads.pages(TestCase.serializer(), "/dataQuality/testCases", query)
    }

    /** The test cases of [suite], executable or logical (`GET /dataQuality/testCases?testSuiteId=…`), by FQN. */
    public suspend fun listTestCases(suite: TestSuite): List<TestCase> {
        val query = listOf("testSuiteId" to DataQualityChecks.id(suite), "fields" to FIELDS, "limit" to PAGE.toString())
        return reads.pages(TestCase.serializer(), "/dataQuality/testCases", query)
    }

    /**
     * Changes [testCase] as [update] says (`PATCH /dataQuality/testCases/{id}`): the test case is read first with the
     * fields the update touches, new parameters are checked against its test definition (names, required ones), and
     * only what differs is patched. An update that changes nothing sends no patch. Answers the test case as it now is.
     */
    public suspend fun updateTestCase(testCase: TestCase, update: TestCaseUpdate): TestCase {
        val fqn = DataQualityChecks.fqn(testCase)
        DataQualityChecks.update(testCase, update)
        val current = getTestCase(fqn)
        val parameters = update.parameters
        if (parameters != null) {
            val definition = testDefinition(current.testDefinition.fullyQualifiedName ?: current.testDefinition.name ?: throw calls.unreadable("the test case $fqn names no test definition"))
            DataQualityChecks.parameters(current.name, parameters, definition)
        }
        val original = KatalogJson.encodeToElement(TestCase.serializer(), current) as JsonObject
        val changed = buildMap {
            update.description?.let { put("description", JsonPrimitive(it)) }
            update.displayName?.let { put("displayName", JsonPrimitive(it)) }
            update.computePassedFailedRowCount?.let { put("computePassedFailedRowCount", JsonPrimitive(it)) }
            parameters?.let { values ->
                put("parameterValues", JsonArray(values.map { (name, value) -> buildJsonObject { put("name", name); put("value", value) } }))
            }
        }
        val patch = JsonPatch.diff(original, JsonObject(original + changed))
        if (patch.isEmpty) return current
        calls.call(HttpMethod.Patch, "/dataQuality/testCases/${pathSegment(DataQualityChecks.id(current))}", body = patch.toString(), contentType = JSON_PATCH)
        return getTestCase(fqn)
    }

    /**
     * Deletes [testCase] (`DELETE /dataQuality/testCases/{id}`): soft by default (it is kept, `deleted`, readable with
     * `include=deleted`), for good with [hardDelete], its incidents with it. Answers the test case as deleted.
     */
    public suspend fun deleteTestCase(testCase: TestCase, hardDelete: Boolean = false): TestCase =
        delete("/dataQuality/testCases/${pathSegment(DataQualityChecks.id(testCase))}", hardDelete)

    /** Deletes the test case [fqn] (`DELETE /dataQuality/testCases/name/{fqn}`), as [deleteTestCase] does. */
    public suspend fun deleteTestCase(fqn: String, hardDelete: Boolean = false): TestCase {
        UsageException.check(fqn.isNotBlank(), { "The test case FQN is blank" }, "Pass the test case's fullyQualifiedName, e.g. svc.db.s.orders.orders_rows")
        return delete("/dataQuality/testCases/name/${pathSegment(fqn)}", hardDelete)
    }

    /** Adds a result of [testCase] (`PUT /dataQuality/testCases/{fqn}/testCaseResult`); it needs its timestamp and status. */
    public suspend fun addResult(testCase: TestCase, result: TestCaseResult) {
        DataQualityChecks.result(testCase, result)
        val path = "/dataQuality/testCases/${pathSegment(DataQualityChecks.fqn(testCase))}/testCaseResult"
        calls.call(HttpMethod.Put, path, body = KatalogJson.encode(TestCaseResult.serializer(), result))
    }

    /** The results of [testCase] from [from] to [to] (both included), newest first (`GET …/testCaseResult?startTs&endTs`). */
    public suspend fun results(testCase: TestCase, from: Instant, to: Instant): List<TestCaseResult> {
        UsageException.check(!from.isAfter(to), { "The range starts at $from, after its end $to" }, "Pass the earlier instant first")
        val path = "/dataQuality/testCases/${pathSegment(DataQualityChecks.fqn(testCase))}/testCaseResult"
        val query = listOf("startTs" to from.toEpochMilli().toString(), "endTs" to to.toEpochMilli().toString())
        return reads.data(TestCaseResult.serializer(), path, calls.call(HttpMethod.Get, path, query))
    }

    /**
     * Deletes the result of [testCase] at [timestamp] (`DELETE …/testCaseResult/{timestamp}`); the test case's latest
     * result becomes the newest one left. [OpenMetadataException.NotFound] when it has no result at that instant.
     */
    public suspend fun deleteResult(testCase: TestCase, timestamp: Instant) {
        val path = "/dataQuality/testCases/${pathSegment(DataQualityChecks.fqn(testCase))}/testCaseResult/${timestamp.toEpochMilli()}"
        calls.call(HttpMethod.Delete, path)
    }

    /**
     * Creates the logical test suite [name] (`POST /dataQuality/testSuites`): a named group of existing test cases of
     * any tables, which runs none itself. Its FQN is its name (quoted when it holds a dot).
     */
    public suspend fun createLogicalSuite(name: String, description: String? = null): TestSuite {
        DataQualityChecks.suiteName(name)
        val request = CreateTestSuite(name = name, description = description)
        return calls.decode(TestSuite.serializer(), calls.call(HttpMethod.Post, "/dataQuality/testSuites", body = KatalogJson.encode(CreateTestSuite.serializer(), request)))
    }

    /** The test suite [fqn] with its test cases in `tests` (`GET /dataQuality/testSuites/name/{fqn}?fields=tests`). */
    public suspend fun getTestSuite(fqn: String): TestSuite {
        UsageException.check(fqn.isNotBlank(), { "The test suite FQN is blank" }, "Pass the suite's fullyQualifiedName: a logical suite's is its name, an executable one's <table FQN>.testSuite")
        return reads.get(TestSuite.serializer(), "/dataQuality/testSuites/name/${pathSegment(fqn)}", listOf("fields" to "tests"))
    }

    /** The test suites, only the executable or the logical ones when [kind] is given (`GET /dataQuality/testSuites?testSuiteType=`). */
    public suspend fun listTestSuites(kind: TestSuiteKind? = null): List<TestSuite> {
        val query = listOfNotNull(kind?.let { "testSuiteType" to it.wire }) + ("limit" to PAGE.toString())
        return reads.pages(TestSuite.serializer(), "/dataQuality/testSuites", query)
    }

    /**
     * Adds [testCases] to the logical [suite] (`PUT /dataQuality/testCases/logicalTestCases`); each keeps its executable
     * suite. An executable suite is refused before sending: a test case belongs to exactly one, the one of its table.
     */
    public suspend fun addToLogicalSuite(suite: TestSuite, testCases: List<TestCase>): TestSuite {
        DataQualityChecks.logical(suite, "add test cases to")
        UsageException.check(testCases.isNotEmpty(), { "No test cases to add to ${suite.name}" }, "Pass the test cases to add, as the server returned them")
        val request = CreateLogicalTestCases(testSuiteId = DataQualityChecks.id(suite), testCaseIds = testCases.map { DataQualityChecks.id(it) }.distinct())
        return calls.decode(TestSuite.serializer(), calls.call(HttpMethod.Put, "/dataQuality/testCases/logicalTestCases", body = KatalogJson.encode(CreateLogicalTestCases.serializer(), request)))
    }

    /** Takes [testCase] out of the logical [suite] (`DELETE /dataQuality/testCases/logicalTestCases/{suiteId}/{id}`); the test case stays. */
    public suspend fun removeFromLogicalSuite(suite: TestSuite, testCase: TestCase) {
        DataQualityChecks.logical(suite, "remove test cases from")
        calls.call(HttpMethod.Delete, "/dataQuality/testCases/logicalTestCases/${pathSegment(DataQualityChecks.id(suite))}/${pathSegment(DataQualityChecks.id(testCase))}")
    }

    /** Deletes the logical [suite] (`DELETE /dataQuality/testSuites/{id}`), soft unless [hardDelete]; its test cases stay. */
    public suspend fun deleteLogicalSuite(suite: TestSuite, hardDelete: Boolean = false): TestSuite {
        DataQualityChecks.logical(suite, "delete with deleteLogicalSuite")
        val query = listOf("hardDelete" to hardDelete.toString())
        return calls.decode(TestSuite.serializer(), calls.call(HttpMethod.Delete, "/dataQuality/testSuites/${pathSegment(DataQualityChecks.id(suite))}", query))
    }

    /**
     * Deletes the executable [suite] of a table (`DELETE /dataQuality/testSuites/executable/{id}`), soft unless
     * [hardDelete]; one that holds test cases needs [recursive], which deletes them the same way (the server refuses
     * otherwise: "testSuite is not empty").
     */
    public suspend fun deleteExecutableSuite(suite: TestSuite, recursive: Boolean = false, hardDelete: Boolean = false): TestSuite {
        UsageException.check(suite.executable == true, { "${suite.name} is a logical test suite" }, "Delete it with deleteLogicalSuite")
        val query = listOf("recursive" to recursive.toString(), "hardDelete" to hardDelete.toString())
        return calls.decode(TestSuite.serializer(), calls.call(HttpMethod.Delete, "/dataQuality/testSuites/executable/${pathSegment(DataQualityChecks.id(suite))}", query))
    }

    override fun toString(): String = "DataQualityApi"

    private suspend fun delete(path: String, hardDelete: Boolean): TestCase =
        calls.decode(TestCase.serializer(), calls.call(HttpMethod.Delete, path, listOf("recursive" to "false", "hardDelete" to hardDelete.toString())))

    private suspend fun findSuite(tableFqn: String): TestSuite? = try {
        reads.get(TestSuite.serializer(), "/dataQuality/testSuites/name/${pathSegment("$tableFqn.testSuite")}")
    } catch (e: OpenMetadataException.NotFound) {
        null
    }

    private companion object {
        // TestCaseRepository: the relations a test case carries only when asked for.
        const val FIELDS = "testSuite,testDefinition,testCaseResult"
        const val PAGE = DataQualityReads.PAGE
        val JSON_PATCH = ContentType("application", "json-patch+json")
    }
}
