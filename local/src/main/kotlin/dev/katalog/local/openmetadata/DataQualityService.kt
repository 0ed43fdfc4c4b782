package dev.katalog.local.openmetadata

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.doubleOrNull
import kotlinx.serialization.json.longOrNull
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject
import dev.katalog.model.openmetadata.JsonPatchException
import dev.katalog.model.openmetadata.JsonPatches
import java.util.Base64
import java.util.UUID

/**
 * Data quality as OpenMetadata 1.4 serves it under `/v1/dataQuality` (openmetadata-service `resources/dqtests/`
 * `TestDefinitionResource.java`, `TestSuiteResource.java`, `TestCaseResource.java` and `jdbi3/TestCaseRepository.java`):
 * the built-in test definitions, executable test suites (one per table), logical test suites (any test cases, grouped),
 * test cases on a table or one of its columns, and their results, a time series keyed by the test case's FQN; a failed
 * result opens an incident ([TestCaseIncidentService]). Suites and cases are kept as extension documents beside the
 * entities, results as the server keeps them, beside the test case. A test case's logical suites are kept in it under
 * [LOGICAL_SUITES], never shown: 1.4 keeps them as relationships.
 */
internal class DataQualityService(private val index: EntityIndex, val incidents: TestCaseIncidentService = TestCaseIncidentService(index)) {

    /** `GET /dataQuality/testDefinitions?entityType&testPlatform`: the built-ins, filtered as `TestDefinitionResource.list` does. */
    fun testDefinitions(entityType: String?, testPlatform: String?): JsonObject {
        val matching = BuiltInTestDefinitions.all
            .filter { entityType == null || it.str("entityType") == entityType }
            .filter { testPlatform == null || it.arr("testPlatforms").orEmpty().any { platform -> platform.str() == testPlatform } }
        return page(matching, null)
    }

    fun testDefinitionByName(fqn: String): JsonObject = BuiltInTestDefinitions.byName(fqn) ?: throw OpenMetadataErrors.notFound(TEST_DEFINITION, fqn)

    fun testDefinitionById(id: String): JsonObject = BuiltInTestDefinitions.byId(id) ?: throw OpenMetadataErrors.notFound(TEST_DEFINITION, id)

    /**
     * `POST /dataQuality/testSuites/executable` (`TestSuiteResource.createExecutable`): the table named by
     * `executableEntityReference` must exist (404 otherwise); the suite's FQN is the table's followed by `testSuite`
     * (`TestSuiteRepository.setFullyQualifiedName`), so a table has one, and a second create is a 409.
     */
    suspend fun createExecutableSuite(body: JsonElement, user: String): JsonObject {
        val request = valid(body, CREATE_TEST_SUITE, "test suite")
        val tableFqn = request.str("executableEntityReference")
            ?: throw OpenMetadataErrors.badRequest("An executable test suite needs executableEntityReference, the FQN of its table")
        val table = index.byFqn(EntityKinds.TABLE, tableFqn)?.takeIf { !isDeleted(it) } ?: throw OpenMetadataErrors.notFound(EntityKinds.TABLE.type, tableFqn)
        val fqn = "${table.str("fullyQualifiedName")}.testSuite"
        if (stored(TEST_SUITE, fqn) != null) throw CatalogException.Conflict("Entity already exists")
        val suite = newSuite(request, fqn, user, reference(EntityKinds.TABLE.type, table))
        store(TEST_SUITE, suite)
        return suite
    }

    /**
     * `POST /dataQuality/testSuites` (`TestSuiteResource.create`): a logical suite; an `executableEntityReference` in
     * the request is dropped ("not applicable for logical test suites"). Its FQN is its name, quoted when it holds a
     * dot; a second create of it is a 409.
     */
    suspend fun createLogicalSuite(body: JsonElement, user: String): JsonObject {
        val request = valid(body, CREATE_TEST_SUITE, "test suite")
        val fqn = EntityBuilder.fqn(emptyList(), request.str("name")!!)
        if (stored(TEST_SUITE, fqn) != null) throw CatalogException.Conflict("Entity already exists")
        val suite = newSuite(request, fqn, user, executable = null)
        store(TEST_SUITE, suite)
        return suite
    }

