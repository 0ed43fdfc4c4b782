package dev.katalog.client.openmetadata.quality

import dev.katalog.client.core.JavaBridge
import dev.katalog.model.openmetadata.tests.TestCase
import dev.katalog.model.openmetadata.tests.type.TestCaseFailureReasonType
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatus
import java.time.Instant
import java.util.Optional
import java.util.concurrent.CompletableFuture

/**
 * [TestCaseIncidentsApi] for Java: each call returns a [CompletableFuture] that fails with an `OpenMetadataException`,
 * or a `UsageException` for a status change the incident's latest status rules out.
 */
public class TestCaseIncidentsApiFutures internal constructor(private val api: TestCaseIncidentsApi, private val bridge: JavaBridge) {
    /** The status records of [testCase]'s incidents from [from] to [to], newest first. */
    public fun list(testCase: TestCase, from: Instant, to: Instant): CompletableFuture<List<TestCaseResolutionStatus>> = bridge.future { api.list(testCase, from, to) }

    /** The same, each incident's newest record only when [latest]. */
    public fun list(testCase: TestCase, from: Instant, to: Instant, latest: Boolean): CompletableFuture<List<TestCaseResolutionStatus>> =
        bridge.future { api.list(testCase, from, to, latest) }

    /** The latest status of [testCase]'s open incident, empty when none is open. */
    public fun open(testCase: TestCase): CompletableFuture<Optional<TestCaseResolutionStatus>> = bridge.future { Optional.ofNullable(api.open(testCase)) }

    /** Acknowledges [testCase]'s open incident. */
    public fun acknowledge(testCase: TestCase): CompletableFuture<TestCaseResolutionStatus> = bridge.future { api.acknowledge(testCase) }

    /** Assigns [testCase]'s open incident to the user [userName]. */
    public fun assign(testCase: TestCase, userName: String): CompletableFuture<TestCaseResolutionStatus> = bridge.future { api.assign(testCase, userName) }

    /** Resolves [testCase]'s open incident for [reason], with [comment]. */
    public fun resolve(testCase: TestCase, reason: TestCaseFailureReasonType, comment: String): CompletableFuture<TestCaseResolutionStatus> =
        bridge.future { api.resolve(testCase, reason, comment) }
}
