package dev.katalog.client.openmetadata.quality

import dev.katalog.client.core.UsageException
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.tests.TestCase
import dev.katalog.model.openmetadata.tests.TestDefinition
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
        val known = definition.parameterDefinition.orEmpty().mapNotNull { it.name }
        for (name in request.parameters.keys) {
            UsageException.check(name in known, { "${definition.name} has no parameter $name (it has ${known.ifEmpty { listOf("none") }.joinToString(", ")})" }, "Pass only the test definition's parameters")
        }
        for (parameter in definition.parameterDefinition.orEmpty().filter { it.required == true }) {
            UsageException.check(parameter.name in request.parameters, { "${definition.name} needs the parameter ${parameter.name}" }, "Pass a value for ${parameter.name}")
        }
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
