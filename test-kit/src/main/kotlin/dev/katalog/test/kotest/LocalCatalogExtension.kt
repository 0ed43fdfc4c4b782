package dev.katalog.test.kotest

import dev.katalog.client.AtlanClient
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.local.LocalCatalog
import dev.katalog.test.TestCatalog
import dev.katalog.test.TestCatalogOptions
import dev.katalog.test.TestNames
import io.kotest.core.extensions.MountableExtension
import io.kotest.core.listeners.AfterSpecListener
import io.kotest.core.spec.Spec

/**
 * A Kotest extension that runs a spec against one local catalog per test run: started on first use (an embedded
 * OpenSearch, or the one named by `KATALOG_OPENSEARCH_URL`), shared by every spec of the JVM, and stopped after the
 * project when [LocalCatalogProject] is among the project's extensions (else when the JVM exits). Installing it
 * applies the configured definition files and trees and gives the spec configured clients.
 *
 * `val katalog = install(LocalCatalogExtension()) { tree(shop) }` then `katalog.atlan.search.page(…)`.
 */
public class LocalCatalogExtension(private val options: TestCatalogOptions = TestCatalogOptions.defaults()) :
    MountableExtension<TestCatalogOptions.Builder, LocalCatalogExtension>, AfterSpecListener {
    private var mounted: TestCatalog? = null

    /** The catalog as this spec sees it; available once installed. */
    public val catalog: TestCatalog
        get() = mounted ?: throw IllegalStateException("The local catalog is not installed: call install(LocalCatalogExtension()) in the spec first")

    /** An Atlan client of the catalog, closed after the spec. */
    public val atlan: AtlanClient get() = catalog.atlan

    /** An OpenMetadata client of the catalog, closed after the spec. */
    public val openMetadata: OpenMetadataClient get() = catalog.openMetadata

    /** The running catalog, shared by the specs of this run. */
    public val local: LocalCatalog get() = catalog.local

    /** Names of the spec's own, so that specs sharing the catalog do not collide. */
    public val names: TestNames get() = catalog.names

    /** Starts (or joins) the run's catalog and applies the options given here and in [configure]; throws `TestCatalogException` naming the cause and the fix. */
    override fun mount(configure: TestCatalogOptions.Builder.() -> Unit): LocalCatalogExtension {
        check(mounted == null) { "This LocalCatalogExtension is already installed; install a new one in each spec" }
        val extra = TestCatalogOptions.builder().apply(configure).build()
        val effective = options.plus(extra)
        mounted = KotestRun.open(effective, ownerName())
        return this
    }

    /** Closes this spec's clients; the catalog keeps running for the other specs. */
    override suspend fun afterSpec(spec: Spec) {
        mounted?.close()
    }

    // The spec installing this is constructing right now: its class is the first Spec subclass on the stack.
    private fun ownerName(): String = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk { frames ->
        frames.map { it.declaringClass }.filter { Spec::class.java.isAssignableFrom(it) && it.`package`?.name?.startsWith("io.kotest") != true }
            .findFirst().map { it.simpleName }.orElse("spec")
    }
}
