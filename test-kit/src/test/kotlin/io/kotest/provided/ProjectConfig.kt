package io.kotest.provided

import dev.katalog.test.kotest.LocalCatalogProject
import io.kotest.core.config.AbstractProjectConfig
import io.kotest.core.extensions.Extension

/** Stops the local catalog of the Kotest specs when they are done. */
object ProjectConfig : AbstractProjectConfig() {
    override val extensions: List<Extension> = listOf(LocalCatalogProject)
}
