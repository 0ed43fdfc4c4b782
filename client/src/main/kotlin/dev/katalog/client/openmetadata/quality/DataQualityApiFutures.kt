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

    /** Adds a result of [testCase]. */
    public fun addResult(testCase: TestCase, result: TestCaseResult): CompletableFuture<Void?> = bridge.run { api.addResult(testCase, result) }

    /** The results of [testCase] from [from] to [to], newest first. */
    public fun results(testCase: TestCase, from: Instant, to: Instant): CompletableFuture<List<TestCaseResult>> = bridge.future { api.results(testCase, from, to) }
}
