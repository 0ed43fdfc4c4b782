package dev.katalog.local.openmetadata

import dev.katalog.local.openmetadata.OpenMetadataKit.sent
import dev.katalog.local.Api
import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.q
import dev.katalog.local.openmetadata.OpenMetadataKit.save
import dev.katalog.local.openmetadata.OpenMetadataKit.schema
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.table
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldStartWith
import kotlinx.serialization.json.JsonObject

/**
 * Incidents of failed test cases as open-metadata/OpenMetadata 1.4.x serves them
 * (openmetadata-service/src/main/java/org/openmetadata/service/): `jdbi3/TestCaseRepository.java`
 * (`addTestCaseResult`, `getOrCreateIncidentOnFailure`, `postDelete`), `jdbi3/TestCaseResolutionStatusRepository.java`
 * (`createNewRecord`, `validateStatus`, `assignTask`, `resolveTask`), `resources/dqtests/TestCaseResolutionStatusResource.java`
 * (`create`, `list`) and `exception/IncidentManagerException.java` (`invalidStatus`).
 */
class OpenMetadataIncidentSpec : FunSpec({
    val svc = unique("inc")
    service(svc)
    database(svc, "db")
    schema("$svc.db", "s")
    table("$svc.db.s", "orders")
    val tableFqn = "$svc.db.s.orders"
    val dq = "/api/v1/dataQuality"
    val status = "tests/testCaseResolutionStatus.json"
    val create = "api/tests/createTestCaseResolutionStatus.json"
    val assignee = unique("steward")
    val assigneeId = save("user", "/users", """{"name":"$assignee","email":"$assignee@example.com"}""").str("id")
    val assignTo = """{"assignee":{"id":"$assigneeId","type":"user","name":"$assignee"}}"""

    fun record(answer: Api.Answer): JsonObject {
        if (answer.status != 200) fail("expected 200, got $answer")
        val problems = OpenMetadataSchemas.validate(status, answer.text)
        if (problems.isNotEmpty()) fail("The answer is invalid against $status: $problems\n$answer")
        return answer.obj
    }

    api.post("$dq/testSuites/executable", """{"name":"$tableFqn.TestSuite","executableEntityReference":"$tableFqn"}""").status shouldBe 201

    fun case(name: String): String {
        val body = """{"name":"$name","entityLink":${q("<#E::table::$tableFqn>")},"testDefinition":"tableRowCountToBeBetween","testSuite":${q("$tableFqn.testSuite")}}"""
        api.post("$dq/testCases", body).status shouldBe 201
        return "$tableFqn.$name"
    }

    fun result(fqn: String, at: Long, outcome: String) {
        val put = api.put("$dq/testCases/${enc(fqn)}/testCaseResult", """{"timestamp":$at,"testCaseStatus":"$outcome"}""")
        if (put.status != 201) fail("expected 201, got $put")
    }

    fun incidents(fqn: String, extra: String = ""): List<JsonObject> {
        val answer = api.get("$dq/testCases/testCaseIncidentStatus?startTs=0&endTs=${Long.MAX_VALUE}&testCaseFQN=${enc(fqn)}&limit=100$extra")
        if (answer.status != 200) fail("expected 200, got $answer")
        return answer.obj["data"].list().map { it as JsonObject }
    }

    fun setStatus(fqn: String, type: String, details: String? = null): Api.Answer = api.post(
        "$dq/testCases/testCaseIncidentStatus",
        sent(create, """{"testCaseReference":${q(fqn)},"testCaseResolutionStatusType":"$type"""" + (details?.let { ""","testCaseResolutionStatusDetails":$it""" } ?: "") + "}"),
    )

    test("a failed result opens one New incident; more failures join it; the result carries its stateId (getOrCreateIncidentOnFailure)") {
        val fqn = case("opens")
        result(fqn, 1_000, "Success")
        incidents(fqn) shouldBe emptyList()
        result(fqn, 2_000, "Failed")
        result(fqn, 3_000, "Failed")
        val open = incidents(fqn)
        open.map { it.str("testCaseResolutionStatusType") } shouldContainExactly listOf("New")
        val stateId = open.single().str("stateId")
        open.single().at("testCaseReference").str("fullyQualifiedName") shouldBe fqn
        val results = api.get("$dq/testCases/${enc(fqn)}/testCaseResult?startTs=0&endTs=5000").obj["data"].list().map { it as JsonObject }
        results.map { it.str("incidentId") } shouldContainExactly listOf(stateId, stateId, null)
        api.get("$dq/testCases/name/${enc(fqn)}?fields=incidentId").obj.str("incidentId") shouldBe stateId
    }

    test("New -> Ack -> Assigned -> Resolved, one stateId; a failure after resolution opens the next incident (createNewRecord, resolveTask)") {
        val fqn = case("flow")
        result(fqn, 1_000, "Failed")
        val stateId = incidents(fqn).single().str("stateId")
        record(setStatus(fqn, "Ack")).str("stateId") shouldBe stateId
        val assigned = record(setStatus(fqn, "Assigned", assignTo))
        assigned.at("testCaseResolutionStatusDetails", "assignee").str("name") shouldBe assignee
        assigned.at("testCaseResolutionStatusDetails", "assignee").str("id") shouldNotBe null
        val resolved = record(setStatus(fqn, "Resolved", """{"testCaseFailureReason":"FalsePositive","testCaseFailureComment":"seasonal dip"}"""))
        resolved.str("testCaseResolutionStatusType") shouldBe "Resolved"
        resolved.at("testCaseResolutionStatusDetails").str("testCaseFailureReason") shouldBe "FalsePositive"
        resolved.str("stateId") shouldBe stateId
        incidents(fqn).map { it.str("testCaseResolutionStatusType") } shouldContainExactly listOf("Resolved", "Assigned", "Ack", "New")
        incidents(fqn, "&latest=true").map { it.str("testCaseResolutionStatusType") } shouldContainExactly listOf("Resolved")
        incidents(fqn, "&testCaseResolutionStatusType=Assigned&assignee=$assignee").size shouldBe 1
        result(fqn, 2_000, "Failed")
        val next = incidents(fqn, "&latest=true")
        next.map { it.str("testCaseResolutionStatusType") } shouldContainExactly listOf("New", "Resolved")
        next.first().str("stateId") shouldNotBe stateId
    }

    test("status rules: no way back, a New while open answers the open one, Assigned without an incident is a 500 (validateStatus, assignTask)") {
        val fqn = case("rules")
        error(setStatus(fqn, "Assigned", assignTo), 500) shouldStartWith "Cannot find the last incident status for stateId "
        result(fqn, 1_000, "Failed")
        val first = incidents(fqn).single()
        record(setStatus(fqn, "New")).str("id") shouldBe first.str("id")
        error(setStatus(fqn, "Assigned", """{"assignee":{"id":"00000000-0000-0000-0000-00000000000a","type":"user"}}"""), 404)
        record(setStatus(fqn, "Assigned", assignTo))
        error(setStatus(fqn, "Ack"), 400) shouldBe "Incident with status [Assigned] cannot be moved to [Ack]"
        error(setStatus(fqn, "New"), 400) shouldBe "Incident with status [Assigned] cannot be moved to [New]"
        record(setStatus(fqn, "Resolved", """{"testCaseFailureReason":"MissingData","testCaseFailureComment":"late load"}"""))
        error(setStatus(fqn, "Ack"), 400) shouldBe "Incident with status [Resolved] cannot be moved to [Ack]"
        error(setStatus("$tableFqn.nothing", "Ack"), 404) shouldBe "testCase instance for $tableFqn.nothing not found"
        error(api.get("$dq/testCases/testCaseIncidentStatus?endTs=1"), 400) shouldBe "[query param startTs must not be null]"
    }

    test("a test case deleted for good takes its incidents (TestCaseRepository.postDelete)") {
        val fqn = case("purged")
        result(fqn, 1_000, "Failed")
        incidents(fqn).size shouldBe 1
        val id = api.get("$dq/testCases/name/${enc(fqn)}").obj.str("id")
        api.delete("$dq/testCases/$id?hardDelete=true").status shouldBe 200
        incidents(fqn) shouldBe emptyList()
    }
})
