package dev.katalog.client.openmetadata.quality

/**
 * A test case to create on a table ([column] null) or on one of its top-level columns: its [name], the test
 * definition it runs ([testDefinition], e.g. `tableRowCountToBeBetween` or `columnValuesToBeNotNull`) and that
 * definition's [parameters] by name (values as strings, as OpenMetadata keeps them).
 */
public data class TestCaseRequest @JvmOverloads constructor(
    val name: String,
    val testDefinition: String,
    val column: String? = null,
    val parameters: Map<String, String> = emptyMap(),
    val description: String? = null,
)
