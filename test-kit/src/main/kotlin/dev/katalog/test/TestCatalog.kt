package dev.katalog.test

import dev.katalog.client.AtlanClient
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.local.LocalCatalog
import kotlinx.coroutines.runBlocking
import java.time.Duration

/**
 * The local catalog as one test class (or spec) sees it: the shared [local] catalog, clients configured for it,
 * and [names] of its own. The extensions make one per test class and close its clients after it.
 */
public class TestCatalog internal constructor(
    /** The running catalog, shared by every test class of this JVM that uses the same OpenSearch. */
    public val local: LocalCatalog,
    /** Names for this test class's own assets, so that test classes sharing the catalog do not collide. */
    public val names: TestNames,
) : AutoCloseable {
    private val atlanClient = lazy {
        AtlanClient.builder().baseUrl(local.baseUrl).apiToken(local.apiToken).proxy(null).readTimeout(Duration.ofSeconds(120)).build()
    }
    private val openMetadataClient = lazy {
        OpenMetadataClient.builder().baseUrl(local.baseUrl).jwt(local.apiToken).readTimeout(Duration.ofSeconds(120)).build()
    }

    /** The catalog's base URL, such as `http://127.0.0.1:43125`; the same for every test class sharing it. */
    public val baseUrl: String get() = local.baseUrl

    /** The token the catalog accepts (as an Atlan API token and as an OpenMetadata JWT). */
    public val apiToken: String get() = local.apiToken

    /** An Atlan client of the catalog, made on first use and closed after the test class. */
    public val atlan: AtlanClient get() = atlanClient.value

    /** An OpenMetadata client of the catalog (its `/api/v1`), made on first use and closed after the test class. */
    public val openMetadata: OpenMetadataClient get() = openMetadataClient.value

    /** Applies [options]' definition files, then its trees, through the Atlan API; throws [TestCatalogException] naming what failed. */
    internal fun load(options: TestCatalogOptions) {
        options.definitions.forEach { file ->
            apply(DefinitionFiles.tree(file), "the definition file $file")
        }
        options.trees.forEachIndexed { i, tree -> apply(tree, "tree ${i + 1} of the test's options") }
    }

    private fun apply(tree: CatalogTree, what: String) {
        val result = try {
            runBlocking { atlan.trees.apply(tree) }
        } catch (e: InvalidTreeException) {
            throw TestCatalogException("$what is invalid: ${e.message}", e)
        }
        if (!result.succeeded) {
            val first = result.failures.first()
            throw TestCatalogException(
                "Applying $what failed for ${result.failures.sumOf { it.assets.size }} assets: ${first.error.message}. Fix: correct the tree; the catalog's answer is the cause.",
                first.error,
            )
        }
    }

    /** Closes the clients; the catalog keeps running for the other test classes. */
    override fun close() {
        if (atlanClient.isInitialized()) atlanClient.value.close()
        if (openMetadataClient.isInitialized()) openMetadataClient.value.close()
    }

    /** The catalog's address and the class's prefix, for test reports. */
    override fun toString(): String = "TestCatalog(${local.baseUrl}, ${names.prefix})"
}
