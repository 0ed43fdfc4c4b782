package dev.katalog.test

import java.net.BindException
import java.nio.file.AccessDeniedException
import java.nio.file.FileSystemException

/** Turns why a catalog did not start into one message: what failed, and what to do about it. */
internal object StartFailure {
    fun message(cause: String, fix: String): String = "The local catalog for the tests did not start: $cause $fix"

    /** The message for [error], thrown while starting a catalog on [source]. */
    fun of(error: Throwable, source: OpenSearchSource): TestCatalogException {
        val chain = generateSequence(error) { it.cause }.toList()
        val otherBackend = "or set ${TestCatalogOptions.OPENSEARCH_URL_VARIABLE} to an OpenSearch you run yourself"
        val (cause, fix) = when {
            chain.any { it is BindException } ->
                "a port it needs is taken (${chain.first { it is BindException }.message})." to
                    "Fix: stop the process holding it, or run the tests again (ports are picked at random), $otherBackend."
            chain.any { it.message.orEmpty().contains(NODE_LOCK) } ->
                "its data directory is locked by another OpenSearch node (${rootReason(error)})." to
                    "Fix: stop the other catalog using that directory (another test JVM, or a catalog left running), $otherBackend."
            chain.any { it is AccessDeniedException } ->
                "its data directory cannot be written (${chain.first { it is AccessDeniedException }.message})." to
                    "Fix: point java.io.tmpdir at a writable directory, $otherBackend."
            chain.any { it.message.orEmpty().contains("No space left", ignoreCase = true) } ->
                "the disk is full (${chain.last { it.message.orEmpty().contains("No space left", ignoreCase = true) }.message})." to
                    "Fix: free disk space under java.io.tmpdir (${System.getProperty("java.io.tmpdir")}), $otherBackend."
            chain.any { it is FileSystemException } ->
                "a file could not be written (${chain.first { it is FileSystemException }.message})." to
                    "Fix: check java.io.tmpdir (${System.getProperty("java.io.tmpdir")}), $otherBackend."
            source.url != null ->
                "OpenSearch at ${source.url} (from ${source.origin}) failed: ${error.message}." to
                    "Fix: check that OpenSearch there is healthy (GET /_cluster/health), or unset ${source.origin} to use an embedded node."
            else ->
                "the embedded OpenSearch failed: ${rootReason(error)}." to
                    "Fix: see the cause below; give the test JVM more memory (at least 1 GiB), $otherBackend."
        }
        return TestCatalogException(message(cause, fix), error)
    }

    /** True for failures that a new attempt may not meet: a port taken between choosing and binding it, a directory locked meanwhile. */
    fun isRace(error: Throwable): Boolean =
        generateSequence(error) { it.cause }.any { it is BindException || it.message.orEmpty().contains(NODE_LOCK) }

    /** The message of the deepest cause that has one: the node's own reason, not its wrappers'. */
    fun rootReason(error: Throwable): String =
        generateSequence(error) { it.cause }.mapNotNull { it.message }.lastOrNull() ?: error.javaClass.simpleName

    private const val NODE_LOCK = "failed to obtain node locks"
}