    /** A new suite of [request] named [fqn]: executable for the table [executable] references, logical without one. */
    private fun newSuite(request: JsonObject, fqn: String, user: String, executable: JsonElement?): JsonObject = buildJsonObject {
        put("id", UUID.randomUUID().toString())
        put("name", request.str("name"))
        request.str("displayName")?.let { put("displayName", it) }
        put("fullyQualifiedName", fqn)
        request.str("description")?.let { put("description", it) }
        // tests/testSuite.json 1.4: serviceType is the one-value enum "TestSuite".
        put("serviceType", "TestSuite")
        put("executable", executable != null)
        executable?.let { put("executableEntityReference", it) }
        put("version", 0.1)
        put("updatedAt", System.currentTimeMillis())
        put("updatedBy", user)
        put("deleted", false)
    }

    /** `GET /dataQuality/testSuites/name/{fqn}?fields=tests&include=`; `tests` are the suite's test cases (`TestSuiteRepository.getTestCases`). */
    suspend fun testSuiteByName(fqn: String, fields: String? = null, include: Include = Include.NON_DELETED): JsonObject =
        suiteShown(stored(TEST_SUITE, fqn)?.takeIf { include.admits(isDeleted(it)) } ?: throw OpenMetadataErrors.notFound(TEST_SUITE, fqn), suiteFields(fields))

    suspend fun testSuiteById(id: String, fields: String? = null, include: Include = Include.NON_DELETED): JsonObject =
        suiteShown(storedById(TEST_SUITE, id)?.takeIf { include.admits(isDeleted(it)) } ?: throw OpenMetadataErrors.notFound(TEST_SUITE, id), suiteFields(fields))

    /** `GET /dataQuality/testSuites?testSuiteType=executable|logical&fields&include&limit&after` (`TestSuiteResource.list`), by FQN. */
    suspend fun listTestSuites(testSuiteType: String?, fields: String?, include: Include, limit: Int, after: String?): JsonObject {
        val executable = when (testSuiteType) {
            null -> null
            "executable" -> true
            "logical" -> false
            else -> throw OpenMetadataErrors.badRequest("testSuiteType must be executable or logical")
        }
        val selected = suiteFields(fields)
        val matching = all(TEST_SUITE)
            .filter { include.admits(isDeleted(it)) && (executable == null || (it["executable"] == JsonPrimitive(true)) == executable) }
            .sortedBy { it.str("fullyQualifiedName") }
        val start = after?.let(::offsetOf) ?: 0
        val next = (start + limit).takeIf { it < matching.size }?.let(::cursor)
        return page(matching.drop(start).take(limit).map { suiteShown(it, selected) }, next, matching.size)
    }

    /**
     * `DELETE /dataQuality/testSuites/{id}` and `/name/{fqn}?hardDelete` (`TestSuiteResource.delete`,
     * `TestSuiteRepository.deleteLogicalTestSuite`): logical suites only (400 for an executable one, naming the path to
     * use); the suite goes, its test cases stay (a hard delete only drops their membership).
     */
    suspend fun deleteLogicalSuite(suite: JsonObject, hardDelete: Boolean, user: String): JsonObject {
        if (suite["executable"] == JsonPrimitive(true)) throw OpenMetadataErrors.badRequest(NON_EXECUTABLE_TEST_SUITE_DELETION_ERROR)
        val id = suite.str("id")!!
        if (!hardDelete) return softDeleted(TEST_SUITE, suite, user)
        for (testCase in all(TEST_CASE).filter { id in logicalSuitesOf(it) }) {
            store(TEST_CASE, JsonObject(testCase + (LOGICAL_SUITES to JsonArray(logicalSuitesOf(testCase).filter { it != id }.map { JsonPrimitive(it) }))))
        }
        remove(TEST_SUITE, suite)
        return suite
    }

    /**
     * `DELETE /dataQuality/testSuites/executable/{id}` and `/executable/name/{fqn}?recursive&hardDelete`
     * (`TestSuiteResource.deleteExecutable`, `EntityRepository.deleteChildren`): executable suites only (400 for a
     * logical one); a suite holding test cases needs `recursive` (400 "testSuite is not empty"), which deletes them
     * the same way, soft or hard.
     */
    suspend fun deleteExecutableSuite(suite: JsonObject, recursive: Boolean, hardDelete: Boolean, user: String): JsonObject {
        if (suite["executable"] != JsonPrimitive(true)) throw OpenMetadataErrors.badRequest(EXECUTABLE_TEST_SUITE_DELETION_ERROR)
        val children = all(TEST_CASE).filter { it.obj("testSuite")?.str("id") == suite.str("id") }
        if (children.isNotEmpty() && !recursive) throw OpenMetadataErrors.badRequest("$TEST_SUITE is not empty")
        for (child in children) deleteTestCase(child, hardDelete, user)
        if (!hardDelete) return softDeleted(TEST_SUITE, suite, user)
        remove(TEST_SUITE, suite)
        return suite
    }

