package dev.katalog.test.kotest

import io.kotest.core.listeners.AfterProjectListener

/**
 * Stops the run's local catalog when the Kotest project ends; without it the catalog stops when the JVM exits.
 *
 * `object ProjectConfig : AbstractProjectConfig() { override val extensions = listOf(LocalCatalogProject) }`
 */
public object LocalCatalogProject : AfterProjectListener {
    /** Gives back the Kotest run's hold on the shared catalog, which stops it unless JUnit classes still use it. */
    override suspend fun afterProject() {
        KotestRun.releaseAll()
    }
}
