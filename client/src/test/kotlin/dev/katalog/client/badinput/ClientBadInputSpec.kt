package dev.katalog.client.badinput

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.UsageException
import dev.katalog.client.MockAtlan
import dev.katalog.client.entityJson
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.json
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.json.ModelDecodeException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldEndWith
import io.kotest.matchers.string.shouldStartWith
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ktor.client.engine.mock.respond
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.http.headersOf
import java.time.Duration

/** The client's part of the bad-input catalogue in docs/RELIABILITY.md (with B40–B45 in TransportSpec): bad answers and bad settings. */
class ClientBadInputSpec : FunSpec({
    test("B46 a successful answer that is an HTML page (a login page or captive portal)") {
        MockAtlan(RetryPolicy.NONE) {
            respond("<html><title>Sign in</title></html>", HttpStatusCode.OK, headersOf(HttpHeaders.ContentType, "text/html"))
        }.use { m ->
            val e = shouldThrow<AtlanException.Api> { m.client.assets.get("g1") }
            e.cause.shouldBeInstanceOf<ModelDecodeException>()
        }
    }

    test("B47 a successful answer with an empty body") {
        MockAtlan(RetryPolicy.NONE) { respond("", HttpStatusCode.OK) }.use { m ->
            shouldThrow<AtlanException.Api> { m.client.search.page(search { where(Asset.NAME eq "x") }) }.cause.shouldBeInstanceOf<ModelDecodeException>()
        }
    }

    test("B48 a huge number where the answer has a count") {
        MockAtlan(RetryPolicy.NONE) { json("""{"approximateCount":1e400,"entities":[]}""") }.use { m ->
            val e = shouldThrow<AtlanException.Api> { m.client.search.count(search { where(Asset.NAME eq "x") }) }
            (e.cause as ModelDecodeException).path shouldContain "approximateCount"
        }
    }

    test("B49 a base URL that is missing or not http(s)") {
        shouldThrow<UsageException> { AtlanClient.builder().apiToken("t").build() }.problem shouldBe "No base URL"
        shouldThrow<IllegalArgumentException> { AtlanClient.builder().baseUrl("acme.atlan.com").apiToken("t").build() }.message shouldBe
            "The base URL must start with http:// or https://: \"acme.atlan.com\" has no scheme. " +
            "Use https://acme.atlan.com (an Atlan tenant), or http://acme.atlan.com (a local catalog, plain HTTP)"
        // The machine's own catalog: plain HTTP first.
        shouldThrow<IllegalArgumentException> { AtlanClient("localhost:21960", "t") }.message!! shouldEndWith
            "Use http://localhost:21960 (a local catalog, plain HTTP), or https://localhost:21960 (an Atlan tenant)"
        shouldThrow<IllegalArgumentException> { AtlanClient("ftp://acme.atlan.com", "t") }.message shouldBe
            "The base URL must start with http:// or https://, was \"ftp://acme.atlan.com\". Use http:// or https:// in place of ftp://"
        val om = shouldThrow<dev.katalog.client.core.UsageException> { OpenMetadataClient("127.0.0.1:8585", "jwt") }
        om.fix shouldBe "Use http://127.0.0.1:8585 (a local catalog, plain HTTP), or https://127.0.0.1:8585 (an OpenMetadata server)"
    }

    test("B52 a base URL ending in /api/meta or /api: dropped, so calls do not double the path") {
        for (given in listOf("https://tenant.example/api/meta", "https://tenant.example/api/meta/", " https://tenant.example/API/ ")) {
            MockAtlan(RetryPolicy.NONE, { baseUrl(given) }) { json("""{"entity":${entityJson("g1")}}""") }.use { m ->
                m.client.options.baseUrl shouldBe "https://tenant.example"
                m.client.assets.get("g1").guid shouldBe "g1"
                m.requests.single().url.toString() shouldStartWith "https://tenant.example/api/meta/entity/guid/g1"
            }
        }
    }

    test("B50 no credentials, in code or in the environment") {
        shouldThrow<UsageException> { AtlanClient.builder().baseUrl("https://acme.atlan.com").build() }.fix shouldContain "ATLAN_API_KEY"
        shouldThrow<IllegalArgumentException> { AtlanClient.fromEnv(mapOf()) }.message!! shouldContain "ATLAN_BASE_URL is not set"
        shouldThrow<IllegalArgumentException> { AtlanClient.fromEnv(mapOf("ATLAN_BASE_URL" to "https://acme.atlan.com")) }.message!! shouldContain "Set ATLAN_API_KEY"
    }

    test("B51 settings out of range: concurrency, timeouts, retries") {
        shouldThrow<IllegalArgumentException> { AtlanClient.builder().maxConcurrentRequests(0) }.message!! shouldContain "at least 1"
        shouldThrow<IllegalArgumentException> { AtlanClient.builder().readTimeout(Duration.ZERO) }
        shouldThrow<IllegalArgumentException> { RetryPolicy.builder().maxRetries(-1) }.message!! shouldContain "0 or more"
        shouldThrow<IllegalArgumentException> { RetryPolicy.builder().jitter(1.5) }.message!! shouldContain "between 0 and 1"
    }
})
