package dev.katalog.client.progress

/** Whether this JVM's standard output is an interactive terminal (not a pipe, a file or a dumb terminal). */
internal object Terminal {
    fun isInteractive(env: Map<String, String> = System.getenv()): Boolean {
        val console = System.console() ?: return false
        if (env["TERM"] == "dumb") return false
        // From Java 22 a console exists without a terminal; isTerminal() tells them apart where it exists.
        return runCatching { console.javaClass.getMethod("isTerminal").invoke(console) as Boolean }.getOrDefault(true)
    }
}
