package dev.katalog.test.kotest

import dev.katalog.local.LocalCatalog
import dev.katalog.test.SharedCatalogs
import dev.katalog.test.TestCatalog
import dev.katalog.test.TestCatalogOptions
import dev.katalog.test.TestNames

/** The Kotest run's leases on shared catalogs: one per catalog, given back by [LocalCatalogProject] after the project. */
internal object KotestRun {
    private val leased = LinkedHashSet<LocalCatalog>()

    @Synchronized
    fun open(options: TestCatalogOptions, owner: String): TestCatalog {
        val local = SharedCatalogs.acquire(options)
        if (!leased.add(local)) SharedCatalogs.release(local) // one lease per catalog is enough for the whole run
        val catalog = TestCatalog(local, TestNames(owner))
        try {
            catalog.load(options)
        } catch (e: RuntimeException) {
            catalog.close()
            throw e
        }
        return catalog
    }

    @Synchronized
    fun releaseAll() {
        leased.forEach { SharedCatalogs.release(it) }
        leased.clear()
    }
}
