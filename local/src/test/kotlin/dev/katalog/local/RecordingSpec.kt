package dev.katalog.local

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject
import java.io.File
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/** `LocalCatalog.builder().record(…)`: what a client sent, as the catalog received it. */
class RecordingSpec : FunSpec({
    fun recording(prefix: String, file: Path? = null, capacity: Int? = null): LocalCatalog {
        val builder = LocalCatalog.builder().apiToken("rec-token-0123456789").openSearchUrl(TestCatalog.catalog().openSearchUrl)
            .indexPrefix(prefix).oauthClient("rec-client", "rec-secret-value").maxBodyBytes(2048)
        if (file == null) builder.record() else builder.record(file)
        capacity?.let(builder::recordingCapacity)
        return builder.build().start()
    }

    test("every request is recorded: method, path, query pairs in order, JSON body, status") {
        recording("rec1_").use { catalog ->
            val api = Api({ catalog.baseUrl }, catalog.apiToken)
            val qn = "default/snowflake/1700000001/DB/S/REC"
            api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$qn","name":"REC"}}""", query = "?appendTags=true&replaceTags=false").status shouldBe 200
            api.delete("/api/meta/entity/bulk/?guid=a&deleteType=SOFT&guid=b%20c").status shouldBe 404
            api.get("/api/service/roles?limit=5").status shouldBe 200

            val (save, delete, roles) = catalog.recordedRequests()
            save.method shouldBe "POST"
            save.path shouldBe "/api/meta/entity/bulk"
            save.query shouldBe listOf("appendTags" to "true", "replaceTags" to "false")
            save.body shouldBe Json.parseToJsonElement("""{"entities":[{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$qn","name":"REC"}}]}""")
            save.bodyText shouldBe null
            save.status shouldBe 200
            delete.method shouldBe "DELETE"
            delete.path shouldBe "/api/meta/entity/bulk/"
            delete.query shouldBe listOf("guid" to "a", "deleteType" to "SOFT", "guid" to "b c")
            delete.queryValues("guid") shouldBe listOf("a", "b c")
            delete.body shouldBe null
            delete.status shouldBe 404
            roles.query shouldBe listOf("limit" to "5")
        }
    }

    test("a body that is not JSON is kept as text; a refused one is still recorded with its status") {
        recording("rec2_").use { catalog ->
            val api = Api({ catalog.baseUrl }, catalog.apiToken)
            api.send("POST", "/api/meta/search/indexsearch", "{not json", "application/json").status shouldBe 400
            api.send("POST", "/api/meta/search/indexsearch", "x".repeat(4096), "text/plain").status shouldBe 413
            val (malformed, tooLarge) = catalog.recordedRequests()
            malformed.body shouldBe null
            malformed.bodyText shouldBe "{not json"
            malformed.status shouldBe 400
            tooLarge.status shouldBe 413
            tooLarge.bodyText shouldBe null
        }
    }

    test("the Authorization header and secrets are never recorded") {
        recording("rec3_").use { catalog ->
            val api = Api({ catalog.baseUrl }, catalog.apiToken)
            api.post("/api/service/oauth-clients/token", """{"clientId":"rec-client","clientSecret":"rec-secret-value"}""").status shouldBe 200
            api.send("POST", "/auth/realms/default/protocol/openid-connect/token",
                "grant_type=client_credentials&client_id=rec-client&client_secret=rec-secret-value", "application/x-www-form-urlencoded").status shouldBe 200
            api.get("/api/service/users?token=abc123secret&limit=1")
            val recorded = catalog.recordedRequests()
            recorded shouldHaveSize 3
            recorded[0].body!!.jsonObject["clientSecret"] shouldBe JsonPrimitive("***")
            recorded[0].body!!.jsonObject["clientId"] shouldBe JsonPrimitive("rec-client")
            recorded[1].bodyText shouldBe "grant_type=client_credentials&client_id=rec-client&client_secret=***"
            recorded[2].query shouldBe listOf("token" to "***", "limit" to "1")
            val everything = recorded.joinToString("\n") { it.toJson().toString() + it }
            everything shouldNotContain catalog.apiToken
            everything shouldNotContain "rec-secret-value"
            everything shouldNotContain "abc123secret"
            everything shouldNotContain "Bearer"
        }
    }

    test("a mark gives the requests after it; clear forgets; capacity keeps the most recent") {
        recording("rec4_", capacity = 3).use { catalog ->
            val api = Api({ catalog.baseUrl }, catalog.apiToken)
            api.get("/api/service/roles?n=1")
            val mark = catalog.recording.mark()
            api.get("/api/service/roles?n=2")
            api.get("/api/service/roles?n=3")
            catalog.recording.since(mark).map { it.queryValues("n").single() } shouldBe listOf("2", "3")
            api.get("/api/service/roles?n=4")
            catalog.recordedRequests().map { it.queryValues("n").single() } shouldBe listOf("2", "3", "4")
            catalog.recording.clear()
            catalog.recordedRequests() shouldHaveSize 0
            catalog.recording.since(mark) shouldHaveSize 0
        }
    }

    test("record(file) writes one JSON line per request, emptying the file at start") {
        val file = Files.createTempDirectory("katalog-rec").resolve("sub/requests.jsonl")
        Files.createDirectories(file.parent)
        Files.writeString(file, "old line\n")
        recording("rec5_", file).use { catalog ->
            val api = Api({ catalog.baseUrl }, catalog.apiToken)
            api.get("/api/service/roles?limit=2")
            api.post("/api/meta/search/indexsearch", """{"dsl":{"size":0}}""")
            val lines = Files.readAllLines(file)
            lines shouldHaveSize 2
            lines.map { Json.parseToJsonElement(it) } shouldBe catalog.recordedRequests().map { it.toJson() }
            lines[1] shouldContain """"body":{"dsl":{"size":0}}"""
            lines[0] shouldContain """"query":[["limit","2"]]"""
        }
    }

    test("bad inputs: an unwritable file fails the start naming it; asking a catalog that does not record; a zero capacity") {
        val blocker = Files.createTempFile("katalog-rec", ".file")
        val impossible = blocker.resolve("requests.jsonl")
        val failure = shouldThrow<RecordingFileException> {
            LocalCatalog.builder().openSearchUrl("http://127.0.0.1:1").record(impossible).build().start()
        }
        failure.path shouldBe impossible
        failure.message shouldContain impossible.toString()
        failure.message shouldContain "writable directory"

        val quiet = LocalCatalog.builder().build()
        shouldThrow<IllegalStateException> { quiet.recordedRequests() }.message shouldContain "record()"
        shouldThrow<IllegalArgumentException> { LocalCatalog.builder().recordingCapacity(0) }.message shouldContain "at least 1"
    }

    test("main --record FILE that cannot be written exits 1 naming the file") {
        val impossible = Files.createTempFile("katalog-rec", ".file").resolve("requests.jsonl")
        val java = File(System.getProperty("java.home"), "bin/java").path
        val process = ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), "dev.katalog.local.LocalCatalogMain",
            "--port", "0", "--opensearch-url", "http://127.0.0.1:1", "--record", impossible.toString(),
        ).start()
        try {
            process.waitFor(60, TimeUnit.SECONDS) shouldBe true
            process.exitValue() shouldBe 1
            process.errorStream.bufferedReader().readText() shouldContain impossible.toString()
        } finally {
            process.destroyForcibly()
        }
    }
})
