package dev.katalog.local.openmetadata

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.longOrNull
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject
import java.util.UUID

/**
 * The incident manager of OpenMetadata 1.4 (`resources/dqtests/TestCaseResolutionStatusResource.java`,
 * `jdbi3/TestCaseResolutionStatusRepository.java`): a failed result opens an incident (a `New` status with a fresh
 * `stateId`) unless one is open; statuses then follow New → Ack → Assigned → Resolved, each a record of the time
 * series `testCaseResolutionStatus` keyed by the test case's FQN, the records of one incident sharing its `stateId`.
 * The task threads 1.4 opens beside them are not kept: a `Resolved` record is written directly, as the task
 * workflow (`TestCaseRepository.TestCaseFailureResolutionTaskWorkflow.performTask`) writes it, resolved by the caller.
 */
internal class TestCaseIncidentService(private val index: EntityIndex) {

    /**
     * `TestCaseRepository.getOrCreateIncidentOnFailure`: the `stateId` of the open incident of the test case, or of a
     * new `New` incident when there is none (or the latest is resolved).
     */
    suspend fun openOnFailure(testCase: JsonObject, user: String): String {
        val latest = latest(testCase.str("fullyQualifiedName")!!)
        if (latest != null && isOpen(latest)) return latest.str("stateId")!!
        val record = record(testCase, UUID.randomUUID().toString(), NEW, null, null, user, latest)
        store(testCase.str("fullyQualifiedName")!!, record)
        return record.str("stateId")!!
    }

    /**
     * `POST /dataQuality/testCases/testCaseIncidentStatus` (`TestCaseResolutionStatusRepository.createNewRecord`):
     * the test case is found by FQN (404); with an open incident the record joins it and must follow its status
     * (`validateStatus`: Ack may not go back to New, Assigned not to New or Ack, 400 "Incident with status [X] cannot be
     * moved to [Y]"); a `New` while one is open answers the open one unchanged; `Assigned` and `Resolved` need an
     * earlier status (1.4 answers 500 "Cannot find the last incident status for stateId …" without one).
     * A resolved incident takes no status but `New`, which opens the next one: 1.4 skips `validateStatus` for it and then
     * fails on the incident's closed task, the local catalog refuses with `validateStatus`'s 400 instead.
     */
    suspend fun create(body: JsonElement, testCase: JsonObject, user: String): JsonObject {
        val request = body as JsonObject
        val fqn = testCase.str("fullyQualifiedName")!!
        val type = request.str("testCaseResolutionStatusType")!!
        val latest = latest(fqn)
        val open = latest != null && isOpen(latest)
        // validateStatus runs against an open incident; after a resolved one only New (the next incident) is taken.
        if (latest != null && (open || type != NEW)) checkTransition(latest.str("testCaseResolutionStatusType")!!, type)
        val stateId = if (open) latest!!.str("stateId")!! else UUID.randomUUID().toString()
        if (type == NEW && open) return latest!!
        if ((type == ASSIGNED || type == RESOLVED) && latest == null) {
            throw CatalogException.Backend("Cannot find the last incident status for stateId $stateId")
        }
        val details = request.obj("testCaseResolutionStatusDetails")
        val stored = when (type) {
            ASSIGNED -> {
                val assignee = details?.obj("assignee") ?: throw OpenMetadataErrors.badRequest("An Assigned status needs testCaseResolutionStatusDetails.assignee, the user it is assigned to")
                buildJsonObject { put("assignee", userReference(assignee)) }
            }
            RESOLVED -> {
                val reason = details?.str("testCaseFailureReason") ?: throw OpenMetadataErrors.badRequest("A Resolved status needs testCaseResolutionStatusDetails.testCaseFailureReason")
                buildJsonObject {
                    put("testCaseFailureReason", reason)
                    details.str("testCaseFailureComment")?.let { put("testCaseFailureComment", it) }
                    // TestCaseFailureResolutionTaskWorkflow.performTask: resolved by the user resolving the task.
                    put("resolvedBy", callerReference(user))
                }
            }
            else -> null
        }
        val record = record(testCase, stateId, type, stored, request.str("severity") ?: latest?.takeIf { open }?.str("severity"), user, latest)
        store(fqn, record)
        return record
    }

    /**
     * `GET /dataQuality/testCases/testCaseIncidentStatus?startTs&endTs&latest&testCaseResolutionStatusType&assignee&testCaseFQN&offset&limit`
     * (`TestCaseResolutionStatusResource.list`): records in the range, newest first; `latest=true` keeps each
     * incident's newest record only; paged by offset.
     */
    suspend fun list(startTs: Long, endTs: Long, latest: Boolean, statusType: String?, assignee: String?, testCaseFqn: String?, offset: Int, limit: Int): JsonObject {
        var records = all(testCaseFqn).filter { (it["timestamp"] as JsonPrimitive).longOrNull!! in startTs..endTs }
        if (latest) records = records.groupBy { it.str("stateId") }.values.map { group -> group.maxBy { (it["timestamp"] as JsonPrimitive).longOrNull!! } }
        records = records
            .filter { statusType == null || it.str("testCaseResolutionStatusType") == statusType }
            .filter { assignee == null || it.obj("testCaseResolutionStatusDetails")?.obj("assignee")?.str("name") == assignee }
            .sortedByDescending { (it["timestamp"] as JsonPrimitive).longOrNull!! }
        val page = records.drop(offset).take(limit)
        return buildJsonObject {
            put("data", JsonArray(page))
            putJsonObject("paging") {
                if (offset > 0) put("before", maxOf(0, offset - limit).toString())
                if (offset + limit < records.size) put("after", (offset + limit).toString())
                put("total", records.size)
            }
        }
    }

