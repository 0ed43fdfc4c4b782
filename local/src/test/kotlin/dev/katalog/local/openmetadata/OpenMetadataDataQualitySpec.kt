package dev.katalog.local.openmetadata

import dev.katalog.local.openmetadata.OpenMetadataKit.sent
import dev.katalog.local.openmetadata.OpenMetadataKit.answer
import dev.katalog.local.Api
import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.q
import dev.katalog.local.openmetadata.OpenMetadataKit.schema
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.table
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonObject

/**
 * Data quality as open-metadata/OpenMetadata 1.4.x (openmetadata-service/src/main/java/org/openmetadata/service/)
 * serves it: `resources/dqtests/TestDefinitionResource.java`, `TestSuiteResource.java` (`createExecutable`),
 * `TestCaseResource.java` (`create`, `list`, `addTestCaseResult`, `listTestCaseResults`), `jdbi3/TestCaseRepository.java`
 * (`setFullyQualifiedName`, `prepare`, `validateTestParameters`, `addTestCaseResult`, `getTestCaseResults`) and
 * `util/EntityUtil.validateEntityLink`. Every request body is checked against its 1.4 schema before it is sent.
 */
class OpenMetadataDataQualitySpec : FunSpec({
    val svc = unique("dq")
    service(svc)
    database(svc, "db")
    schema("$svc.db", "s")
    table("$svc.db.s", "orders", """[{"name":"id","dataType":"INT"},{"name":"amount","dataType":"DOUBLE"}]""")
    val tableFqn = "$svc.db.s.orders"

    val createSuite = "api/tests/createTestSuite.json"
    val createCase = "api/tests/createTestCase.json"
    val result = "tests/basic.json#/definitions/testCaseResult"
    val testCase = "tests/testCase.json"
    val suiteFqn = "$tableFqn.testSuite"

    fun caseBody(name: String, link: String, definition: String = "tableRowCountToBeBetween", parameters: String? = null, suite: String = suiteFqn): String =
        sent(createCase, """{"name":"$name","entityLink":${q(link)},"testDefinition":"$definition","testSuite":${q(suite)}""" +
            (parameters?.let { ""","parameterValues":$it""" } ?: "") + "}")

    test("test definitions: the built-ins are valid 1.4 test definitions, filtered by entityType, read by name (TestDefinitionResource)") {
        val all = api.get("/api/v1/dataQuality/testDefinitions?limit=100").obj["data"].list()
        for (definition in all) answer("tests/testDefinition.json", Api.Answer(200, definition.toString(), emptyMap()))
        val columnTests = api.get("/api/v1/dataQuality/testDefinitions?entityType=COLUMN").obj["data"].list().map { (it as JsonObject).str("name") }
        columnTests shouldContainExactly listOf("columnValuesToBeNotNull", "columnValuesToBeBetween")
        answer("tests/testDefinition.json", api.get("/api/v1/dataQuality/testDefinitions/name/tableRowCountToBeBetween")).str("entityType") shouldBe "TABLE"
        error(api.get("/api/v1/dataQuality/testDefinitions/name/noSuchTest"), 404) shouldBe "testDefinition instance for noSuchTest not found"
    }

    test("executable suite: FQN is the table's + .testSuite, 201 then 409, 404 for an unknown table (TestSuiteResource.createExecutable)") {
        val body = sent(createSuite, """{"name":"$tableFqn.TestSuite","executableEntityReference":"$tableFqn"}""")
        val suite = answer("tests/testSuite.json", api.post("/api/v1/dataQuality/testSuites/executable", body), 201)
        suite.str("fullyQualifiedName") shouldBe suiteFqn
        suite["executable"].toString() shouldBe "true"
        suite.at("executableEntityReference").str("fullyQualifiedName") shouldBe tableFqn
        answer("tests/testSuite.json", api.get("/api/v1/dataQuality/testSuites/name/${enc(suiteFqn)}")).str("id") shouldBe suite.str("id")
        error(api.post("/api/v1/dataQuality/testSuites/executable", body), 409)
        val unknown = sent(createSuite, """{"name":"x","executableEntityReference":"$svc.db.s.nothing"}""")
        error(api.post("/api/v1/dataQuality/testSuites/executable", unknown), 404) shouldBe "table instance for $svc.db.s.nothing not found"
    }

    test("test cases: table and column FQNs, relations only on fields=, listed by entity link (TestCaseRepository.setFullyQualifiedName, setFields)") {
        val rows = answer(testCase, api.post("/api/v1/dataQuality/testCases", caseBody("rows", "<#E::table::$tableFqn>", parameters = """[{"name":"minValue","value":"1"}]""")), 201)
        rows.str("fullyQualifiedName") shouldBe "$tableFqn.rows"
        rows.str("entityFQN") shouldBe tableFqn
        rows.at("testSuite").str("fullyQualifiedName") shouldBe suiteFqn
        val notNull = answer(testCase, api.post("/api/v1/dataQuality/testCases", caseBody("id_not_null", "<#E::table::$tableFqn::columns::id>", "columnValuesToBeNotNull")), 201)
        notNull.str("fullyQualifiedName") shouldBe "$tableFqn.id.id_not_null"
        notNull.str("entityFQN") shouldBe "$tableFqn.id"
        // A plain read leaves the relations out, as 1.4's clearFields does; fields= brings them back.
        val plain = api.get("/api/v1/dataQuality/testCases/name/${enc("$tableFqn.rows")}").obj
        plain.containsKey("testSuite") shouldBe false
        plain.containsKey("testDefinition") shouldBe false
        answer(testCase, api.get("/api/v1/dataQuality/testCases/name/${enc("$tableFqn.rows")}?fields=testSuite,testDefinition"))
            .at("testDefinition").str("name") shouldBe "tableRowCountToBeBetween"
        val tableLink = enc("<#E::table::$tableFqn>")
        fun names(query: String) = api.get("/api/v1/dataQuality/testCases?$query").obj["data"].list().map { (it as JsonObject).str("name") }
        names("entityLink=$tableLink") shouldContainExactly listOf("rows")
        names("entityLink=$tableLink&includeAllTests=true") shouldContainExactly listOf("id_not_null", "rows")
        names("entityLink=${enc("<#E::table::$tableFqn::columns::id>")}") shouldContainExactly listOf("id_not_null")
        // Paging: one per page, the cursor leads to the next.
        val first = api.get("/api/v1/dataQuality/testCases?entityLink=$tableLink&includeAllTests=true&limit=1").obj
        val after = first.at("paging").str("after")!!
        names("entityLink=$tableLink&includeAllTests=true&limit=1&after=${enc(after)}") shouldContainExactly listOf("rows")
        error(api.post("/api/v1/dataQuality/testCases", caseBody("rows", "<#E::table::$tableFqn>")), 409)
    }

    test("test case refusals follow 1.4: 404 for an unknown table, suite or definition, 400 for parameters; an unknown column is accepted") {
        // EntityUtil.validateEntityLink: getEntityReferenceByName(table) only ("TODO: add more validation for field name").
        error(api.post("/api/v1/dataQuality/testCases", caseBody("t", "<#E::table::$svc.db.s.nothing>")), 404) shouldBe "table instance for $svc.db.s.nothing not found"
        error(api.post("/api/v1/dataQuality/testCases", caseBody("t", "<#E::table::$tableFqn>", "noSuchTest")), 404) shouldBe "testDefinition instance for noSuchTest not found"
        error(api.post("/api/v1/dataQuality/testCases", caseBody("t", "<#E::table::$tableFqn>", suite = "$svc.nothing.testSuite")), 404) shouldContain "testSuite instance for"
        // TestCaseRepository.validateTestParameters.
        error(api.post("/api/v1/dataQuality/testCases", caseBody("t", "<#E::table::$tableFqn>", "tableColumnCountToEqual", "[]")), 400) shouldBe
            "Required parameter columnCount is not passed in parameterValues"
        error(api.post("/api/v1/dataQuality/testCases", caseBody("t", "<#E::table::$tableFqn::columns::id>", "columnValuesToBeNotNull", """[{"name":"x","value":"1"}]""")), 400) shouldBe
            "Parameter Values doesn't match Test Definition Parameters"
        // The server stores a test on a column the table does not have: the client checks it instead.
        answer(testCase, api.post("/api/v1/dataQuality/testCases", caseBody("ghost", "<#E::table::$tableFqn::columns::ghost>", "columnValuesToBeNotNull")), 201)
            .str("fullyQualifiedName") shouldBe "$tableFqn.ghost.ghost"
        // basic.json's entityLink pattern refuses a malformed link before the server reads it.
        error(api.post("/api/v1/dataQuality/testCases", """{"name":"t","entityLink":"table:$tableFqn","testDefinition":"tableRowCountToBeBetween","testSuite":"$suiteFqn"}"""), 400)
    }

    test("results: 201, read back newest first in the range, the latest on the case (TestCaseRepository.addTestCaseResult, getTestCaseResults)") {
        val fqn = "$tableFqn.rows"
        val path = "/api/v1/dataQuality/testCases/${enc(fqn)}/testCaseResult"
        for ((at, status) in listOf(1_000L to "Success", 2_000L to "Failed", 3_000L to "Success")) {
            val put = api.put(path, sent(result, """{"timestamp":$at,"testCaseStatus":"$status","result":"run at $at"}"""))
            if (put.status != 201) fail("expected 201, got $put")
            put.obj.str("entityType") shouldBe "testCase"
        }
        val read = api.get("$path?startTs=1500&endTs=3000").obj
        read["data"].list().map { (it as JsonObject).str("testCaseStatus") } shouldContainExactly listOf("Success", "Failed")
        for (item in read["data"].list()) answer(result, Api.Answer(200, item.toString(), emptyMap()))
        read.at("paging", "total").toString() shouldBe "2"
        answer(testCase, api.get("/api/v1/dataQuality/testCases/name/${enc(fqn)}?fields=testSuite,testDefinition,testCaseResult"))
            .at("testCaseResult", "timestamp").toString() shouldBe "3000"
        error(api.put("/api/v1/dataQuality/testCases/${enc("$tableFqn.nothing")}/testCaseResult", """{"timestamp":1,"testCaseStatus":"Success"}"""), 404)
        error(api.get(path), 400) shouldBe "[query param startTs must not be null]"
    }
})
