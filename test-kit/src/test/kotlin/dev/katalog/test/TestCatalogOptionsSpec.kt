package dev.katalog.test

import dev.katalog.test.kotest.LocalCatalogExtension
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldStartWith
import java.net.InetAddress
import java.net.ServerSocket
import java.nio.file.Files
import kotlin.io.path.writeText

/** Where the OpenSearch comes from, and what the user gets for options and files that cannot work. */
class TestCatalogOptionsSpec : FunSpec({
    val env = mapOf(TestCatalogOptions.OPENSEARCH_URL_VARIABLE to "http://from-env:9200")
    val properties = mapOf(TestCatalogOptions.OPENSEARCH_URL_PROPERTY to "http://from-property:9200")

    test("the options win over the system property, which wins over the environment; nothing set means embedded") {
        val inCode = TestCatalogOptions.builder().openSearchUrl("http://in-code:9200").build()
        inCode.resolveOpenSearch(env, properties).url shouldBe "http://in-code:9200"
        TestCatalogOptions.defaults().resolveOpenSearch(env, properties).url shouldBe "http://from-property:9200"
        TestCatalogOptions.defaults().resolveOpenSearch(env, emptyMap()).run { url to origin } shouldBe
            ("http://from-env:9200" to "the environment variable KATALOG_OPENSEARCH_URL")
        TestCatalogOptions.defaults().resolveOpenSearch(mapOf(TestCatalogOptions.OPENSEARCH_URL_VARIABLE to " "), emptyMap()).key shouldBe "embedded"
    }

    test("an OpenSearch address that is not http(s) and a timeout that is not positive are refused when set") {
        shouldThrow<IllegalArgumentException> { TestCatalogOptions.builder().openSearchUrl("localhost:9200") }.message shouldBe
            "openSearchUrl must start with http:// or https://, got \"localhost:9200\""
        shouldThrow<IllegalArgumentException> { TestCatalogOptions.builder().startTimeout(java.time.Duration.ZERO) }.message shouldBe
            "startTimeout must be positive, got PT0S"
    }

    test("a definition file that does not exist names the directory it was looked for in") {
        val error = shouldThrow<TestCatalogException> { DefinitionFiles.tree(java.nio.file.Path.of("src/test/resources/nope.catalog.kts")) }
        error.message shouldStartWith "No definition file at ${java.nio.file.Path.of("src/test/resources/nope.catalog.kts").toAbsolutePath()}."
        error.message shouldContain "Fix: give its path relative to"
    }

    test("a definition file that does not compile names the line; one that is not a tree says what it ends with") {
        val dir = Files.createTempDirectory("katalog-test-definitions")
        val broken = dir.resolve("broken.catalog.kts").apply { writeText("catalog {\n    connection(\"x\", Connector.SNOWFLAKE) { nope() }\n}\n") }
        val notATree = dir.resolve("number.catalog.kts").apply { writeText("1 + 1\n") }
        val compileError = shouldThrow<TestCatalogException> { DefinitionFiles.tree(broken) }.message!!
        compileError shouldStartWith "broken.catalog.kts does not compile:\nbroken.catalog.kts:2:"
        compileError shouldContain "nope"
        shouldThrow<TestCatalogException> { DefinitionFiles.tree(notATree) }.message shouldBe
            "number.catalog.kts ends with Integer. Fix: make its last expression a catalog { … } tree."
        dir.toFile().deleteRecursively()
    }

    test("the Kotest extension fails at install with the cause and the fix, without waiting for the deadline") {
        val port = ServerSocket(0, 1, InetAddress.getLoopbackAddress()).use { it.localPort }
        val started = System.nanoTime()
        val error = shouldThrow<TestCatalogException> {
            LocalCatalogExtension(TestCatalogOptions.builder().openSearchUrl("http://127.0.0.1:$port").build()).mount { }
        }
        error.message shouldBe "The local catalog for the tests did not start: OpenSearch at http://127.0.0.1:$port (from the test's options " +
            "(openSearchUrl)) cannot be reached: the connection was refused. Fix: start OpenSearch at that address, correct the test's " +
            "options (openSearchUrl), or unset it to use an embedded node."
        (System.nanoTime() - started) / 1_000_000 shouldBeLessThan 5_000L
    }
})
