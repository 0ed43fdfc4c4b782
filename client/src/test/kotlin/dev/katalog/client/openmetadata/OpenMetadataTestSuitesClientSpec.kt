package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.quality.TestCaseRequest
import dev.katalog.client.openmetadata.quality.TestCaseUpdate
import dev.katalog.client.openmetadata.quality.TestSuiteKind
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.tests.type.TestCaseResult
import dev.katalog.model.openmetadata.tests.type.TestCaseStatus
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldNotContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.time.Instant
import java.util.UUID

/**
 * `om.dataQuality` keeping test cases up and grouping them, against the local catalog over HTTP, every request validated
 * against OpenMetadata 1.4's schemas on the way out: updates as JSON Patches of what changes, soft and hard deletes,
 * deleting a result, logical suites, and the bad input refused before anything is sent.
 */
class OpenMetadataTestSuitesClientSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    lateinit var orders: Table
    lateinit var customers: Table

    beforeSpec {
        val schema = om.createServiceSchema("dqs_$suffix")
        orders = om.entities.createOrUpdate(CreateTable(name = "orders", databaseSchema = schema, columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT))))
        customers = om.entities.createOrUpdate(CreateTable(name = "customers", databaseSchema = schema, columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT))))
    }

    test("update: the description, parameters and row counting change through one patch of what differs") {
        val dq = om.dataQuality
        val rows = dq.createTestCase(orders, TestCaseRequest("rows", "tableRowCountToBeBetween", parameters = mapOf("minValue" to "1")))
        val before = OutgoingRequestValidator.validated.size
        val updated = dq.updateTestCase(rows, TestCaseUpdate(description = "Orders arrive daily", parameters = mapOf("minValue" to "10", "maxValue" to "99"), computePassedFailedRowCount = true))
        updated.description shouldBe "Orders arrive daily"
        updated.parameterValues!!.associate { it.name to it.value } shouldBe mapOf("minValue" to "10", "maxValue" to "99")
        updated.computePassedFailedRowCount shouldBe true
        updated.version shouldBe 0.2
        OutgoingRequestValidator.validated.drop(before).single() shouldContain "PATCH /api/v1/dataQuality/testCases/${rows.id}"
        // Nothing differs: no patch.
        val again = OutgoingRequestValidator.validated.size
        dq.updateTestCase(updated, TestCaseUpdate(description = "Orders arrive daily")).version shouldBe 0.2
        OutgoingRequestValidator.validated.size shouldBe again
        shouldThrow<UsageException> { dq.updateTestCase(rows, TestCaseUpdate(parameters = mapOf("min" to "1"))) }.problem shouldContain "has no parameter min"
        shouldThrow<UsageException> { dq.updateTestCase(rows, TestCaseUpdate()) }.problem shouldContain "changes nothing"
        OutgoingRequestValidator.validated.size shouldBe again
    }

    test("delete: soft keeps the test case out of lists, hard removes it; by the test case and by FQN") {
        val dq = om.dataQuality
        val soft = dq.createTestCase(orders, TestCaseRequest("soft", "tableRowCountToBeBetween"))
        val hard = dq.createTestCase(orders, TestCaseRequest("hard", "tableRowCountToBeBetween"))
        dq.deleteTestCase(soft).deleted shouldBe true
        shouldThrow<OpenMetadataException.NotFound> { dq.getTestCase(soft.fullyQualifiedName!!) }
        dq.listTestCases(orders).map { it.name } shouldNotContain "soft"
        dq.deleteTestCase(hard.fullyQualifiedName!!, hardDelete = true).id shouldBe hard.id
        shouldThrow<OpenMetadataException.NotFound> { dq.deleteTestCase(hard.fullyQualifiedName!!) }
    }

    test("a result is deleted at its timestamp and the latest falls back to the one before") {
        val dq = om.dataQuality
        val case = dq.createTestCase(orders, TestCaseRequest("results", "tableRowCountToBeBetween"))
        dq.addResult(case, TestCaseResult(timestamp = 1_000, testCaseStatus = TestCaseStatus.Success))
        dq.addResult(case, TestCaseResult(timestamp = 2_000, testCaseStatus = TestCaseStatus.Aborted))
        dq.deleteResult(case, Instant.ofEpochMilli(2_000))
        dq.results(case, Instant.EPOCH, Instant.ofEpochMilli(5_000)).map { it.timestamp } shouldContainExactly listOf(1_000L)
        dq.getTestCase(case.fullyQualifiedName!!).testCaseResult!!.testCaseStatus shouldBe TestCaseStatus.Success
        shouldThrow<OpenMetadataException.NotFound> { dq.deleteResult(case, Instant.ofEpochMilli(2_000)) }
    }

    test("logical suites group test cases of several tables; each keeps its executable suite") {
        val dq = om.dataQuality
        val a = dq.createTestCase(orders, TestCaseRequest("in_group", "tableRowCountToBeBetween"))
        val b = dq.createTestCase(customers, TestCaseRequest("in_group", "tableRowCountToBeBetween"))
        val suite = dq.createLogicalSuite("critical_$suffix", "Checks that page someone")
        suite.executable shouldBe false
        dq.addToLogicalSuite(suite, listOf(a, b)).tests!!.map { it.fullyQualifiedName } shouldContainExactly listOf(b.fullyQualifiedName, a.fullyQualifiedName)
        dq.listTestCases(suite).map { it.fullyQualifiedName } shouldContainExactly listOf(b.fullyQualifiedName, a.fullyQualifiedName)
        dq.getTestCase(a.fullyQualifiedName!!).testSuite.fullyQualifiedName shouldBe "${orders.fullyQualifiedName}.testSuite"
        dq.getTestSuite("critical_$suffix").tests!!.size shouldBe 2
        dq.listTestSuites(TestSuiteKind.LOGICAL).map { it.name } shouldContain "critical_$suffix"
        dq.listTestSuites(TestSuiteKind.EXECUTABLE).map { it.name } shouldNotContain "critical_$suffix"
        dq.removeFromLogicalSuite(suite, b)
        dq.listTestCases(suite).map { it.id } shouldContainExactly listOf(a.id)
        dq.deleteLogicalSuite(suite, hardDelete = true)
        shouldThrow<OpenMetadataException.NotFound> { dq.getTestSuite("critical_$suffix") }
        dq.getTestCase(a.fullyQualifiedName!!).id shouldBe a.id
    }

    test("an executable suite is refused where a logical one is required, and the reverse, before sending") {
        val dq = om.dataQuality
        val executable = dq.executableSuite(customers)
        val case = dq.listTestCases(customers).first()
        val logical = dq.createLogicalSuite("other_$suffix")
        val before = OutgoingRequestValidator.validated.size
        shouldThrow<UsageException> { dq.addToLogicalSuite(executable, listOf(case)) }.problem shouldContain "is an executable test suite"
        shouldThrow<UsageException> { dq.removeFromLogicalSuite(executable, case) }.problem shouldContain "is an executable test suite"
        shouldThrow<UsageException> { dq.deleteLogicalSuite(executable) }.problem shouldContain "is an executable test suite"
        shouldThrow<UsageException> { dq.deleteExecutableSuite(logical) }.problem shouldContain "is a logical test suite"
        shouldThrow<UsageException> { dq.addToLogicalSuite(logical, emptyList()) }.problem shouldContain "No test cases"
        shouldThrow<UsageException> { dq.createLogicalSuite("a::b") }.problem shouldContain "'::'"
        OutgoingRequestValidator.validated.size shouldBe before
        // The server's own rule: an executable suite holding test cases needs recursive.
        shouldThrow<OpenMetadataException> { dq.deleteExecutableSuite(executable) }.message!! shouldContain "testSuite is not empty"
        dq.deleteExecutableSuite(executable, recursive = true, hardDelete = true).id shouldBe executable.id
        dq.listTestCases(customers) shouldBe emptyList()
    }
})