    /** `GET /dataQuality/testCases/testCaseIncidentStatus/{id}`. */
    suspend fun byId(id: String): JsonObject = index.extensions(
        buildJsonObject { putJsonObject("bool") { putJsonArray("filter") { add(EntityIndex.term("extension", EXTENSION)) } } }, "timestamp", "asc",
    ).mapNotNull { it.obj("payload") }.firstOrNull { it.str("id") == id } ?: throw OpenMetadataErrors.notFound(TYPE, id)

    /** `TestCaseRepository.postDelete`: a test case deleted for good takes its incidents with it. */
    suspend fun removeAll(testCaseFqn: String) {
        for (record in all(testCaseFqn)) index.removeExtension(key(testCaseFqn, record))
    }

    private suspend fun latest(testCaseFqn: String): JsonObject? = all(testCaseFqn).maxByOrNull { (it["timestamp"] as JsonPrimitive).longOrNull!! }

    private suspend fun all(testCaseFqn: String?): List<JsonObject> = index.extensions(
        buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("filter") {
                    add(EntityIndex.term("extension", EXTENSION))
                    testCaseFqn?.let { add(EntityIndex.term("entityFqn", it)) }
                }
            }
        },
        "timestamp", "asc",
    ).mapNotNull { it.obj("payload") }

    private fun isOpen(record: JsonObject) = record.str("testCaseResolutionStatusType") != RESOLVED

    // TestCaseResolutionStatusRepository.validateStatus.
    private fun checkTransition(last: String, next: String) {
        val allowed = when (last) {
            NEW -> true
            ACK -> next != NEW
            ASSIGNED -> next != NEW && next != ACK
            else -> false
        }
        if (!allowed) throw OpenMetadataErrors.badRequest("Incident with status [$last] cannot be moved to [$next]")
    }

    private suspend fun record(testCase: JsonObject, stateId: String, type: String, details: JsonObject?, severity: String?, user: String, latest: JsonObject?): JsonObject {
        // Records of a test case are ordered by timestamp: two in the same millisecond keep their order.
        val previous = (latest?.get("timestamp") as? JsonPrimitive)?.longOrNull ?: 0L
        val now = maxOf(System.currentTimeMillis(), previous + 1)
        return buildJsonObject {
            put("id", UUID.randomUUID().toString())
            put("stateId", stateId)
            put("timestamp", now)
            put("testCaseResolutionStatusType", type)
            details?.let { put("testCaseResolutionStatusDetails", it) }
            put("updatedBy", callerReference(user))
            put("updatedAt", now)
            put("testCaseReference", buildJsonObject {
                put("id", testCase.str("id"))
                put("type", "testCase")
                put("name", testCase.str("name"))
                put("fullyQualifiedName", testCase.str("fullyQualifiedName"))
            })
            severity?.let { put("severity", it) }
        }
    }

    private suspend fun store(testCaseFqn: String, record: JsonObject) {
        index.putExtension(key(testCaseFqn, record), buildJsonObject {
            put("entityId", record.obj("testCaseReference")!!.str("id"))
            put("entityFqn", testCaseFqn)
            put("entityType", TYPE)
            put("extension", EXTENSION)
            put("timestamp", record["timestamp"]!!)
            put("payload", record)
        })
    }

    private fun key(testCaseFqn: String, record: JsonObject) = "${EntityIndex.digest(testCaseFqn)}|$EXTENSION|${record.str("id")}"

    // The assignee is a user of the catalog, found by id or by name (404 otherwise), kept as a full reference.
    private suspend fun userReference(reference: JsonObject): JsonObject {
        val user = reference.str("id")?.let { index.get(EntityKinds.USER, it) }
            ?: reference.str("name")?.let { index.byFqn(EntityKinds.USER, it) }
            ?: throw OpenMetadataErrors.notFound("user", reference.str("name") ?: reference.str("id") ?: "(no id or name)")
        return buildJsonObject {
            put("id", user.str("id"))
            put("type", "user")
            put("name", user.str("name"))
            put("fullyQualifiedName", user.str("fullyQualifiedName") ?: user.str("name"))
            user.str("displayName")?.let { put("displayName", it) }
        }
    }

    // The caller as a user reference; the local catalog's own admin is no stored user, so it gets a stable id from its name.
    private suspend fun callerReference(user: String): JsonObject {
        val stored = index.byFqn(EntityKinds.USER, user)
        return buildJsonObject {
            put("id", stored?.str("id") ?: UUID.nameUUIDFromBytes("user:$user".toByteArray()).toString())
            put("type", "user")
            put("name", user)
            put("fullyQualifiedName", user)
        }
    }

    private companion object {
        const val TYPE = "testCaseResolutionStatus"
        const val EXTENSION = "testCase.testCaseResolutionStatus"
        const val NEW = "New"
        const val ACK = "Ack"
        const val ASSIGNED = "Assigned"
        const val RESOLVED = "Resolved"
    }
}
