package dev.katalog.client.openmetadata.quality

/**
 * What [DataQualityApi.updateTestCase] changes in a test case; a field left null is left as it is. [parameters]
 * replaces all parameter values (by name, as strings), checked against the test definition;
 * [computePassedFailedRowCount] asks the test runner to count passed and failed rows.
 */
public data class TestCaseUpdate @JvmOverloads constructor(
    val description: String? = null,
    val parameters: Map<String, String>? = null,
    val computePassedFailedRowCount: Boolean? = null,
    val displayName: String? = null,
)
