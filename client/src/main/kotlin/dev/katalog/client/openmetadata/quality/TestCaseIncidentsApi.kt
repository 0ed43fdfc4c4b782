package dev.katalog.client.openmetadata.quality

import dev.katalog.client.core.UsageException
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls.Companion.pathSegment
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.api.tests.CreateTestCaseResolutionStatus
import dev.katalog.model.openmetadata.entity.teams.User
import dev.katalog.model.openmetadata.tests.TestCase
import dev.katalog.model.openmetadata.tests.type.Assigned
import dev.katalog.model.openmetadata.tests.type.Resolved
import dev.katalog.model.openmetadata.tests.type.TestCaseFailureReasonType
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatus
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatusTypes
import dev.katalog.model.openmetadata.type.EntityReference
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonObject
import java.time.Instant

/**
 * Incidents of failed test cases (`om.dataQuality.incidents`), as OpenMetadata 1.4's incident manager keeps them
 * (`TestCaseResolutionStatusResource`, `TestCaseResolutionStatusRepository`): a failed result opens an incident with
 * the status `New` unless one is open; it is then acknowledged, assigned to a user and resolved with a reason, each
 * step a status record sharing the incident's `stateId`. Each change reads the test case's latest status first and
 * refuses, before sending, one 1.4 would refuse ("Incident with status [Assigned] cannot be moved to [Ack]") or answer
 * with a server error (assigning or resolving when no incident is open). Java uses [TestCaseIncidentsApiFutures].
 */
public class TestCaseIncidentsApi internal constructor(private val calls: OpenMetadataCalls) {
    private val reads = DataQualityReads(calls)

    /**
     * The status records of [testCase]'s incidents from [from] to [to] (both included), newest first
     * (`GET /dataQuality/testCases/testCaseIncidentStatus?testCaseFQN&startTs&endTs`); with [latest], each incident's
     * newest record only.
     */
    public suspend fun list(testCase: TestCase, from: Instant, to: Instant, latest: Boolean = false): List<TestCaseResolutionStatus> {
        UsageException.check(!from.isAfter(to), { "The range starts at $from, after its end $to" }, "Pass the earlier instant first")
        val query = listOf(
            "testCaseFQN" to DataQualityChecks.fqn(testCase), "startTs" to from.toEpochMilli().toString(), "endTs" to to.toEpochMilli().toString(),
            "latest" to latest.toString(), "limit" to DataQualityReads.PAGE.toString(),
        )
        return reads.offsetPages(TestCaseResolutionStatus.serializer(), PATH, query)
    }

    /** The latest status of [testCase]'s open incident, or null when it has none open (never failed, or resolved since). */
    public suspend fun open(testCase: TestCase): TestCaseResolutionStatus? =
        latest(testCase)?.takeIf { it.testCaseResolutionStatusType != TestCaseResolutionStatusTypes.Resolved }

    /** Acknowledges [testCase]'s open incident: someone is looking at it. */
    public suspend fun acknowledge(testCase: TestCase): TestCaseResolutionStatus =
        change(testCase, TestCaseResolutionStatusTypes.Ack, null)

    /**
     * Assigns [testCase]'s open incident to the user [userName] (read first: [OpenMetadataException.NotFound] when there
     * is none); an assigned incident may be assigned again, to someone else.
     */
    public suspend fun assign(testCase: TestCase, userName: String): TestCaseResolutionStatus {
        UsageException.check(userName.isNotBlank(), { "The assignee's name is blank" }, "Pass the name of the user to assign the incident to")
        val user = reads.get(User.serializer(), "/users/name/${pathSegment(userName)}")
        val assignee = EntityReference(id = user.id, type = "user", name = user.name, fullyQualifiedName = user.fullyQualifiedName ?: user.name)
        return change(testCase, TestCaseResolutionStatusTypes.Assigned, KatalogJson.encodeToElement(Assigned.serializer(), Assigned(assignee = assignee)) as JsonObject)
    }

    /** Resolves [testCase]'s open incident for [reason], with [comment] saying what was found or done; resolved by the caller. */
    public suspend fun resolve(testCase: TestCase, reason: TestCaseFailureReasonType, comment: String): TestCaseResolutionStatus {
        UsageException.check(reason != TestCaseFailureReasonType.UNRECOGNIZED, { "UNRECOGNIZED is no failure reason" }, "Pass FalsePositive, MissingData, Duplicates, OutOfBounds or Other")
        UsageException.check(comment.isNotBlank(), { "The resolution comment is blank" }, "Say what was found or done")
        val details = Resolved(testCaseFailureReason = reason, testCaseFailureComment = comment)
        return change(testCase, TestCaseResolutionStatusTypes.Resolved, KatalogJson.encodeToElement(Resolved.serializer(), details) as JsonObject)
    }

    override fun toString(): String = "TestCaseIncidentsApi"

    private suspend fun change(testCase: TestCase, type: TestCaseResolutionStatusTypes, details: JsonObject?): TestCaseResolutionStatus {
        val fqn = DataQualityChecks.fqn(testCase)
        IncidentTransitions.check(testCase.name, latest(testCase)?.testCaseResolutionStatusType, type)
        val request = CreateTestCaseResolutionStatus(testCaseReference = fqn, testCaseResolutionStatusType = type, testCaseResolutionStatusDetails = details)
        val body = KatalogJson.encode(CreateTestCaseResolutionStatus.serializer(), request)
        return calls.decode(TestCaseResolutionStatus.serializer(), calls.call(HttpMethod.Post, PATH, body = body))
    }

    private suspend fun latest(testCase: TestCase): TestCaseResolutionStatus? =
        list(testCase, Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE), latest = true).maxByOrNull { it.timestamp ?: 0L }

    private companion object {
        const val PATH = "/dataQuality/testCases/testCaseIncidentStatus"
    }
}