    /** The suite [id] or [fqn] whatever its state, for a delete (`Entity.getEntity(…, ALL)`). */
    suspend fun anySuite(id: String?, fqn: String?): JsonObject =
        (if (id != null) storedById(TEST_SUITE, id) else stored(TEST_SUITE, fqn!!)) ?: throw OpenMetadataErrors.notFound(TEST_SUITE, id ?: fqn!!)

    /**
     * `PUT /dataQuality/testCases/logicalTestCases` (`TestCaseResource.addTestCasesToLogicalTestSuite`): the suite by
     * id (404); an executable one is a 400; no test cases answers the suite unchanged; an unknown test case is a 400
     * and adds none. Answers the suite with its `tests`.
     */
    suspend fun addToLogicalSuite(body: JsonElement): JsonObject {
        val request = valid(body, CREATE_LOGICAL_TEST_CASES, "logical test cases request")
        val suiteId = request.str("testSuiteId")!!
        val suite = storedById(TEST_SUITE, suiteId) ?: throw OpenMetadataErrors.notFound(TEST_SUITE, suiteId)
        if (suite["executable"] == JsonPrimitive(true)) throw OpenMetadataErrors.badRequest("You are trying to add test cases to an executable test suite.")
        val ids = request.arr("testCaseIds").orEmpty().mapNotNull { it.str() }.distinct()
        val testCases = ids.mapNotNull { storedById(TEST_CASE, it) }
        if (testCases.size != ids.size) throw OpenMetadataErrors.badRequest("You are trying to add one or more test cases that do not exist.")
        for (testCase in testCases) {
            val suites = logicalSuitesOf(testCase)
            if (suiteId !in suites) store(TEST_CASE, JsonObject(testCase + (LOGICAL_SUITES to JsonArray((suites + suiteId).map { JsonPrimitive(it) }))))
        }
        return suiteShown(suite, setOf("tests"))
    }

    /**
     * `DELETE /dataQuality/testCases/logicalTestCases/{testSuiteId}/{id}` (`TestCaseRepository.deleteTestCaseFromLogicalTestSuite`):
     * the test case leaves the logical suite; answers the test case with that suite as its `testSuite`, as 1.4 does.
     */
    suspend fun removeFromLogicalSuite(suiteId: String, testCaseId: String): JsonObject {
        val testCase = storedById(TEST_CASE, testCaseId) ?: throw OpenMetadataErrors.notFound(TEST_CASE, testCaseId)
        val suite = storedById(TEST_SUITE, suiteId) ?: throw OpenMetadataErrors.notFound(TEST_SUITE, suiteId)
        val remaining = logicalSuitesOf(testCase).filter { it != suiteId }
        store(TEST_CASE, JsonObject(testCase + (LOGICAL_SUITES to JsonArray(remaining.map { JsonPrimitive(it) }))))
        return JsonObject(shown(testCase, setOf("testDefinition")) + ("testSuite" to reference(TEST_SUITE, suite)))
    }

