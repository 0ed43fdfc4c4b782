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
import kotlinx.serialization.json.longOrNull
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject
import java.util.Base64
import java.util.UUID

/**
 * Data quality as OpenMetadata 1.4 serves it under `/v1/dataQuality` (openmetadata-service `resources/dqtests/`
 * `TestDefinitionResource.java`, `TestSuiteResource.java`, `TestCaseResource.java` and `jdbi3/TestCaseRepository.java`):
 * the built-in test definitions, executable test suites (one per table), test cases on a table or one of its columns,
 * and their results, a time series keyed by the test case's FQN. Suites and cases are kept as extension documents
 * beside the entities, results as the server keeps them, beside the test case.
 */
internal class DataQualityService(private val index: EntityIndex) {

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
        val suite = buildJsonObject {
            put("id", UUID.randomUUID().toString())
            put("name", request.str("name"))
            request.str("displayName")?.let { put("displayName", it) }
            put("fullyQualifiedName", fqn)
            request.str("description")?.let { put("description", it) }
            // tests/testSuite.json 1.4: serviceType is the one-value enum "TestSuite".
            put("serviceType", "TestSuite")
            put("executable", true)
            put("executableEntityReference", reference(EntityKinds.TABLE.type, table))
            put("version", 0.1)
            put("updatedAt", System.currentTimeMillis())
            put("updatedBy", user)
            put("deleted", false)
        }
        store(TEST_SUITE, suite)
        return suite
    }

    suspend fun testSuiteByName(fqn: String): JsonObject = stored(TEST_SUITE, fqn) ?: throw OpenMetadataErrors.notFound(TEST_SUITE, fqn)

    suspend fun testSuiteById(id: String): JsonObject = storedById(TEST_SUITE, id) ?: throw OpenMetadataErrors.notFound(TEST_SUITE, id)

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
        val suite = stored(TEST_SUITE, request.str("testSuite")!!) ?: throw OpenMetadataErrors.notFound(TEST_SUITE, request.str("testSuite")!!)
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
    suspend fun testCaseByName(fqn: String, fields: String?): JsonObject =
        shown(stored(TEST_CASE, fqn) ?: throw OpenMetadataErrors.notFound(TEST_CASE, fqn), fieldSet(fields))

    suspend fun testCaseById(id: String, fields: String?): JsonObject =
        shown(storedById(TEST_CASE, id) ?: throw OpenMetadataErrors.notFound(TEST_CASE, id), fieldSet(fields))

    /**
     * `GET /dataQuality/testCases?entityLink&testSuiteId&includeAllTests&fields&limit&after` (`TestCaseResource.list`):
     * a table's link with `includeAllTests=true` also lists its columns' test cases; ordered by FQN.
     */
    suspend fun listTestCases(entityLink: String?, testSuiteId: String?, includeAllTests: Boolean, fields: String?, limit: Int, after: String?): JsonObject {
        val link = entityLink?.let(EntityLink::parse)
        val selected = fieldSet(fields)
        val matching = all(TEST_CASE).filter { testCase ->
            val linked = EntityLink.parse(testCase.str("entityLink")!!)
            val linkMatches = link == null || linked == link || (includeAllTests && link.column == null && linked.entityFqn == link.entityFqn)
            linkMatches && (testSuiteId == null || testCase.obj("testSuite")?.str("id") == testSuiteId)
        }.sortedBy { it.str("fullyQualifiedName") }
        val start = after?.let(::offsetOf) ?: 0
        val pageItems = matching.drop(start).take(limit)
        val next = (start + limit).takeIf { it < matching.size }?.let(::cursor)
        return page(pageItems.map { shown(it, selected) }, next, matching.size)
    }

    /**
     * `PUT /dataQuality/testCases/{fqn}/testCaseResult` (`TestCaseRepository.addTestCaseResult`): the test case must
     * exist (404); the result joins its time series (a result at a timestamp already held replaces it) and, when it
     * is the latest, becomes the case's `testCaseResult`. Answers 201 with the change event, as 1.4's `PutResponse` does.
     */
    suspend fun addResult(fqn: String, body: JsonElement, user: String): JsonObject {
        val result = valid(body, TEST_CASE_RESULT, "test case result")
        val testCase = stored(TEST_CASE, fqn) ?: throw OpenMetadataErrors.notFound(TEST_CASE, fqn)
        // The server's time-series table has a NOT NULL timestamp: without one the insert fails.
        val timestamp = (result["timestamp"] as? JsonPrimitive)?.longOrNull
            ?: throw OpenMetadataErrors.badRequest("A test case result needs its timestamp (epoch milliseconds)")
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
        return buildJsonObject {
            put("eventType", "entityUpdated")
            put("entityType", TEST_CASE)
            put("entityId", testCase.str("id"))
            put("entityFullyQualifiedName", fqn)
            put("userName", user)
            put("timestamp", System.currentTimeMillis())
            put("currentVersion", testCase["version"] ?: JsonPrimitive(0.1))
            put("previousVersion", testCase["version"] ?: JsonPrimitive(0.1))
            putJsonObject("changeDescription") {
                putJsonArray("fieldsAdded") { add(buildJsonObject { put("name", "testCaseResult"); put("newValue", result.toString()) }) }
                putJsonArray("fieldsUpdated") {}
                putJsonArray("fieldsDeleted") {}
                put("previousVersion", testCase["version"] ?: JsonPrimitive(0.1))
            }
        }
    }

    /**
     * `GET /dataQuality/testCases/{fqn}/testCaseResult?startTs&endTs` (`TestCaseRepository.getTestCaseResults`):
     * the results in the range, newest first, in a `ResultList` whose cursors hold the range. The series is read by
     * FQN alone, so an unknown test case has an empty list, not a 404.
     */
    suspend fun results(fqn: String, startTs: Long, endTs: Long): JsonObject {
        val query = buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("filter") {
                    add(EntityIndex.term("entityFqn", fqn))
                    add(EntityIndex.term("extension", RESULTS))
                    add(buildJsonObject { putJsonObject("range") { putJsonObject("timestamp") { put("gte", startTs); put("lte", endTs) } } })
                }
            }
        }
        val data = index.extensions(query, "timestamp", "desc").mapNotNull { it.obj("payload") }
        return buildJsonObject {
            put("data", JsonArray(data))
            putJsonObject("paging") { put("before", startTs.toString()); put("after", endTs.toString()); put("total", data.size) }
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
    private fun shown(testCase: JsonObject, fields: Set<String>): JsonObject =
        JsonObject(testCase.filterKeys { it !in RELATIONS || it in fields })

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

        const val CREATE_TEST_SUITE = "api/tests/createTestSuite.json"
        const val CREATE_TEST_CASE = "api/tests/createTestCase.json"
        const val TEST_CASE_RESULT = "tests/basic.json#/definitions/testCaseResult"
    }
}
