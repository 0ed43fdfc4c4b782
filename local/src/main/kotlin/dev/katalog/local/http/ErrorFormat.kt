package dev.katalog.local.http

import dev.katalog.local.error.CatalogException

/** How one API family writes a refused request: Atlan's `errorCode`/`errorMessage`, OpenMetadata's `code`/`message`. */
internal fun interface ErrorFormat {
    fun body(error: CatalogException, requestId: String): String

    companion object {
        val ATLAN: ErrorFormat = ErrorFormat { error, requestId -> error.body(requestId) }
    }
}
