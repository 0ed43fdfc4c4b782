package dev.katalog.client.openmetadata.quality

import dev.katalog.client.core.UsageException
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatusTypes
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatusTypes.Ack
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatusTypes.Assigned
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatusTypes.New
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatusTypes.Resolved

/**
 * The status flow of an incident, as 1.4's `TestCaseResolutionStatusRepository.validateStatus` enforces it (New goes
 * anywhere, Ack not back to New, Assigned not back to New or Ack), and what 1.4 gets wrong without an open incident:
 * Assigned and Resolved fail with a server error, Ack starts an incident no failure opened. The client opens none:
 * incidents open when a result fails.
 */
internal object IncidentTransitions {
    fun check(testCaseName: String, latest: TestCaseResolutionStatusTypes?, next: TestCaseResolutionStatusTypes) {
        UsageException.check(
            latest != null && latest != Resolved,
            { "The test case $testCaseName has no open incident${if (latest == Resolved) " (the last one is resolved)" else ""}, so it cannot be set to $next" },
            "An incident opens when a Failed result is added (addResult); set its status after that",
        )
        val allowed = when (latest) {
            Ack -> next != New
            Assigned -> next != New && next != Ack
            else -> true
        }
        UsageException.check(
            allowed,
            { "Incident with status [$latest] cannot be moved to [$next]" },
            "An incident moves forward only: New, Ack, Assigned (to anyone, again), Resolved",
        )
    }
}
