package dev.katalog.test.junit

import dev.katalog.client.AtlanClient
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.local.LocalCatalog
import dev.katalog.test.TestCatalog
import dev.katalog.test.TestCatalogOptions
import dev.katalog.test.TestNames
import org.junit.jupiter.api.extension.BeforeAllCallback
import org.junit.jupiter.api.extension.ExtensionContext
import org.junit.jupiter.api.extension.ParameterContext
import org.junit.jupiter.api.extension.ParameterResolver
import org.junit.platform.commons.support.AnnotationSupport
import java.time.Duration

/**
 * A JUnit 5 extension that runs test classes against one local catalog per test run: started on first use (an
 * embedded OpenSearch, or the one named by `KATALOG_OPENSEARCH_URL`), shared by every test class of the JVM, stopped
 * when the run ends. Before a class's tests it applies the definition files and trees of its options; it injects
 * [AtlanClient], [OpenMetadataClient], [LocalCatalog], [TestCatalog] and [TestNames] parameters.
 *
 * `@ExtendWith(LocalCatalogExtension.class)`, [KatalogTest], or
 * `@RegisterExtension static LocalCatalogExtension katalog = new LocalCatalogExtension(TestCatalogOptions.builder().tree(tree).build());`
 */
public class LocalCatalogExtension(private val options: TestCatalogOptions) : BeforeAllCallback, ParameterResolver {
    /** The extension with default options, plus those of the class's [KatalogTest] annotation. */
    public constructor() : this(TestCatalogOptions.defaults())

    private val loadedKey = "loaded:${System.identityHashCode(this)}"

    /** Starts or joins the run's catalog and applies this extension's definition files and trees, once per test class. */
    override fun beforeAll(context: ExtensionContext) {
        val catalog = catalogFor(context)
        // Each registered extension applies its own options once per class (the annotation's come with the catalog).
        classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(loadedKey) { catalog.load(options); true }
    }

    /** True for [AtlanClient], [OpenMetadataClient], [LocalCatalog], [TestCatalog] and [TestNames] parameters. */
    override fun supportsParameter(parameterContext: ParameterContext, extensionContext: ExtensionContext): Boolean =
        parameterContext.parameter.type in INJECTED

    /** The test class's client, catalog or names, for a parameter [supportsParameter] accepted. */
    override fun resolveParameter(parameterContext: ParameterContext, extensionContext: ExtensionContext): Any {
        val catalog = catalogFor(extensionContext)
        return when (parameterContext.parameter.type) {
            AtlanClient::class.java -> catalog.atlan
            OpenMetadataClient::class.java -> catalog.openMetadata
            LocalCatalog::class.java -> catalog.local
            TestNames::class.java -> catalog.names
            else -> catalog
        }
    }

    /** The class's [TestCatalog], made (with a lease on the run's catalog) on first use. */
    private fun catalogFor(context: ExtensionContext): TestCatalog {
        val classContext = classContext(context)
        val resource = classContext.getStore(NAMESPACE).getOrComputeIfAbsent(CATALOG_KEY, { open(classContext) }, ClassCatalog::class.java)
        return resource.catalog
    }

    private fun open(classContext: ExtensionContext): ClassCatalog {
        val testClass = classContext.requiredTestClass
        val annotated = AnnotationSupport.findAnnotation(testClass, KatalogTest::class.java).orElse(null)
        val fromAnnotation = TestCatalogOptions.builder().apply {
            annotated?.definitions?.forEach { definition(it) }
            annotated?.startTimeoutSeconds?.takeIf { it > 0 }?.let { startTimeout(Duration.ofSeconds(it)) }
        }.build()
        val startOptions = fromAnnotation.plus(TestCatalogOptions.builder().apply {
            options.openSearchUrl?.let { openSearchUrl(it) }
            if (options.startTimeout != TestCatalogOptions.defaults().startTimeout) startTimeout(options.startTimeout)
        }.build())
        // The lease is given back when the whole run ends, not after this class.
        val lease = runStore(classContext).getOrComputeIfAbsent(
            "lease:${startOptions.resolveOpenSearch().key}", { RunLease(startOptions) }, RunLease::class.java,
        )
        val catalog = TestCatalog(lease.catalog, TestNames(testClass.simpleName))
        try {
            catalog.load(fromAnnotation)
        } catch (e: RuntimeException) {
            catalog.close()
            throw e
        }
        return ClassCatalog(catalog)
    }

    /**
     * The store that lives as long as the run: the launcher session's (JUnit 5.13 and later), which outlives the
     * execution requests Surefire makes per class when it forks more than one JVM; else the root context's.
     */
    private fun runStore(context: ExtensionContext): ExtensionContext.Store = try {
        context.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION, NAMESPACE)
    } catch (e: LinkageError) {
        context.root.getStore(NAMESPACE)
    }

    private fun classContext(context: ExtensionContext): ExtensionContext {
        var current = context
        while (current.testMethod.isPresent) current = current.parent.orElseThrow()
        return current
    }

    private companion object {
        val NAMESPACE: ExtensionContext.Namespace = ExtensionContext.Namespace.create(LocalCatalogExtension::class.java)
        const val CATALOG_KEY = "catalog"
        val INJECTED = setOf(AtlanClient::class.java, OpenMetadataClient::class.java, LocalCatalog::class.java, TestCatalog::class.java, TestNames::class.java)
    }
}
