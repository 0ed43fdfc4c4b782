package dev.katalog.client.core

/**
 * Reads a client's settings from environment variables ([env], the process environment unless a test or a
 * tool passes its own), failing with the variable's name and what to set it to.
 */
internal class Environment(private val env: Map<String, String>) {
    /** The value of [name]; a [UsageException] naming it and [fix] when it is unset or blank. */
    fun required(name: String, fix: String): String = optional(name) ?: throw UsageException("$name is not set", fix)

    /** The value of [name], or null when it is unset or blank. */
    fun optional(name: String): String? = env[name]?.takeIf { it.isNotBlank() }

    /** Sets [builder]'s proxy from these variables when they are not the process's own (which the builder reads itself). */
    fun applyProxy(builder: ConnectionBuilder<*>, baseUrl: String) {
        if (env !== System.getenv()) builder.proxy(ProxySettings.fromEnvironment(baseUrl, env))
    }
}
