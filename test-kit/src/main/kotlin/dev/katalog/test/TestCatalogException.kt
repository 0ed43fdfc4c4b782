package dev.katalog.test

/**
 * The catalog for the tests could not be started, or what the tests asked to load could not be applied;
 * [message] names the cause and the fix.
 */
public class TestCatalogException(message: String, cause: Throwable? = null) : RuntimeException(message, cause)