    /**
     * `POST /dataQuality/testCases` (`TestCaseResource.create`, `TestCaseRepository.prepare`), checked in the server's
     * order: the entity link must parse (400); the test suite and the test definition must exist (404, by FQN, as
     * `getEntityReferenceByName` finds them); the suite must be executable (400); the linked table must exist (404,
     * `EntityUtil.validateEntityLink`, which leaves the column unchecked: 1.4 accepts a column the table does not have);
     * parameter values must match the definition's (400, `validateTestParameters`). The FQN is the linked table's or
     * column's followed by the test's name; a second create of it is a 409.
     */
    suspend fun createTestCase(body: JsonElement, user: String): JsonObject {
        val request = valid(body, CREATE_TEST_CASE, "test case")
        val link = EntityLink.parse(request.str("entityLink")!!)
        if (link.entityType != EntityKinds.TABLE.type) throw OpenMetadataErrors.badRequest("The local catalog runs test cases on tables only, not on ${link.entityType}")
        if (request["owner"] != null) throw OpenMetadataErrors.badRequest("The local catalog does not keep test case owners: leave owner out")
        val suite = stored(TEST_SUITE, request.str("testSuite")!!)?.takeIf { !isDeleted(it) } ?: throw OpenMetadataErrors.notFound(TEST_SUITE, request.str("testSuite")!!)
        val definition = testDefinitionByName(request.str("testDefinition")!!)
        if (suite["executable"] != JsonPrimitive(true)) {
            throw OpenMetadataErrors.badRequest("Test suite ${suite.str("name")} is not executable. Cannot create test cases for non-executable test suites.")
        }
        index.byFqn(EntityKinds.TABLE, link.entityFqn) ?: throw OpenMetadataErrors.notFound(EntityKinds.TABLE.type, link.entityFqn)
        checkParameters(request.arr("parameterValues"), definition.arr("parameterDefinition").orEmpty())
        val fqn = EntityBuilder.fqn(listOf(link.fieldFqn), request.str("name")!!)
        if (stored(TEST_CASE, fqn) != null) throw CatalogException.Conflict("Entity already exists")
        val testCase = buildJsonObject {
            put("id", UUID.randomUUID().toString())
            put("name", request.str("name"))
            request.str("displayName")?.let { put("displayName", it) }
            put("fullyQualifiedName", fqn)
            request.str("description")?.let { put("description", it) }
            put("testDefinition", reference(TEST_DEFINITION, definition))
            put("entityLink", request.str("entityLink"))
            put("entityFQN", link.fieldFqn)
            put("testSuite", reference(TEST_SUITE, suite))
            request.arr("parameterValues")?.let { put("parameterValues", it) }
            request["computePassedFailedRowCount"]?.let { put("computePassedFailedRowCount", it) }
            put("version", 0.1)
            put("updatedAt", System.currentTimeMillis())
            put("updatedBy", user)
            put("deleted", false)
        }
        store(TEST_CASE, testCase)
        return testCase
    }

    /** `GET /dataQuality/testCases/name/{fqn}`, the relations only when `fields=` asks for them (`TestCaseRepository.setFields`). */
    suspend fun testCaseByName(fqn: String, fields: String?, include: Include = Include.NON_DELETED): JsonObject =
        shown(stored(TEST_CASE, fqn)?.takeIf { include.admits(isDeleted(it)) } ?: throw OpenMetadataErrors.notFound(TEST_CASE, fqn), fieldSet(fields))

    suspend fun testCaseById(id: String, fields: String?, include: Include = Include.NON_DELETED): JsonObject =
        shown(storedById(TEST_CASE, id)?.takeIf { include.admits(isDeleted(it)) } ?: throw OpenMetadataErrors.notFound(TEST_CASE, id), fieldSet(fields))

    /** The test case [id] or [fqn] whatever its state, for a delete. */
    suspend fun anyTestCase(id: String?, fqn: String?): JsonObject =
        (if (id != null) storedById(TEST_CASE, id) else stored(TEST_CASE, fqn!!)) ?: throw OpenMetadataErrors.notFound(TEST_CASE, id ?: fqn!!)

    /**
     * `PATCH /dataQuality/testCases/{id}` (`EntityRepository.patch`, `TestCaseRepository.prepare` and `TestUpdater`): an
     * RFC 6902 patch of the stored test case; id, name and FQN changes are undone (`restorePatchAttributes`); the
     * parameter values are checked against the definition again (400); a change bumps the version by 0.1. Answers the
     * test case with its suite and definition. The local catalog does not move a test case to another table, suite or
     * definition: a patch of `entityLink`, `testSuite` or `testDefinition` is a 400.
     */
    suspend fun patchTestCase(id: String, patch: JsonElement, user: String): JsonObject {
        val stored = storedById(TEST_CASE, id)?.takeIf { !isDeleted(it) } ?: throw OpenMetadataErrors.notFound(TEST_CASE, id)
        val before = JsonObject(stored - LOGICAL_SUITES)
        val patched = try {
            JsonPatches.apply(before, patch) as? JsonObject ?: throw OpenMetadataErrors.badRequest("The patched test case is no longer a JSON object")
        } catch (e: JsonPatchException) {
            throw OpenMetadataErrors.badRequest(e.message.orEmpty())
        }
        for (field in listOf("entityLink", "testSuite", "testDefinition")) {
            if (patched[field] != before[field]) throw OpenMetadataErrors.badRequest("The local catalog does not change a test case's $field: create another test case")
        }
        var after = JsonObject(patched + listOf("id", "name", "fullyQualifiedName", "entityFQN", "version", "updatedAt", "updatedBy", "deleted").mapNotNull { key -> before[key]?.let { key to it } })
        val problems = OpenMetadataSchemas.validate(TEST_CASE_SCHEMA, after.toString())
        if (problems.isNotEmpty()) throw OpenMetadataErrors.badRequest("Invalid test case ($TEST_CASE_SCHEMA): ${problems.joinToString("; ")}")
        checkParameters(after.arr("parameterValues"), testDefinitionByName(after.obj("testDefinition")!!.str("fullyQualifiedName")!!).arr("parameterDefinition").orEmpty())
        if (after != before) {
            val version = ((before["version"] as? JsonPrimitive)?.doubleOrNull ?: 0.1) + 0.1
            after = JsonObject(after + mapOf("version" to JsonPrimitive(Math.round(version * 10) / 10.0), "updatedAt" to JsonPrimitive(System.currentTimeMillis()), "updatedBy" to JsonPrimitive(user)))
            store(TEST_CASE, JsonObject(after + (LOGICAL_SUITES to (stored[LOGICAL_SUITES] ?: JsonArray(emptyList())))))
        }
        return shown(after, setOf("testSuite", "testDefinition"))
    }

