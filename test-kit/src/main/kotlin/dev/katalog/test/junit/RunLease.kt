package dev.katalog.test.junit

import dev.katalog.local.LocalCatalog
import dev.katalog.test.SharedCatalogs
import dev.katalog.test.TestCatalogOptions
import org.junit.jupiter.api.extension.ExtensionContext

/** A test run's hold on the shared catalog, kept in a store that lives as long as the run: closing it at the end may stop the catalog. */
@Suppress("DEPRECATION") // CloseableResource keeps JUnit before 5.13 closing it; 5.13 and later close it as an AutoCloseable.
internal class RunLease(options: TestCatalogOptions) : ExtensionContext.Store.CloseableResource, AutoCloseable {
    val catalog: LocalCatalog = SharedCatalogs.acquire(options)
    private var closed = false

    @Synchronized
    override fun close() {
        if (closed) return
        closed = true
        SharedCatalogs.release(catalog)
    }
}
