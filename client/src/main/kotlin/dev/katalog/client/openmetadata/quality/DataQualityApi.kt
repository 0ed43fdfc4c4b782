package dev.katalog.client.openmetadata.quality

import dev.katalog.client.core.UsageException
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls.Companion.pathSegment
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.api.tests.CreateTestCase
import dev.katalog.model.openmetadata.api.tests.CreateTestSuite
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.tests.TestCase
import dev.katalog.model.openmetadata.tests.TestCaseParameterValue
import dev.katalog.model.openmetadata.tests.TestDefinition
import dev.katalog.model.openmetadata.tests.TestSuite
import dev.katalog.model.openmetadata.tests.type.TestCaseResult
import dev.katalog.model.openmetadata.type.TestDefinitionEntityType
import io.ktor.http.HttpMethod
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.time.Instant

/**
 * Data quality on OpenMetadata 1.4 (`om.dataQuality`), as openmetadata-service `resources/dqtests/` serves it: test
 * definitions, a table's executable test suite, test cases on a table or a column, and their results. Test cases are
 * built from the [Table] as the server returned it, the entity link from its FQN and column ([EntityLinks]), and
 * checked against the table and the test definition before sending, which 1.4 does not do (see [DataQualityChecks]).
 * Java uses [DataQualityApiFutures].
 *
 * ```
 * val orders = om.entities.getByName<Table>("warehouse.sales.public.orders")
 * val rows = om.dataQuality.createTestCase(orders, TestCaseRequest("orders_rows", "tableRowCountToBeBetween", parameters = mapOf("minValue" to "1")))
 * om.dataQuality.addResult(rows, TestCaseResult(timestamp = System.currentTimeMillis(), testCaseStatus = TestCaseStatus.Success))
 * ```
 */
public class DataQualityApi internal constructor(private val calls: OpenMetadataCalls) {

    /** The test definitions (`GET /dataQuality/testDefinitions`), only those for [entityType] when given. */
    public suspend fun testDefinitions(entityType: TestDefinitionEntityType? = null): List<TestDefinition> {
        UsageException.check(entityType != TestDefinitionEntityType.UNRECOGNIZED, { "UNRECOGNIZED is no test definition entity type" }, "Pass TABLE or COLUMN, or none for all")
        val query = listOfNotNull(entityType?.let { "entityType" to it.value }) + ("limit" to PAGE.toString())
        return pages(TestDefinition.serializer(), "/dataQuality/testDefinitions", query)
    }

    /** The test definition [name] (`GET /dataQuality/testDefinitions/name/{name}`); [OpenMetadataException.NotFound] when there is none. */
    public suspend fun testDefinition(name: String): TestDefinition {
        UsageException.check(name.isNotBlank(), { "The test definition name is blank" }, "Name a test definition, e.g. tableRowCountToBeBetween")
        return get(TestDefinition.serializer(), "/dataQuality/testDefinitions/name/${pathSegment(name)}")
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
        return get(TestCase.serializer(), "/dataQuality/testCases/name/${pathSegment(fqn)}", listOf("fields" to FIELDS))
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
        return pages(TestCase.serializer(), "/dataQuality/testCases", query)
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
        return data(TestCaseResult.serializer(), path, calls.call(HttpMethod.Get, path, query))
    }

    override fun toString(): String = "DataQualityApi"

    private suspend fun findSuite(tableFqn: String): TestSuite? = try {
        get(TestSuite.serializer(), "/dataQuality/testSuites/name/${pathSegment("$tableFqn.testSuite")}")
    } catch (e: OpenMetadataException.NotFound) {
        null
    }

    private suspend fun <T> get(serializer: KSerializer<T>, path: String, query: List<Pair<String, String>> = emptyList()): T =
        calls.decode(serializer, calls.call(HttpMethod.Get, path, query))

    // 1.4 lists page with an `after` cursor until the answer has none.
    private suspend fun <T> pages(serializer: KSerializer<T>, path: String, query: List<Pair<String, String>>): List<T> {
        val all = mutableListOf<T>()
        var after: String? = null
        do {
            val body = calls.call(HttpMethod.Get, path, query + listOfNotNull(after?.let { "after" to it }))
            all += data(serializer, path, body)
            val paging = calls.decode(JsonObject.serializer(), body)["paging"] as? JsonObject
            val next = (paging?.get("after") as? JsonPrimitive)?.takeIf { it.isString }?.content
            if (next != null && next == after) throw calls.unreadable("the answer of GET $path repeats its cursor")
            after = next
        } while (after != null)
        return all
    }

    private fun <T> data(serializer: KSerializer<T>, path: String, body: String): List<T> {
        val data = calls.decode(JsonObject.serializer(), body)["data"] as? JsonArray ?: throw calls.unreadable("the answer of GET $path has no data list")
        return data.map { calls.decode(serializer, it) }
    }

    private companion object {
        // TestCaseRepository: the relations a test case carries only when asked for.
        const val FIELDS = "testSuite,testDefinition,testCaseResult"
        const val PAGE = 100
    }
}
