package dev.katalog.local.opensearch

import org.apache.logging.log4j.Level
import org.apache.logging.log4j.LogManager
import org.apache.logging.log4j.core.LoggerContext
import org.apache.logging.log4j.core.config.Configurator
import org.apache.logging.log4j.core.config.DefaultConfiguration
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory

/**
 * How the embedded OpenSearch node logs (it logs through Log4j 2) when the application has not configured
 * Log4j 2 itself: errors only (or the level of `-Dlog4j2.level`), on standard error, so standard output stays
 * for results; and never the warnings a single embedded node gives as a matter of course.
 */
internal object NodeLogging {
    /** Loggers whose warnings describe the embedded setup, not a problem; their errors still show. */
    val expectedWarnings: List<String> = listOf(
        // Once per index created on a node with the default allocator: "Falling back to single shard assignment…".
        "org.opensearch.cluster.routing.allocation.AllocationService",
        // Once per start: dangling-index import is off by default, which is what a local catalog wants.
        "org.opensearch.gateway.DanglingIndicesState",
    )

    @Synchronized
    fun configure() {
        // Log4j routed elsewhere (log4j-to-slf4j), or configured by the application: leave it as it is.
        val context = LogManager.getContext(false) as? LoggerContext ?: return
        if (context.configuration !is DefaultConfiguration) return
        val builder = ConfigurationBuilderFactory.newConfigurationBuilder()
        builder.setConfigurationName("katalog-local")
        builder.setStatusLevel(Level.ERROR)
        builder.add(
            builder.newAppender(APPENDER, "Console").addAttribute("target", "SYSTEM_ERR")
                .add(builder.newLayout("PatternLayout").addAttribute("pattern", "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n")),
        )
        for (name in expectedWarnings) builder.add(builder.newLogger(name, Level.ERROR))
        val root = System.getProperty("log4j2.level")?.let { Level.toLevel(it, Level.ERROR) } ?: Level.ERROR
        builder.add(builder.newRootLogger(root).add(builder.newAppenderRef(APPENDER)))
        Configurator.reconfigure(builder.build())
    }

    private const val APPENDER = "stderr"
}
