package dev.katalog.cli

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import org.apache.logging.log4j.LogManager
import org.apache.logging.log4j.core.LoggerContext
import org.apache.logging.log4j.core.appender.ConsoleAppender
import java.io.File
import java.util.concurrent.TimeUnit

/** What a newcomer sees first: bin/katalog's CLI in its own JVM, output to pipes, no escape codes, no stack traces. */
class ConsoleSpec : FunSpec({
    class Run(val exit: Int, val out: String, val err: String)

    fun katalog(vararg args: String): Run {
        val java = File(System.getProperty("java.home"), "bin/java").path
        val process = ProcessBuilder(listOf(java, "-cp", System.getProperty("java.class.path"), KatalogCli::class.java.name) + args).start()
        val out = process.inputStream.bufferedReader().readText()
        val err = process.errorStream.bufferedReader().readText()
        process.waitFor(120, TimeUnit.SECONDS) shouldBe true
        return Run(process.exitValue(), out, err)
    }

    val projectVersion = Regex("<version>(.+?)</version>").find(File("pom.xml").readText())!!.groupValues[1]

    test("--help and --version print plain text; --version reads the project's version from the build") {
        val help = katalog("--help")
        help.exit shouldBe 0
        help.out shouldNotContain "\u001b"
        help.err shouldBe ""
        help.out shouldContain "script FILE.main.kts [args] [--base-url U --api-token T] [-- args]"
        help.out shouldContain "classpath [--local]"
        val version = katalog("--version")
        version.exit shouldBe 0
        version.out.lines().take(2) shouldBe listOf("katalog $projectVersion", "Kotlin ${KotlinVersion.CURRENT} (scripts compile for JVM 17)")
        version.out.lines()[2] shouldContain "JVM ${System.getProperty("java.version")} ("
        version.err shouldBe ""
    }

    test("script --help says what a script has in scope") {
        val help = katalog("script", "--help")
        help.exit shouldBe 0
        help.out shouldNotContain "\u001b"
        val lines = help.out.lines()
        lines shouldContain "  client   an AtlanClient of --base-url and --api-token, or of the environment (ATLAN_BASE_URL, ATLAN_API_KEY)"
        lines shouldContain "  args     the script's own arguments (a List<String>): what follows FILE, without bin/katalog's options"
        help.out shouldContain "dev.katalog.model.atlan.enums"
        help.out shouldContain "import dev.katalog.model.openmetadata.entity.data.Table as OmTable"
    }

    test("a base URL without a scheme is one line naming the fix, exit 1, no stack trace") {
        val run = katalog("quickstart", "--base-url", "localhost:21960", "--api-token", "t")
        run.exit shouldBe 1
        run.out shouldBe ""
        run.err shouldBe "katalog: The base URL must start with http:// or https://: \"localhost:21960\" has no scheme. " +
            "Use http://localhost:21960 (a local catalog, plain HTTP), or https://localhost:21960 (an Atlan tenant)\n"
    }

    test("a command line that cannot be read is one line with the fix, exit 2") {
        val run = katalog("plan", "--purne", "x.catalog.kts")
        run.exit shouldBe 2
        run.err shouldBe "katalog: plan: unknown option \"--purne\"; its options are --api-token, --base-url, --debug, --prune\n"
    }

    test("the embedded search engine logs errors only, to standard error, without the warnings of a single embedded node") {
        TestCatalog.catalog.baseUrl shouldContain "http://"
        LogManager.getLogger("org.opensearch.cluster.routing.allocation.AllocationService").isWarnEnabled shouldBe false
        LogManager.getLogger("org.opensearch.gateway.DanglingIndicesState").isWarnEnabled shouldBe false
        LogManager.getLogger("org.opensearch.index.shard.IndexShard").isWarnEnabled shouldBe false
        LogManager.getLogger("org.opensearch.index.shard.IndexShard").isErrorEnabled shouldBe true
        val appender = (LogManager.getContext(false) as LoggerContext).configuration.rootLogger.appenders.values.single() as ConsoleAppender
        appender.target shouldBe ConsoleAppender.Target.SYSTEM_ERR
    }
})
