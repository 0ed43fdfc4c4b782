package dev.katalog.local

/** The local catalog could not start: its search backend, index or HTTP server failed; [message] says which. */
public class LocalCatalogException(message: String, cause: Throwable? = null) : RuntimeException(message, cause)
