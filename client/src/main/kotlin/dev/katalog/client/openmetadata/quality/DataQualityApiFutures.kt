package dev.katalog.client.openmetadata.quality

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.tests.TestCase
import dev.katalog.model.openmetadata.tests.TestDefinition
import dev.katalog.model.openmetadata.tests.TestSuite
import dev.katalog.model.openmetadata.tests.type.TestCaseResult
import dev.katalog.model.openmetadata.type.TestDefinitionEntityType
import java.time.Instant
import java.util.concurrent.CompletableFuture

/**
 * [DataQualityApi] for Java: each call returns a [CompletableFuture] that fails with an [OpenMetadataException], or
 * a `UsageException` for a request the table or the test definition rules out.
 */
public class DataQualityApiFutures internal constructor(private val api: DataQualityApi, private val bridge: JavaBridge) {
    private val incidents = TestCaseIncidentsApiFutures(api.incidents, bridge)

    /** The incidents failed results open, and their statuses. */
    public fun incidents(): TestCaseIncidentsApiFutures = incidents

    /** All test definitions. */
    public fun testDefinitions(): CompletableFuture<List<TestDefinition>> = bridge.future { api.testDefinitions() }

    /** The test definitions for [entityType] (TABLE or COLUMN). */
    public fun testDefinitions(entityType: TestDefinitionEntityType): CompletableFuture<List<TestDefinition>> = bridge.future { api.testDefinitions(entityType) }

    /** The test definition [name]. */
    public fun testDefinition(name: String): CompletableFuture<TestDefinition> = bridge.future { api.testDefinition(name) }

    /** The executable test suite of [table], created when it has none. */
    public fun executableSuite(table: Table): CompletableFuture<TestSuite> = bridge.future { api.executableSuite(table) }

    /** Creates a test case on [table] or on one of its columns, in the table's executable suite. */
    public fun createTestCase(table: Table, request: TestCaseRequest): CompletableFuture<TestCase> = bridge.future { api.createTestCase(table, request) }

    /** The test case [fqn] with its suite, definition and latest result. */
    public fun getTestCase(fqn: String): CompletableFuture<TestCase> = bridge.future { api.getTestCase(fqn) }

    /** The test cases of [table] and of its columns. */
    public fun listTestCases(table: Table): CompletableFuture<List<TestCase>> = bridge.future { api.listTestCases(table) }

    /** The test cases of [table]'s column [column]. */
    public fun listTestCases(table: Table, column: String): CompletableFuture<List<TestCase>> = bridge.future { api.listTestCases(table, column) }

    /** The test cases of [suite], executable or logical. */
    public fun listTestCases(suite: TestSuite): CompletableFuture<List<TestCase>> = bridge.future { api.listTestCases(suite) }

    /** Changes [testCase] as [update] says, patching only what differs. */
    public fun updateTestCase(testCase: TestCase, update: TestCaseUpdate): CompletableFuture<TestCase> = bridge.future { api.updateTestCase(testCase, update) }

    /** Soft-deletes [testCase]. */
    public fun deleteTestCase(testCase: TestCase): CompletableFuture<TestCase> = bridge.future { api.deleteTestCase(testCase) }

    /** Deletes [testCase], for good when [hardDelete]. */
    public fun deleteTestCase(testCase: TestCase, hardDelete: Boolean): CompletableFuture<TestCase> = bridge.future { api.deleteTestCase(testCase, hardDelete) }

    /** Soft-deletes the test case [fqn]. */
    public fun deleteTestCase(fqn: String): CompletableFuture<TestCase> = bridge.future { api.deleteTestCase(fqn) }

    /** Deletes the test case [fqn], for good when [hardDelete]. */
    public fun deleteTestCase(fqn: String, hardDelete: Boolean): CompletableFuture<TestCase> = bridge.future { api.deleteTestCase(fqn, hardDelete) }

    /** Deletes the result of [testCase] at [timestamp]. */
    public fun deleteResult(testCase: TestCase, timestamp: Instant): CompletableFuture<Void?> = bridge.run { api.deleteResult(testCase, timestamp) }

    /** Creates the logical test suite [name]. */
    public fun createLogicalSuite(name: String): CompletableFuture<TestSuite> = bridge.future { api.createLogicalSuite(name) }

    /** Creates the logical test suite [name] with [description]. */
    public fun createLogicalSuite(name: String, description: String): CompletableFuture<TestSuite> = bridge.future { api.createLogicalSuite(name, description) }

    /** The test suite [fqn] with its test cases. */
    public fun getTestSuite(fqn: String): CompletableFuture<TestSuite> = bridge.future { api.getTestSuite(fqn) }

    /** All test suites. */
    public fun listTestSuites(): CompletableFuture<List<TestSuite>> = bridge.future { api.listTestSuites() }

    /** The test suites of [kind]. */
    public fun listTestSuites(kind: TestSuiteKind): CompletableFuture<List<TestSuite>> = bridge.future { api.listTestSuites(kind) }

    /** Adds [testCases] to the logical [suite]. */
    public fun addToLogicalSuite(suite: TestSuite, testCases: List<TestCase>): CompletableFuture<TestSuite> = bridge.future { api.addToLogicalSuite(suite, testCases) }

    /** Takes [testCase] out of the logical [suite]. */
    public fun removeFromLogicalSuite(suite: TestSuite, testCase: TestCase): CompletableFuture<Void?> = bridge.run { api.removeFromLogicalSuite(suite, testCase) }

    /** Soft-deletes the logical [suite]. */
    public fun deleteLogicalSuite(suite: TestSuite): CompletableFuture<TestSuite> = bridge.future { api.deleteLogicalSuite(suite) }

    /** Deletes the logical [suite], for good when [hardDelete]. */
    public fun deleteLogicalSuite(suite: TestSuite, hardDelete: Boolean): CompletableFuture<TestSuite> = bridge.future { api.deleteLogicalSuite(suite, hardDelete) }

    /** Soft-deletes the executable [suite], which must hold no test cases. */
    public fun deleteExecutableSuite(suite: TestSuite): CompletableFuture<TestSuite> = bridge.future { api.deleteExecutableSuite(suite) }

    /** Deletes the executable [suite], its test cases too when [recursive], for good when [hardDelete]. */
    public fun deleteExecutableSuite(suite: TestSuite, recursive: Boolean, hardDelete: Boolean): CompletableFuture<TestSuite> =
        bridge.future { api.deleteExecutableSuite(suite, recursive, hardDelete) }

    /** Adds a result of [testCase]. */
    public fun addResult(testCase: TestCase, result: TestCaseResult): CompletableFuture<Void?> = bridge.run { api.addResult(testCase, result) }

    /** The results of [testCase] from [from] to [to], newest first. */
    public fun results(testCase: TestCase, from: Instant, to: Instant): CompletableFuture<List<TestCaseResult>> = bridge.future { api.results(testCase, from, to) }
}
