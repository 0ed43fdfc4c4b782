package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.quality.EntityLinks
import dev.katalog.client.openmetadata.quality.TestCaseRequest
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.tests.type.TestCaseResult
import dev.katalog.model.openmetadata.tests.type.TestCaseStatus
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.TestDefinitionEntityType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.time.Instant
import java.util.UUID

/**
 * `om.dataQuality` against the local catalog over HTTP, every request validated against OpenMetadata 1.4's schemas
 * on the way out: test definitions, the executable suite, test cases on a table and a column, results, and the bad
 * input refused before anything is sent.
 */
class OpenMetadataDataQualityClientSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    lateinit var orders: Table

    beforeSpec {
        val svc = "dq_$suffix"
        om.createServiceSchema(svc)
        orders = om.entities.createOrUpdate(
            CreateTable(
                name = "orders", databaseSchema = "$svc.db.s",
                columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT), Column(name = "amount", dataType = ColumnDataType.DOUBLE)),
            ),
        )
    }

    test("entity links are built from the table FQN and the column, quoted when the column name has a dot") {
        EntityLinks.table("svc.db.s.orders") shouldBe "<#E::table::svc.db.s.orders>"
        EntityLinks.column("svc.db.s.orders", "id") shouldBe "<#E::table::svc.db.s.orders::columns::id>"
        EntityLinks.column("svc.db.s.orders", "a.b") shouldBe "<#E::table::svc.db.s.orders::columns::\"a.b\">"
        shouldThrow<UsageException> { EntityLinks.table("svc.db.s.or<ders") }.problem shouldContain "characters OpenMetadata 1.4 refuses"
        shouldThrow<UsageException> { EntityLinks.table(" ") }.problem shouldContain "blank"
    }

    test("test definitions: all, by entity type, by name") {
        om.dataQuality.testDefinitions().map { it.name } shouldContain "tableRowCountToBeBetween"
        om.dataQuality.testDefinitions(TestDefinitionEntityType.COLUMN).map { it.entityType }.toSet() shouldBe setOf(TestDefinitionEntityType.COLUMN)
        om.dataQuality.testDefinition("columnValuesToBeNotNull").entityType shouldBe TestDefinitionEntityType.COLUMN
        shouldThrow<OpenMetadataException.NotFound> { om.dataQuality.testDefinition("noSuchTest") }
    }

    test("a table test and a column test, created in the table's executable suite, listed and read back") {
        val suite = om.dataQuality.executableSuite(orders)
        suite.fullyQualifiedName shouldBe "${orders.fullyQualifiedName}.testSuite"
        om.dataQuality.executableSuite(orders).id shouldBe suite.id
        val rows = om.dataQuality.createTestCase(orders, TestCaseRequest("orders_rows", "tableRowCountToBeBetween", parameters = mapOf("minValue" to "1", "maxValue" to "10")))
        rows.fullyQualifiedName shouldBe "${orders.fullyQualifiedName}.orders_rows"
        rows.testSuite.id shouldBe suite.id
        rows.testDefinition.name shouldBe "tableRowCountToBeBetween"
        rows.parameterValues!!.associate { it.name to it.value } shouldBe mapOf("minValue" to "1", "maxValue" to "10")
        val notNull = om.dataQuality.createTestCase(orders, TestCaseRequest("id_not_null", "columnValuesToBeNotNull", column = "id"))
        notNull.fullyQualifiedName shouldBe "${orders.fullyQualifiedName}.id.id_not_null"
        notNull.entityLink shouldBe "<#E::table::${orders.fullyQualifiedName}::columns::id>"
        om.dataQuality.listTestCases(orders).map { it.name } shouldContainExactly listOf("id_not_null", "orders_rows")
        om.dataQuality.listTestCases(orders, "id").map { it.name } shouldContainExactly listOf("id_not_null")
        om.dataQuality.getTestCase(rows.fullyQualifiedName!!).id shouldBe rows.id
        shouldThrow<OpenMetadataException.Conflict> { om.dataQuality.createTestCase(orders, TestCaseRequest("orders_rows", "tableRowCountToBeBetween")) }
    }

    test("results: added, read back newest first in a range, the latest on the test case") {
        val case = om.dataQuality.createTestCase(orders, TestCaseRequest("amount_between", "columnValuesToBeBetween", column = "amount", parameters = mapOf("minValue" to "0")))
        val base = 1_700_000_000_000L
        om.dataQuality.addResult(case, TestCaseResult(timestamp = base, testCaseStatus = TestCaseStatus.Success, result = "all in range"))
        om.dataQuality.addResult(case, TestCaseResult(timestamp = base + 60_000, testCaseStatus = TestCaseStatus.Failed, failedRows = 3, passedRows = 97))
        val results = om.dataQuality.results(case, Instant.ofEpochMilli(base), Instant.ofEpochMilli(base + 60_000))
        results.map { it.testCaseStatus } shouldContainExactly listOf(TestCaseStatus.Failed, TestCaseStatus.Success)
        results[0].failedRows shouldBe 3L
        om.dataQuality.results(case, Instant.ofEpochMilli(base + 1), Instant.ofEpochMilli(base + 59_999)) shouldBe emptyList()
        om.dataQuality.getTestCase(case.fullyQualifiedName!!).testCaseResult!!.testCaseStatus shouldBe TestCaseStatus.Failed
    }

    test("bad input is a UsageException naming the problem, before anything is sent") {
        val before = OutgoingRequestValidator.validated.size
        val dq = om.dataQuality
        shouldThrow<UsageException> { dq.createTestCase(orders, TestCaseRequest(" ", "tableRowCountToBeBetween")) }.problem shouldContain "name is blank"
        shouldThrow<UsageException> { dq.createTestCase(orders, TestCaseRequest("a::b", "tableRowCountToBeBetween")) }.problem shouldContain "'::'"
        shouldThrow<UsageException> { dq.createTestCase(orders, TestCaseRequest("t", " ")) }.problem shouldContain "names no test definition"
        shouldThrow<UsageException> { dq.listTestCases(orders, "price") }.problem shouldContain "price is not a column"
        val case = dq.getTestCase("${orders.fullyQualifiedName}.orders_rows")
        shouldThrow<UsageException> { dq.results(case, Instant.ofEpochMilli(2), Instant.ofEpochMilli(1)) }.problem shouldContain "after its end"
        shouldThrow<UsageException> { dq.addResult(case, TestCaseResult(testCaseStatus = TestCaseStatus.Success)) }.problem shouldContain "no timestamp"
        shouldThrow<UsageException> { dq.addResult(case, TestCaseResult(timestamp = 1)) }.problem shouldContain "no testCaseStatus"
        shouldThrow<UsageException> { dq.getTestCase("") }.problem shouldContain "blank"
        OutgoingRequestValidator.validated.size shouldBe before
    }

    test("a request the table or the definition rules out is refused after reading the definition, before creating") {
        val before = OutgoingRequestValidator.validated.size
        val dq = om.dataQuality
        // 1.4 would store a test on a column the table does not have (EntityUtil.validateEntityLink checks the table only).
        shouldThrow<UsageException> { dq.createTestCase(orders, TestCaseRequest("t", "columnValuesToBeNotNull", column = "price")) }.problem shouldContain "price is not a column"
        shouldThrow<UsageException> { dq.createTestCase(orders, TestCaseRequest("t", "columnValuesToBeNotNull")) }.problem shouldContain "tests a column"
        shouldThrow<UsageException> { dq.createTestCase(orders, TestCaseRequest("t", "tableRowCountToBeBetween", column = "id")) }.problem shouldContain "tests a table"
        shouldThrow<UsageException> { dq.createTestCase(orders, TestCaseRequest("t", "tableRowCountToBeBetween", parameters = mapOf("min" to "1"))) }.problem shouldContain "has no parameter min"
        shouldThrow<UsageException> { dq.createTestCase(orders, TestCaseRequest("t", "tableColumnCountToEqual")) }.problem shouldContain "needs the parameter columnCount"
        // Only GETs of the definition went out: no body was sent.
        OutgoingRequestValidator.validated.size shouldBe before
    }
})
