package dev.katalog.cli

import dev.katalog.local.LocalCatalog

/** The one local catalog of the CLI's test JVM, started on first use. */
object TestCatalog {
    val catalog: LocalCatalog by lazy {
        LocalCatalog.builder().build().start().also { started -> Runtime.getRuntime().addShutdownHook(Thread { started.stop() }) }
    }
}
