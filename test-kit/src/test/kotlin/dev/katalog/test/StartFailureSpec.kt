package dev.katalog.test

import dev.katalog.local.LocalCatalogException
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import java.io.IOException
import java.net.BindException
import java.nio.file.AccessDeniedException

/** What a start failure of the embedded node says, for the causes a machine can have (the catalog wraps them in LocalCatalogException). */
class StartFailureSpec : FunSpec({
    val embedded = OpenSearchSource(null, "the embedded node")
    fun messageFor(cause: Throwable) = StartFailure.of(LocalCatalogException("The local catalog did not start: ${cause.message}", cause), embedded).message!!

    test("a port taken names the port and says to free it or use another OpenSearch") {
        messageFor(BindException("Address already in use: 127.0.0.1:9300")) shouldBe
            "The local catalog for the tests did not start: a port it needs is taken (Address already in use: 127.0.0.1:9300). " +
            "Fix: stop the process holding it, or run the tests again (ports are picked at random), or set KATALOG_OPENSEARCH_URL " +
            "to an OpenSearch you run yourself."
    }

    test("a data directory that cannot be written names it and says where to point java.io.tmpdir") {
        messageFor(AccessDeniedException("/tmp/katalog-local123")) shouldBe
            "The local catalog for the tests did not start: its data directory cannot be written (/tmp/katalog-local123). " +
            "Fix: point java.io.tmpdir at a writable directory, or set KATALOG_OPENSEARCH_URL to an OpenSearch you run yourself."
    }

    test("a full disk says to free space where the data goes") {
        messageFor(IOException("No space left on device")) shouldBe
            "The local catalog for the tests did not start: the disk is full (No space left on device). " +
            "Fix: free disk space under java.io.tmpdir (${System.getProperty("java.io.tmpdir")}), or set KATALOG_OPENSEARCH_URL " +
            "to an OpenSearch you run yourself."
    }

    test("a data directory another node holds names the lock, and both it and a port taken count as a race worth one more try") {
        val lock = IllegalStateException("failed to obtain node locks, tried [[/tmp/k/opensearch/node_1/data]] with lock id [0]")
        messageFor(RuntimeException("Failed to start node 1", lock)) shouldBe
            "The local catalog for the tests did not start: its data directory is locked by another OpenSearch node " +
            "(${lock.message}). Fix: stop the other catalog using that directory (another test JVM, or a catalog left running), or set " +
            "KATALOG_OPENSEARCH_URL to an OpenSearch you run yourself."
        StartFailure.isRace(RuntimeException("Failed to start node 1", lock)) shouldBe true
        StartFailure.isRace(RuntimeException("wrapped", BindException("Address already in use"))) shouldBe true
        StartFailure.isRace(IOException("No space left on device")) shouldBe false
    }

    test("anything else keeps the node's own (deepest) reason and points at memory and the alternative") {
        messageFor(RuntimeException("Failed to start node 1", IllegalStateException("node failed to start"))) shouldStartWith
            "The local catalog for the tests did not start: the embedded OpenSearch failed: node failed to start. Fix:"
    }
})