    /**
     * `DELETE /dataQuality/testCases/{id}` and `/name/{fqn}?recursive&hardDelete` (`EntityRepository.delete`,
     * `TestCaseRepository.postDelete`): soft, the test case is `deleted` and read only with `include=deleted|all`; hard,
     * it is gone with its incidents. A test case has no children, so `recursive` changes nothing. Answers the test case.
     */
    suspend fun deleteTestCase(testCase: JsonObject, hardDelete: Boolean, user: String): JsonObject {
        // The answer carries the repository's PUT fields (TestCaseRepository.UPDATE_FIELDS), its suite and definition among them.
        val answered = setOf("testSuite", "testDefinition")
        if (!hardDelete) return shown(softDeleted(TEST_CASE, testCase, user), answered)
        remove(TEST_CASE, testCase)
        incidents.removeAll(testCase.str("fullyQualifiedName")!!)
        return shown(testCase, answered)
    }

    /**
     * `GET /dataQuality/testCases?entityLink&testSuiteId&includeAllTests&fields&limit&after` (`TestCaseResource.list`):
     * a table's link with `includeAllTests=true` also lists its columns' test cases; a suite's id lists its test cases,
     * executable or logical; soft-deleted ones only with `include=deleted|all`; ordered by FQN.
     */
    suspend fun listTestCases(entityLink: String?, testSuiteId: String?, includeAllTests: Boolean, fields: String?, limit: Int, after: String?, include: Include = Include.NON_DELETED): JsonObject {
        val link = entityLink?.let(EntityLink::parse)
        val selected = fieldSet(fields)
        val matching = all(TEST_CASE).filter { testCase ->
            val linked = EntityLink.parse(testCase.str("entityLink")!!)
            val linkMatches = link == null || linked == link || (includeAllTests && link.column == null && linked.entityFqn == link.entityFqn)
            // ListFilter.testSuiteId: the suite CONTAINS the case, as its executable suite or as a logical one.
            val inSuite = testSuiteId == null || testCase.obj("testSuite")?.str("id") == testSuiteId || testSuiteId in logicalSuitesOf(testCase)
            linkMatches && inSuite && include.admits(isDeleted(testCase))
        }.sortedBy { it.str("fullyQualifiedName") }
        val start = after?.let(::offsetOf) ?: 0
        val pageItems = matching.drop(start).take(limit)
        val next = (start + limit).takeIf { it < matching.size }?.let(::cursor)
        return page(pageItems.map { shown(it, selected) }, next, matching.size)
    }

