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
import kotlinx.serialization.json.JsonObject

/**
 * Test case upkeep and logical test suites as open-metadata/OpenMetadata 1.4.x serves them
 * (openmetadata-service/src/main/java/org/openmetadata/service/): `resources/dqtests/TestSuiteResource.java` (`create`,
 * `delete`, `deleteExecutable`, their deletion errors), `resources/dqtests/TestCaseResource.java`
 * (`addTestCasesToLogicalTestSuite`, `deleteLogicalTestCase`, `delete`, `deleteTestCaseResult`),
 * `jdbi3/TestCaseRepository.java` (`prepare`, `validateTestParameters`, `TestUpdater`, `deleteTestCaseResult`),
 * `jdbi3/TestSuiteRepository.java` (`deleteLogicalTestSuite`) and `jdbi3/EntityRepository.java` (`delete`,
 * `deleteChildren`). Every request body is checked against its 1.4 schema before it is sent.
 */
class OpenMetadataTestSuiteSpec : FunSpec({
    val svc = unique("dqs")
    service(svc)
    database(svc, "db")
    schema("$svc.db", "s")
    table("$svc.db.s", "orders", """[{"name":"id","dataType":"INT"}]""")
    val tableFqn = "$svc.db.s.orders"
    val suiteFqn = "$tableFqn.testSuite"

    val testCase = "tests/testCase.json"
    val testSuite = "tests/testSuite.json"
    val dq = "/api/v1/dataQuality"

    answer(testSuite, api.post("$dq/testSuites/executable", sent("api/tests/createTestSuite.json", """{"name":"$tableFqn.TestSuite","executableEntityReference":"$tableFqn"}""")), 201)

    fun createCase(name: String, parameters: String = """[{"name":"minValue","value":"1"}]""", definition: String = "tableRowCountToBeBetween"): JsonObject = answer(
        testCase,
        api.post("$dq/testCases", sent("api/tests/createTestCase.json", """{"name":"$name","entityLink":${q("<#E::table::$tableFqn>")},"testDefinition":"$definition","testSuite":${q(suiteFqn)},"parameterValues":$parameters}""")),
        201,
    )

    fun logical(name: String): JsonObject =
        answer(testSuite, api.post("$dq/testSuites", sent("api/tests/createTestSuite.json", """{"name":${q(name)},"description":"grouped"}""")), 201)

    fun names(query: String) = api.get("$dq/testCases?$query").obj["data"].list().map { (it as JsonObject).str("name") }

    test("PATCH a test case: description and parameter values change, the version moves, identity changes are undone (EntityRepository.patch, TestUpdater)") {
        val case = createCase("patched")
        val patch = """[{"op":"add","path":"/description","value":"row count"},{"op":"replace","path":"/parameterValues","value":[{"name":"minValue","value":"5"}]},""" +
            """{"op":"add","path":"/computePassedFailedRowCount","value":true},{"op":"replace","path":"/name","value":"renamed"}]"""
        val patched = answer(testCase, api.patch("$dq/testCases/${case.str("id")}", patch))
        patched.str("description") shouldBe "row count"
        patched.at("parameterValues").list().map { (it as JsonObject).str("value") } shouldContainExactly listOf("5")
        patched["computePassedFailedRowCount"].toString() shouldBe "true"
        patched.str("name") shouldBe "patched"
        patched["version"].toString() shouldBe "0.2"
        api.get("$dq/testCases/name/${enc("$tableFqn.patched")}").obj.str("description") shouldBe "row count"
        // prepare() -> validateTestParameters on update too: a required parameter may not go; an unknown one is stored.
        val columns = createCase("columns", """[{"name":"columnCount","value":"1"}]""", "tableColumnCountToEqual")
        error(api.patch("$dq/testCases/${columns.str("id")}", """[{"op":"replace","path":"/parameterValues","value":[]}]"""), 400) shouldBe
            "Required parameter columnCount is not passed in parameterValues"
        api.patch("$dq/testCases/${case.str("id")}", """[{"op":"replace","path":"/parameterValues","value":[{"name":"x","value":"1"}]}]""").status shouldBe 200
        error(api.patch("$dq/testCases/${case.str("id")}", """[{"op":"add","path":"/description","value":"x"}]""", "application/json"), 415)
    }

    test("delete a test case: soft keeps it for include=deleted, hard removes it; by id and by FQN (EntityRepository.delete)") {
        val soft = createCase("soft_gone")
        val hard = createCase("hard_gone")
        val deleted = answer(testCase, api.delete("$dq/testCases/${soft.str("id")}"))
        deleted["deleted"].toString() shouldBe "true"
        error(api.get("$dq/testCases/name/${enc("$tableFqn.soft_gone")}"), 404)
        api.get("$dq/testCases/name/${enc("$tableFqn.soft_gone")}?include=deleted").obj.str("id") shouldBe soft.str("id")
        names("entityLink=${enc("<#E::table::$tableFqn>")}&limit=100").contains("soft_gone") shouldBe false
        names("entityLink=${enc("<#E::table::$tableFqn>")}&include=deleted&limit=100") shouldContainExactly listOf("soft_gone")
        answer(testCase, api.delete("$dq/testCases/name/${enc("$tableFqn.hard_gone")}?hardDelete=true&recursive=true")).str("id") shouldBe hard.str("id")
        error(api.get("$dq/testCases/name/${enc("$tableFqn.hard_gone")}?include=all"), 404)
        error(api.delete("$dq/testCases/name/${enc("$tableFqn.nothing")}"), 404)
    }

    test("delete a result at its timestamp; the case's latest result falls back (TestCaseRepository.deleteTestCaseResult)") {
        createCase("results")
        val fqn = "$tableFqn.results"
        for (at in listOf(1_000L, 2_000L)) {
            val put = api.put("$dq/testCases/${enc(fqn)}/testCaseResult", """{"timestamp":$at,"testCaseStatus":"Success"}""")
            if (put.status != 201) fail("expected 201, got $put")
        }
        api.delete("$dq/testCases/${enc(fqn)}/testCaseResult/2000").obj.str("entityFullyQualifiedName") shouldBe fqn
        api.get("$dq/testCases/${enc(fqn)}/testCaseResult?startTs=0&endTs=5000").obj["data"].list().size shouldBe 1
        answer(testCase, api.get("$dq/testCases/name/${enc(fqn)}?fields=testSuite,testDefinition,testCaseResult")).at("testCaseResult", "timestamp").toString() shouldBe "1000"
        error(api.delete("$dq/testCases/${enc(fqn)}/testCaseResult/2000"), 404) shouldBe "Failed to find testCase result for results at 2000"
    }

    test("logical suites: created by name, hold existing test cases, list them by testSuiteId (TestSuiteResource.create, addTestCasesToLogicalTestSuite)") {
        val a = createCase("logical_a")
        val b = createCase("logical_b")
        val suite = logical("nightly.$svc")
        suite.str("fullyQualifiedName") shouldBe "\"nightly.$svc\""
        suite["executable"].toString() shouldBe "false"
        error(api.post("$dq/testSuites", """{"name":"nightly.$svc"}"""), 409)
        val body = sent("api/tests/createLogicalTestCases.json", """{"testSuiteId":"${suite.str("id")}","testCaseIds":["${a.str("id")}","${b.str("id")}"]}""")
        val filled = answer(testSuite, api.put("$dq/testCases/logicalTestCases", body))
        filled.at("tests").list().map { (it as JsonObject).str("name") } shouldContainExactly listOf("logical_a", "logical_b")
        names("testSuiteId=${suite.str("id")}") shouldContainExactly listOf("logical_a", "logical_b")
        // A test case keeps its executable suite: testSuite is still that one, testSuites has both.
        val read = answer(testCase, api.get("$dq/testCases/name/${enc("$tableFqn.logical_a")}?fields=testSuite,testDefinition,testSuites"))
        read.at("testSuite").str("fullyQualifiedName") shouldBe suiteFqn
        read.at("testSuites").list().map { (it as JsonObject)["executable"].toString() }.toSet() shouldBe setOf("true", "false")
        // deleteLogicalTestCase: the case leaves the suite only.
        api.delete("$dq/testCases/logicalTestCases/${suite.str("id")}/${b.str("id")}").status shouldBe 200
        names("testSuiteId=${suite.str("id")}") shouldContainExactly listOf("logical_a")
        api.get("$dq/testSuites?testSuiteType=logical&limit=1000").obj["data"].list().map { (it as JsonObject).str("name") }.contains("nightly.$svc") shouldBe true
        api.get("$dq/testSuites?testSuiteType=executable&limit=1000").obj["data"].list().map { (it as JsonObject).str("name") }.contains("nightly.$svc") shouldBe false
    }

    test("logical suite refusals: an executable suite, unknown test cases, an unknown suite (TestCaseResource.addTestCasesToLogicalTestSuite)") {
        val case = createCase("refused")
        val executable = api.get("$dq/testSuites/name/${enc(suiteFqn)}").obj
        val toExecutable = sent("api/tests/createLogicalTestCases.json", """{"testSuiteId":"${executable.str("id")}","testCaseIds":["${case.str("id")}"]}""")
        error(api.put("$dq/testCases/logicalTestCases", toExecutable), 400) shouldBe "You are trying to add test cases to an executable test suite."
        val suite = logical(unique("weekly"))
        val unknown = """{"testSuiteId":"${suite.str("id")}","testCaseIds":["${case.str("id")}","00000000-0000-0000-0000-000000000001"]}"""
        error(api.put("$dq/testCases/logicalTestCases", unknown), 400) shouldBe "You are trying to add one or more test cases that do not exist."
        names("testSuiteId=${suite.str("id")}") shouldBe emptyList()
        error(api.put("$dq/testCases/logicalTestCases", """{"testSuiteId":"00000000-0000-0000-0000-000000000002","testCaseIds":[]}"""), 404)
    }

    test("deleting suites: each kind by its own path; a logical suite leaves its test cases; an executable one needs recursive (TestSuiteResource, deleteChildren)") {
        val case = createCase("kept")
        val suite = logical(unique("gone"))
        api.put("$dq/testCases/logicalTestCases", """{"testSuiteId":"${suite.str("id")}","testCaseIds":["${case.str("id")}"]}""").status shouldBe 200
        val executable = api.get("$dq/testSuites/name/${enc(suiteFqn)}").obj
        error(api.delete("$dq/testSuites/${executable.str("id")}"), 400) shouldBe
            "Cannot delete executable test suite. To delete executable test suite, use DELETE /v1/dataQuality/testSuites/executable/<...>"
        error(api.delete("$dq/testSuites/executable/${suite.str("id")}"), 400) shouldBe
            "Cannot delete logical test suite. To delete logical test suite, use DELETE /v1/dataQuality/testSuites/<...>"
        answer(testSuite, api.delete("$dq/testSuites/${suite.str("id")}?hardDelete=true")).str("id") shouldBe suite.str("id")
        error(api.get("$dq/testSuites/${suite.str("id")}?include=all"), 404)
        api.get("$dq/testCases/name/${enc("$tableFqn.kept")}").status shouldBe 200
        error(api.delete("$dq/testSuites/executable/name/${enc(suiteFqn)}"), 400) shouldBe "testSuite is not empty"
        val soft = answer(testSuite, api.delete("$dq/testSuites/executable/name/${enc(suiteFqn)}?recursive=true"))
        soft["deleted"].toString() shouldBe "true"
        api.get("$dq/testCases/name/${enc("$tableFqn.kept")}?include=deleted").obj["deleted"].toString() shouldBe "true"
        error(api.get("$dq/testCases/name/${enc("$tableFqn.kept")}"), 404)
    }
})
