package dev.katalog.client.openmetadata.quality

import dev.katalog.client.core.UsageException
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.tests.TestCase
import dev.katalog.model.openmetadata.tests.TestDefinition
import dev.katalog.model.openmetadata.tests.TestSuite
import dev.katalog.model.openmetadata.tests.type.TestCaseResult
import dev.katalog.model.openmetadata.type.TestDefinitionEntityType

/**
 * What a test case request must satisfy before it is sent. OpenMetadata 1.4 checks only the table and the required
 * parameters (`jdbi3/TestCaseRepository.prepare`, `EntityUtil.validateEntityLink`): a column the table does not
 * have, a column test on a table or an unknown parameter would be stored and fail only when the test runs.
 */
internal object DataQualityChecks {
    // type/basic.json#/definitions/testCaseEntityName: at least one character, no "::"; names are at most 256.
    private const val MAX_NAME_LENGTH = 256

    /** What can be checked without the server: the name and the definition's name. */
    fun names(request: TestCaseRequest) {
        UsageException.check(request.name.isNotBlank(), { "The test case name is blank" }, "Name the test case, e.g. orders_row_count")
        UsageException.check("::" !in request.name, { "The test case name ${request.name} contains '::'" }, "Remove the '::': OpenMetadata 1.4 refuses it in names")
        UsageException.check(request.name.length <= MAX_NAME_LENGTH, { "The test case name is ${request.name.length} characters long" }, "Shorten it to at most $MAX_NAME_LENGTH characters")
        UsageException.check(request.testDefinition.isNotBlank(), { "The test case ${request.name} names no test definition" }, "Name one, e.g. tableRowCountToBeBetween")
        for (name in request.parameters.keys) UsageException.check(name.isNotBlank(), { "The test case ${request.name} has a parameter with a blank name" }, "Name every parameter")
    }

    /** What the table and the test definition (read from the server) rule out. */
    fun request(table: Table, request: TestCaseRequest, definition: TestDefinition) {
        val fqn = fqn(table)
        val column = request.column
        if (column != null) {
            UsageException.check(
                table.columns.any { it.name == column },
                { "$column is not a column of $fqn (it has ${table.columns.joinToString(", ") { it.name }})" },
                "Name a top-level column of the table; read the table again if its columns changed",
            )
        }
        when (definition.entityType) {
            TestDefinitionEntityType.COLUMN -> UsageException.check(column != null, { "${definition.name} tests a column, and no column was given" }, "Pass the column the test case checks")
            TestDefinitionEntityType.TABLE -> UsageException.check(column == null, { "${definition.name} tests a table, and the column $column was given" }, "Leave the column out, or choose a column test definition")
            else -> Unit
        }
        parameters(request.name, request.parameters, definition)
    }

    /** [parameters] of the test case [caseName] name only [definition]'s parameters and give every required one. */
    fun parameters(caseName: String, parameters: Map<String, String>, definition: TestDefinition) {
        val known = definition.parameterDefinition.orEmpty().mapNotNull { it.name }
        for (name in parameters.keys) {
            UsageException.check(name.isNotBlank(), { "The test case $caseName has a parameter with a blank name" }, "Name every parameter")
            UsageException.check(name in known, { "${definition.name} has no parameter $name (it has ${known.ifEmpty { listOf("none") }.joinToString(", ")})" }, "Pass only the test definition's parameters")
        }
        for (parameter in definition.parameterDefinition.orEmpty().filter { it.required == true }) {
            UsageException.check(parameter.name in parameters, { "${definition.name} needs the parameter ${parameter.name}" }, "Pass a value for ${parameter.name}")
        }
    }

    /** An update must change something; a description may not be blank (remove it in the UI instead). */
    fun update(testCase: TestCase, update: TestCaseUpdate) {
        val changes = listOf(update.description, update.parameters, update.computePassedFailedRowCount, update.displayName)
        UsageException.check(changes.any { it != null }, { "The update of ${testCase.name} changes nothing" }, "Set at least one of description, parameters, computePassedFailedRowCount or displayName")
        UsageException.check(update.description?.isBlank() != true, { "The new description of ${testCase.name} is blank" }, "Pass the description text")
    }

    /** A logical suite's name, as `CreateTestSuite` takes it (type/basic.json#/definitions/testSuiteEntityName). */
    fun suiteName(name: String) {
        UsageException.check(name.isNotBlank(), { "The test suite name is blank" }, "Name the suite, e.g. nightly_checks")
        UsageException.check("::" !in name, { "The test suite name $name contains '::'" }, "Remove the '::': OpenMetadata 1.4 refuses it in names")
        UsageException.check(name.length <= MAX_NAME_LENGTH, { "The test suite name is ${name.length} characters long" }, "Shorten it to at most $MAX_NAME_LENGTH characters")
    }

    /** [suite] must be logical: an executable suite is its table's alone and is changed through its test cases. */
    fun logical(suite: TestSuite, action: String) {
        UsageException.check(
            suite.executable != true,
            { "${suite.name} is an executable test suite, which holds only its table's test cases; cannot $action it" },
            "Use a logical suite (createLogicalSuite); delete an executable suite with deleteExecutableSuite",
        )
    }

    fun id(testCase: TestCase): String = checkedId(testCase.id, "test case ${testCase.name}")

    fun id(suite: TestSuite): String = checkedId(suite.id, "test suite ${suite.name}")

    private fun checkedId(id: String?, what: String): String {
        UsageException.check(id != null && runCatching { java.util.UUID.fromString(id) }.isSuccess, { "The $what has no id" }, "Pass it as the server returned it")
        return id!!
    }

    fun result(testCase: TestCase, result: TestCaseResult) {
        fqn(testCase)
        UsageException.check(result.timestamp != null, { "The result for ${testCase.name} has no timestamp" }, "Set timestamp to when the test ran, in epoch milliseconds")
        UsageException.check(result.testCaseStatus != null, { "The result for ${testCase.name} has no testCaseStatus" }, "Set testCaseStatus to Success, Failed, Aborted or Queued")
    }

    fun fqn(table: Table): String = table.fullyQualifiedName
        ?: throw UsageException("The table ${table.name} has no fullyQualifiedName", "Pass the table as the server returned it (entities.getByName or createOrUpdate)")

    fun fqn(testCase: TestCase): String = testCase.fullyQualifiedName
        ?: throw UsageException("The test case ${testCase.name} has no fullyQualifiedName", "Pass the test case as the server returned it (createTestCase or getTestCase)")
}