    /**
     * `PUT /dataQuality/testCases/{fqn}/testCaseResult` (`TestCaseRepository.addTestCaseResult`): the test case must
     * exist (404); the result joins its time series (a result at a timestamp already held replaces it) and, when it
     * is the latest, becomes the case's `testCaseResult`. A `Failed` result opens an incident unless one is open
     * (`getOrCreateIncidentOnFailure`) and carries its `stateId` as `incidentId`. Answers 201 with the change event, as
     * 1.4's `PutResponse` does.
     */
    suspend fun addResult(fqn: String, body: JsonElement, user: String): JsonObject {
        var result = valid(body, TEST_CASE_RESULT, "test case result")
        val testCase = stored(TEST_CASE, fqn)?.takeIf { !isDeleted(it) } ?: throw OpenMetadataErrors.notFound(TEST_CASE, fqn)
        // The server's time-series table has a NOT NULL timestamp: without one the insert fails.
        val timestamp = (result["timestamp"] as? JsonPrimitive)?.longOrNull
            ?: throw OpenMetadataErrors.badRequest("A test case result needs its timestamp (epoch milliseconds)")
        if (result.str("testCaseStatus") == "Failed") result = JsonObject(result + ("incidentId" to JsonPrimitive(incidents.openOnFailure(testCase, user))))
        index.putExtension("${EntityIndex.digest(fqn)}|$RESULTS|$timestamp", buildJsonObject {
            put("entityId", testCase.str("id"))
            put("entityFqn", fqn)
            put("entityType", TEST_CASE)
            put("extension", RESULTS)
            put("timestamp", timestamp)
            put("payload", result)
        })
        val latest = (testCase.obj("testCaseResult")?.get("timestamp") as? JsonPrimitive)?.longOrNull
        if (latest == null || timestamp >= latest) store(TEST_CASE, JsonObject(testCase + ("testCaseResult" to result)))
        return resultChange(testCase, fqn, user, added = result, removed = null)
    }

    /** The change event of a result added to or removed from [testCase]: its version stays, as 1.4's time series leave it. */
    private fun resultChange(testCase: JsonObject, fqn: String, user: String, added: JsonObject?, removed: JsonObject?): JsonObject {
        val version = testCase["version"] ?: JsonPrimitive(0.1)
        return buildJsonObject {
            put("eventType", "entityUpdated")
            put("entityType", TEST_CASE)
            put("entityId", testCase.str("id"))
            put("entityFullyQualifiedName", fqn)
            put("userName", user)
            put("timestamp", System.currentTimeMillis())
            put("currentVersion", version)
            put("previousVersion", version)
            putJsonObject("changeDescription") {
                putJsonArray("fieldsAdded") { if (added != null) add(buildJsonObject { put("name", "testCaseResult"); put("newValue", added.toString()) }) }
                putJsonArray("fieldsUpdated") {}
                putJsonArray("fieldsDeleted") { if (removed != null) add(buildJsonObject { put("name", "testCaseResult"); put("oldValue", removed.toString()) }) }
                put("previousVersion", version)
            }
        }
    }

    /**
     * `GET /dataQuality/testCases/{fqn}/testCaseResult?startTs&endTs` (`TestCaseRepository.getTestCaseResults`):
     * the results in the range, newest first, in a `ResultList` whose cursors hold the range. The series is read by
     * FQN alone, so an unknown test case has an empty list, not a 404.
     */
    suspend fun results(fqn: String, startTs: Long, endTs: Long): JsonObject {
        val data = index.extensions(resultsQuery(fqn, startTs, endTs), "timestamp", "desc").mapNotNull { it.obj("payload") }
        return buildJsonObject {
            put("data", JsonArray(data))
            putJsonObject("paging") { put("before", startTs.toString()); put("after", endTs.toString()); put("total", data.size) }
        }
    }

    /**
     * `DELETE /dataQuality/testCases/{fqn}/testCaseResult/{timestamp}` (`TestCaseRepository.deleteTestCaseResult`): the
     * test case must exist (404) and hold a result at that timestamp (404 "Failed to find testCase result for <name> at
     * <timestamp>"); the case's `testCaseResult` becomes the latest one left. Answers the change event.
     */
    suspend fun deleteResult(fqn: String, timestamp: Long, user: String): JsonObject {
        val testCase = stored(TEST_CASE, fqn)?.takeIf { !isDeleted(it) } ?: throw OpenMetadataErrors.notFound(TEST_CASE, fqn)
        val key = "${EntityIndex.digest(fqn)}|$RESULTS|$timestamp"
        val removed = index.extension(key)?.obj("payload")
            ?: throw CatalogException.NotFound("Failed to find testCase result for ${testCase.str("name")} at $timestamp")
        index.removeExtension(key)
        val latest = index.extensions(resultsQuery(fqn, 0, Long.MAX_VALUE), "timestamp", "desc").firstOrNull()?.obj("payload")
        store(TEST_CASE, if (latest == null) JsonObject(testCase - "testCaseResult") else JsonObject(testCase + ("testCaseResult" to latest)))
        return resultChange(testCase, fqn, user, added = null, removed = removed)
    }

