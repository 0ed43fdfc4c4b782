package dev.katalog.test.junit

import dev.katalog.test.TestCatalog
import org.junit.jupiter.api.extension.ExtensionContext

/** A test class's [TestCatalog], kept in the class's store: its clients close after the class. */
@Suppress("DEPRECATION")
internal class ClassCatalog(val catalog: TestCatalog) : ExtensionContext.Store.CloseableResource, AutoCloseable {
    override fun close(): Unit = catalog.close()
}
