package dev.katalog.test

import dev.katalog.dsl.tree.CatalogTree
import java.nio.file.Path
import java.nio.file.Paths
import java.time.Duration

/**
 * What the test extensions start and load: the OpenSearch to use, how long start-up may take, and the
 * definition files and trees applied to the catalog before the tests run.
 *
 * `TestCatalogOptions.builder().definition("src/test/resources/shop.catalog.kts").tree(tree).build()`
 */
public class TestCatalogOptions private constructor(builder: Builder) {
    /** An external OpenSearch given in code; null leaves the choice to [OPENSEARCH_URL_VARIABLE] or the embedded node. */
    public val openSearchUrl: String? = builder.openSearchUrl

    /** How long starting the catalog may take before the tests fail (default 180 s). */
    public val startTimeout: Duration = builder.startTimeout

    /** Definition files (`*.catalog.kts`, whose last expression is `catalog { … }`) applied before the tests, in order. */
    public val definitions: List<Path> = builder.definitions.toList()

    /** Trees applied before the tests, after the definition files, in order. */
    public val trees: List<CatalogTree> = builder.trees.toList()

    /** The options of this, with [other]'s definitions and trees added and its OpenSearch and timeout preferred when set. */
    internal fun plus(other: TestCatalogOptions): TestCatalogOptions = Builder().also { b ->
        b.openSearchUrl = other.openSearchUrl ?: openSearchUrl
        b.startTimeout = if (other.startTimeout != DEFAULT_START_TIMEOUT) other.startTimeout else startTimeout
        b.definitions.addAll(definitions + other.definitions)
        b.trees.addAll(trees + other.trees)
    }.build()

    /** Where the catalog's OpenSearch comes from: [openSearchUrl], else the system property, else the environment, else embedded (null). */
    internal fun resolveOpenSearch(env: Map<String, String> = System.getenv(), properties: Map<String, String> = systemProperties()): OpenSearchSource {
        openSearchUrl?.let { return OpenSearchSource(it, "the test's options (openSearchUrl)") }
        properties[OPENSEARCH_URL_PROPERTY]?.takeIf { it.isNotBlank() }?.let { return OpenSearchSource(it.trim(), "the system property $OPENSEARCH_URL_PROPERTY") }
        env[OPENSEARCH_URL_VARIABLE]?.takeIf { it.isNotBlank() }?.let { return OpenSearchSource(it.trim(), "the environment variable $OPENSEARCH_URL_VARIABLE") }
        return OpenSearchSource(null, "the embedded node")
    }

    /** Mutable while configuring; [build] freezes it. */
    public class Builder internal constructor() {
        internal var openSearchUrl: String? = null
        internal var startTimeout: Duration = DEFAULT_START_TIMEOUT
        internal val definitions = ArrayList<Path>()
        internal val trees = ArrayList<CatalogTree>()

        /** Use the OpenSearch at [url] (e.g. `http://localhost:9200`) instead of an embedded node. */
        public fun openSearchUrl(url: String): Builder = apply {
            require(url.startsWith("http://") || url.startsWith("https://")) { "openSearchUrl must start with http:// or https://, got \"$url\"" }
            openSearchUrl = url
        }

        /** Fail the tests when the catalog has not started within [timeout] (default 180 s). */
        public fun startTimeout(timeout: Duration): Builder = apply {
            require(!timeout.isNegative && !timeout.isZero) { "startTimeout must be positive, got $timeout" }
            startTimeout = timeout
        }

        /** Apply the definition file at [file] (a `*.catalog.kts`) before the tests; needs the Kotlin scripting host on the test classpath. */
        public fun definition(file: Path): Builder = apply { definitions.add(file) }

        /** Apply the definition file at [file], relative to the working directory (the module's directory under Maven and Gradle). */
        public fun definition(file: String): Builder = definition(Paths.get(file))

        /** Apply [tree] before the tests. */
        public fun tree(tree: CatalogTree): Builder = apply { trees.add(tree) }

        /** The options as configured. */
        public fun build(): TestCatalogOptions = TestCatalogOptions(this)
    }

    /** The names of the settings read from outside the code, and the ways to start a configuration. */
    public companion object {
        /** The environment variable naming an external OpenSearch, e.g. `http://localhost:9200`; unset means an embedded node. */
        public const val OPENSEARCH_URL_VARIABLE: String = "KATALOG_OPENSEARCH_URL"

        /** The system property naming an external OpenSearch; it wins over [OPENSEARCH_URL_VARIABLE]. */
        public const val OPENSEARCH_URL_PROPERTY: String = "katalog.opensearch.url"

        internal val DEFAULT_START_TIMEOUT: Duration = Duration.ofSeconds(180)

        /** Options with every default: an embedded node (or [OPENSEARCH_URL_VARIABLE]), nothing loaded. */
        @JvmStatic
        public fun defaults(): TestCatalogOptions = Builder().build()

        /** Options to configure. */
        @JvmStatic
        public fun builder(): Builder = Builder()

        private fun systemProperties(): Map<String, String> =
            System.getProperties().stringPropertyNames().associateWith { System.getProperty(it) }
    }
}

/** An external OpenSearch's [url] (null: the embedded node) and where that choice came from, for messages. */
internal class OpenSearchSource(val url: String?, val origin: String) {
    /** The key under which catalogs are shared in the JVM. */
    val key: String get() = url?.trimEnd('/') ?: "embedded"
}
