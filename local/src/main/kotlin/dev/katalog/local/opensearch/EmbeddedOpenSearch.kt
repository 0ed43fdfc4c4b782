package dev.katalog.local.opensearch

import org.codelibs.opensearch.runner.OpenSearchRunner
import org.opensearch.http.HttpServerTransport
import java.nio.file.Path

/** A single-node OpenSearch running inside this JVM, keeping its data under [home], serving HTTP on loopback. */
internal class EmbeddedOpenSearch(private val home: Path) : AutoCloseable {
    private var runner = OpenSearchRunner()

    /** The node's HTTP base URL, once started. */
    lateinit var url: String
        private set

    fun start(): EmbeddedOpenSearch {
        // OpenSearch sets Netty's processor count once per JVM and fails when anything else in the JVM (a Ktor
        // server, an earlier node) has already done so: let Netty keep its own.
        if (System.getProperty(NETTY_PROCESSORS) == null) System.setProperty(NETTY_PROCESSORS, "false")
        NodeLogging.configure()
        // The port is free when chosen and bound a moment later; another process may take it in between.
        for (attempt in 1..BIND_ATTEMPTS) {
            try {
                return startOn(freeBasePort())
            } catch (e: Exception) {
                if (attempt == BIND_ATTEMPTS || generateSequence<Throwable>(e) { it.cause }.none { it is java.net.BindException }) throw e
                close()
                runner = OpenSearchRunner()
            }
        }
        error("unreachable")
    }

    private fun startOn(base: Int): EmbeddedOpenSearch {
        runner.onBuild { _, settings ->
            settings.put("http.host", "127.0.0.1")
            settings.put("transport.host", "127.0.0.1")
            settings.put("discovery.type", "single-node")
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false)
            settings.put("action.auto_create_index", false)
            settings.put("indices.query.bool.max_clause_count", 10_000)
        }
        runner.setMaxHttpPort(base + 200)
        runner.build(
            OpenSearchRunner.newConfigs()
                .basePath(home.toAbsolutePath().toString())
                .numOfNode(1)
                .clusterName("katalog-local")
                .useLogger()
                .disableESLogger()
                .baseHttpPort(base),
        )
        val transport = runner.node().injector().getInstance(HttpServerTransport::class.java)
        val address = transport.boundAddress().publishAddress()
        url = "http://127.0.0.1:${address.port}"
        return this
    }

    override fun close() {
        if (!runner.isClosed) runner.close()
    }

    // The runner probes upwards from this port; start it from a port the OS just handed out.
    private fun freeBasePort(): Int = java.net.ServerSocket(0).use { it.localPort }.coerceAtMost(60_000)

    private companion object {
        const val NETTY_PROCESSORS = "opensearch.set.netty.runtime.available.processors"
        const val BIND_ATTEMPTS = 3
    }
}
