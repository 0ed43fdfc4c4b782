package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.quality.TestCaseRequest
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.teams.CreateUser
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.tests.type.Assigned
import dev.katalog.model.openmetadata.tests.type.Resolved
import dev.katalog.model.openmetadata.tests.type.TestCaseFailureReasonType
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatusTypes
import dev.katalog.model.openmetadata.tests.type.TestCaseResult
import dev.katalog.model.openmetadata.tests.type.TestCaseStatus
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import java.time.Instant
import java.util.UUID

/**
 * `om.dataQuality.incidents` against the local catalog over HTTP, every request validated against OpenMetadata 1.4's
 * schemas on the way out: a failed result opens an incident, which is acknowledged, assigned and resolved; a status
 * change the incident's latest status rules out is refused before it is sent.
 */
class OpenMetadataIncidentsClientSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    lateinit var orders: Table
    val steward = "steward_$suffix"
    val all = Instant.EPOCH to Instant.ofEpochMilli(Long.MAX_VALUE)

    beforeSpec {
        val schema = om.createServiceSchema("inc_$suffix")
        orders = om.entities.createOrUpdate(CreateTable(name = "orders", databaseSchema = schema, columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT))))
        om.entities.createOrUpdate(CreateUser(name = steward, email = "$steward@example.com"))
    }

    test("a failed result opens an incident, which is acknowledged, assigned and resolved; the next failure opens another") {
        val dq = om.dataQuality
        val case = dq.createTestCase(orders, TestCaseRequest("rows", "tableRowCountToBeBetween"))
        dq.incidents.open(case).shouldBeNull()
        dq.addResult(case, TestCaseResult(timestamp = 1_000, testCaseStatus = TestCaseStatus.Failed))
        val opened = dq.incidents.open(case)!!
        opened.testCaseResolutionStatusType shouldBe TestCaseResolutionStatusTypes.New
        dq.results(case, Instant.EPOCH, Instant.ofEpochMilli(1_000)).single().incidentId shouldBe opened.stateId

        dq.incidents.acknowledge(case).stateId shouldBe opened.stateId
        val assigned = dq.incidents.assign(case, steward)
        KatalogJson.decode(Assigned.serializer(), assigned.testCaseResolutionStatusDetails!!).assignee.name shouldBe steward
        val resolved = dq.incidents.resolve(case, TestCaseFailureReasonType.MissingData, "The load ran late")
        resolved.testCaseResolutionStatusType shouldBe TestCaseResolutionStatusTypes.Resolved
        KatalogJson.decode(Resolved.serializer(), resolved.testCaseResolutionStatusDetails!!).testCaseFailureComment shouldBe "The load ran late"
        dq.incidents.open(case).shouldBeNull()
        dq.incidents.list(case, all.first, all.second).map { it.testCaseResolutionStatusType } shouldContainExactly
            listOf(TestCaseResolutionStatusTypes.Resolved, TestCaseResolutionStatusTypes.Assigned, TestCaseResolutionStatusTypes.Ack, TestCaseResolutionStatusTypes.New)

        dq.addResult(case, TestCaseResult(timestamp = 2_000, testCaseStatus = TestCaseStatus.Failed))
        val next = dq.incidents.open(case)!!
        next.stateId shouldNotBe opened.stateId
        dq.incidents.list(case, all.first, all.second, latest = true).map { it.testCaseResolutionStatusType } shouldContainExactly
            listOf(TestCaseResolutionStatusTypes.New, TestCaseResolutionStatusTypes.Resolved)
    }

    test("a status the incident cannot take is a UsageException before anything is sent") {
        val dq = om.dataQuality
        val case = dq.createTestCase(orders, TestCaseRequest("flow", "tableRowCountToBeBetween"))
        val sent = OutgoingRequestValidator.validated.size
        shouldThrow<UsageException> { dq.incidents.acknowledge(case) }.problem shouldContain "has no open incident"
        shouldThrow<UsageException> { dq.incidents.resolve(case, TestCaseFailureReasonType.Other, "nothing") }.problem shouldContain "has no open incident"
        OutgoingRequestValidator.validated.size shouldBe sent
        dq.addResult(case, TestCaseResult(timestamp = 1_000, testCaseStatus = TestCaseStatus.Failed))
        dq.incidents.assign(case, steward)
        val afterAssign = OutgoingRequestValidator.validated.size
        shouldThrow<UsageException> { dq.incidents.acknowledge(case) }.problem shouldBe "Incident with status [Assigned] cannot be moved to [Ack]"
        shouldThrow<UsageException> { dq.incidents.resolve(case, TestCaseFailureReasonType.Other, " ") }.problem shouldContain "comment is blank"
        shouldThrow<UsageException> { dq.incidents.assign(case, "") }.problem shouldContain "blank"
        OutgoingRequestValidator.validated.size shouldBe afterAssign
        shouldThrow<OpenMetadataException.NotFound> { dq.incidents.assign(case, "nobody_$suffix") }
        // Reassigning is allowed.
        dq.incidents.assign(case, steward).testCaseResolutionStatusType shouldBe TestCaseResolutionStatusTypes.Assigned
        dq.incidents.resolve(case, TestCaseFailureReasonType.FalsePositive, "Seasonal dip")
        shouldThrow<UsageException> { dq.incidents.assign(case, steward) }.problem shouldContain "the last one is resolved"
    }
})
