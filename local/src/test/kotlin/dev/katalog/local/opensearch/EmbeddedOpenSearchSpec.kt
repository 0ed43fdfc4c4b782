package dev.katalog.local.opensearch

import dev.katalog.local.LocalCatalog
import dev.katalog.local.LocalCatalogException
import dev.katalog.local.TestCatalog
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import java.net.InetAddress
import java.net.ServerSocket
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.nio.file.Path

/** The embedded node's start when its port is taken after it was chosen, and when its data directory is held. */
class EmbeddedOpenSearchSpec : FunSpec({
    val http = HttpClient.newHttpClient()
    fun status(method: String, url: String): Int =
        http.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode()

    // A started node answers at once but recovers its indexes from disk a moment later: wait for them, with a deadline.
    fun ready(url: String) = status("GET", "$url/_cluster/health?wait_for_status=yellow&timeout=60s") shouldBe 200

    /** Starts a node on [home] whose first chosen port is [taken]; answers the node and the ports it chose. */
    fun startRacing(home: Path, taken: Int): Pair<EmbeddedOpenSearch, List<Int>> {
        val chosen = ArrayList<Int>()
        val node = EmbeddedOpenSearch(home) { (if (chosen.isEmpty()) taken else EmbeddedOpenSearch.freePort()).also { chosen += it } }
        return node.start() to chosen
    }

    test("a port taken between choosing and binding: the node starts on another, in a new data directory and in one with data") {
        val home = Files.createTempDirectory("katalog-port-race")
        try {
            ServerSocket(0, 1, InetAddress.getLoopbackAddress()).use { taken ->
                val (fresh, firstChoices) = startRacing(home, taken.localPort)
                fresh.use {
                    firstChoices shouldHaveSize 2
                    firstChoices.first() shouldBe taken.localPort
                    URI.create(fresh.url).port shouldBe firstChoices.last()
                    ready(fresh.url)
                    status("PUT", "${fresh.url}/kept") shouldBe 200
                }
                // Again on the same directory, which now holds the index: the data is kept.
                val (again, secondChoices) = startRacing(home, taken.localPort)
                again.use {
                    secondChoices shouldHaveSize 2
                    URI.create(again.url).port shouldNotBe taken.localPort
                    ready(again.url)
                    status("HEAD", "${again.url}/kept") shouldBe 200
                    status("HEAD", "${again.url}/missing") shouldBe 404
                }
            }
        } finally {
            home.toFile().deleteRecursively()
        }
    }

    test("a data directory another node holds fails the start with a typed error naming the directory and the fix") {
        val shared = TestCatalog.catalog()
        val error = shouldThrow<LocalCatalogException> { LocalCatalog.builder().dataDir(shared.dataDir).build().start() }
        error.message!! shouldContain "${shared.dataDir.resolve("opensearch").toAbsolutePath()} is in use by another OpenSearch node"
        error.message!! shouldContain "stop that catalog first, or give this one another data directory"
        // The node holding it is not disturbed.
        status("GET", "${shared.baseUrl}/health") shouldBe 200
    }
})
