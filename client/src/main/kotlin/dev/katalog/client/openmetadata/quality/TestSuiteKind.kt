package dev.katalog.client.openmetadata.quality

/**
 * The two kinds of test suite of OpenMetadata 1.4: a table's [EXECUTABLE] suite, which holds and runs its test cases
 * (each test case is in exactly one), and a [LOGICAL] suite, a named group of existing test cases of any tables.
 */
public enum class TestSuiteKind(internal val wire: String) {
    EXECUTABLE("executable"),
    LOGICAL("logical"),
}
