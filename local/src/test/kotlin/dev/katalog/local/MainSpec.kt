package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch
import java.io.File
import java.util.concurrent.TimeUnit

class MainSpec : FunSpec({
    test("main prints the token and the readiness line, serves, and stops on SIGTERM") {
        val java = File(System.getProperty("java.home"), "bin/java").path
        val process = ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), "dev.katalog.local.LocalCatalogMain",
            "--port", "0", "--opensearch-url", TestCatalog.catalog().openSearchUrl, "--index-prefix", "main_",
        ).redirectError(ProcessBuilder.Redirect.DISCARD).start()
        try {
            val stdout = process.inputStream.bufferedReader()
            val token = stdout.readLine()
            token shouldMatch Regex("[0-9A-Za-z]{40}")
            val ready = stdout.readLine()
            ready shouldMatch Regex("ready on http://127\\.0\\.0\\.1:\\d+")
            val api = Api({ ready.removePrefix("ready on ") }, token)
            api.get("/api/service/roles").status shouldBe 200
            api.withToken("nope").get("/api/service/roles").status shouldBe 401
            process.destroy()
            process.waitFor(30, TimeUnit.SECONDS) shouldBe true
            process.exitValue() shouldBe 143 // 128 + SIGTERM: the JVM ran its shutdown hooks and exited
        } finally {
            process.destroyForcibly()
        }
    }
})