    private fun resultsQuery(fqn: String, startTs: Long, endTs: Long) = buildJsonObject {
        putJsonObject("bool") {
            putJsonArray("filter") {
                add(EntityIndex.term("entityFqn", fqn))
                add(EntityIndex.term("extension", RESULTS))
                add(buildJsonObject { putJsonObject("range") { putJsonObject("timestamp") { put("gte", startTs); put("lte", endTs) } } })
            }
        }
    }

    // TestCaseRepository.validateTestParameters: only when values are sent.
    private fun checkParameters(values: JsonArray?, definitions: JsonArray) {
        if (values == null) return
        if (definitions.isEmpty() && values.isNotEmpty()) throw OpenMetadataErrors.badRequest("Parameter Values doesn't match Test Definition Parameters")
        val given = values.mapNotNull { it.obj() }.associate { it.str("name") to it.str("value") }
        for (parameter in definitions.mapNotNull { it.obj() }) {
            val name = parameter.str("name")
            if (parameter["required"] == JsonPrimitive(true) && given[name] == null) {
                throw OpenMetadataErrors.badRequest("Required parameter $name is not passed in parameterValues")
            }
        }
    }

    // TestCaseRepository.setFields/clearFields: testSuite, testDefinition and testCaseResult only when asked for.
    // testSuites (every suite holding the case, `getTestSuites`) and incidentId (the latest result's, `getIncidentId`) when asked for.
    private suspend fun shown(testCase: JsonObject, fields: Set<String>): JsonObject {
        var shown = JsonObject(testCase.filterKeys { (it !in RELATIONS || it in fields) && it != LOGICAL_SUITES })
        if ("testSuites" in fields) {
            val ids = listOfNotNull(testCase.obj("testSuite")?.str("id")) + logicalSuitesOf(testCase)
            shown = JsonObject(shown + ("testSuites" to JsonArray(ids.mapNotNull { storedById(TEST_SUITE, it) })))
        }
        if ("incidentId" in fields) {
            shown = JsonObject(shown - "incidentId")
            testCase.obj("testCaseResult")?.get("incidentId")?.let { shown = JsonObject(shown + ("incidentId" to it)) }
        }
        return shown
    }

    private fun logicalSuitesOf(testCase: JsonObject): List<String> = testCase.arr(LOGICAL_SUITES).orEmpty().mapNotNull { it.str() }

    // TestSuiteRepository.setFields: tests, the references of the test cases the suite holds, only when asked for.
    private suspend fun suiteShown(suite: JsonObject, fields: Set<String>): JsonObject {
        if ("tests" !in fields) return suite
        val id = suite.str("id")
        val tests = all(TEST_CASE).filter { it.obj("testSuite")?.str("id") == id || id in logicalSuitesOf(it) }.sortedBy { it.str("fullyQualifiedName") }
        return JsonObject(suite + ("tests" to JsonArray(tests.map { reference(TEST_CASE, it) })))
    }

    private fun suiteFields(text: String?): Set<String> {
        val names = text.orEmpty().split(',').map { it.trim() }.filter { it.isNotEmpty() }.toSet()
        for (name in names) if (name !in TEST_SUITE_FIELDS) throw OpenMetadataErrors.badRequest("Invalid field name $name")
        return names
    }

    // EntityRepository.delete, soft: the entity stays, deleted, one version on.
    private suspend fun softDeleted(type: String, entity: JsonObject, user: String): JsonObject {
        val version = ((entity["version"] as? JsonPrimitive)?.doubleOrNull ?: 0.1) + 0.1
        val deleted = JsonObject(entity + mapOf(
            "deleted" to JsonPrimitive(true), "version" to JsonPrimitive(Math.round(version * 10) / 10.0),
            "updatedAt" to JsonPrimitive(System.currentTimeMillis()), "updatedBy" to JsonPrimitive(user),
        ))
        store(type, deleted)
        return JsonObject(deleted - LOGICAL_SUITES)
    }

    private suspend fun remove(type: String, entity: JsonObject) {
        index.removeExtension("$type|${EntityIndex.digest(entity.str("fullyQualifiedName")!!)}")
    }

    private fun fieldSet(text: String?): Set<String> {
        val names = text.orEmpty().split(',').map { it.trim() }.filter { it.isNotEmpty() }.toSet()
        for (name in names) if (name !in TEST_CASE_FIELDS) throw OpenMetadataErrors.badRequest("Invalid field name $name")
        return names
    }

    private fun reference(type: String, entity: JsonObject) = buildJsonObject {
        put("id", entity.str("id"))
        put("type", type)
        put("name", entity.str("name"))
        put("fullyQualifiedName", entity.str("fullyQualifiedName"))
        entity.str("displayName")?.let { put("displayName", it) }
        put("deleted", entity["deleted"] ?: JsonPrimitive(false))
    }

    private suspend fun store(type: String, entity: JsonObject) {
        index.putExtension("$type|${EntityIndex.digest(entity.str("fullyQualifiedName")!!)}", buildJsonObject {
            put("entityId", entity.str("id"))
            put("entityFqn", entity.str("fullyQualifiedName"))
            put("entityType", type)
            put("extension", "dataQuality.$type")
            put("payload", entity)
        })
    }

    private suspend fun stored(type: String, fqn: String): JsonObject? = index.extension("$type|${EntityIndex.digest(fqn)}")?.obj("payload")

    private suspend fun storedById(type: String, id: String): JsonObject? = index.extensions(
        buildJsonObject { putJsonObject("bool") { putJsonArray("filter") { add(EntityIndex.term("entityId", id)); add(EntityIndex.term("extension", "dataQuality.$type")) } } },
        "entityFqn", "asc",
    ).firstOrNull()?.obj("payload")

    private suspend fun all(type: String): List<JsonObject> =
        index.extensions(EntityIndex.term("extension", "dataQuality.$type"), "entityFqn", "asc").mapNotNull { it.obj("payload") }

    private fun valid(body: JsonElement, schema: String, what: String): JsonObject {
        val json = body as? JsonObject ?: throw OpenMetadataErrors.badRequest("The $what is a JSON object ($schema)")
        val problems = OpenMetadataSchemas.validate(schema, json.toString())
        if (problems.isNotEmpty()) throw OpenMetadataErrors.badRequest("Invalid $what ($schema): ${problems.joinToString("; ")}")
        return json
    }

    private fun page(data: List<JsonObject>, after: String?, total: Int = data.size) = buildJsonObject {
        put("data", JsonArray(data))
        putJsonObject("paging") { after?.let { put("after", it) }; put("total", total) }
    }

    // The local catalog's cursors are positions in the FQN order: the test cases of a table are few.
    private fun cursor(offset: Int): String = Base64.getUrlEncoder().encodeToString("dq:$offset".toByteArray())

    private fun offsetOf(cursor: String): Int = runCatching { String(Base64.getUrlDecoder().decode(cursor)).removePrefix("dq:").toInt() }.getOrNull()
        ?: throw OpenMetadataErrors.badRequest("Invalid cursor $cursor")

    private fun isDeleted(entity: JsonObject): Boolean = entity["deleted"] == JsonPrimitive(true)

    private companion object {
        const val TEST_DEFINITION = "testDefinition"
        const val TEST_SUITE = "testSuite"
        const val TEST_CASE = "testCase"
        // TestCaseRepository.TESTCASE_RESULT_EXTENSION.
        const val RESULTS = "testCase.testCaseResult"
        val RELATIONS = setOf("testSuite", "testDefinition", "testCaseResult")
        val TEST_CASE_FIELDS = setOf("owner", "testSuite", "testDefinition", "testSuites", "testCaseResult", "incidentId", "domain")
        // TestSuiteResource.FIELDS.
        val TEST_SUITE_FIELDS = setOf("owner", "tests", "summary")
        const val LOGICAL_SUITES = "_logicalTestSuites"

        const val CREATE_TEST_SUITE = "api/tests/createTestSuite.json"
        const val CREATE_TEST_CASE = "api/tests/createTestCase.json"
        const val CREATE_LOGICAL_TEST_CASES = "api/tests/createLogicalTestCases.json"
        const val TEST_CASE_SCHEMA = "tests/testCase.json"
        const val TEST_CASE_RESULT = "tests/basic.json#/definitions/testCaseResult"

        // TestSuiteResource's messages, their names swapped as in 1.4.
        const val EXECUTABLE_TEST_SUITE_DELETION_ERROR =
            "Cannot delete logical test suite. To delete logical test suite, use DELETE /v1/dataQuality/testSuites/<...>"
        const val NON_EXECUTABLE_TEST_SUITE_DELETION_ERROR =
            "Cannot delete executable test suite. To delete executable test suite, use DELETE /v1/dataQuality/testSuites/executable/<...>"
    }
}
