package dev.katalog.test.kotest

import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import dev.katalog.test.RunNames
import dev.katalog.test.SharedCatalogs
import dev.katalog.test.TestCatalog
import dev.katalog.test.TestCatalogOptions
import dev.katalog.test.TestNames
import dev.katalog.test.junit.SeenCatalogs
import io.kotest.assertions.withClue
import io.kotest.core.extensions.install
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/** An external OpenSearch (here: the node of the run's embedded catalog) holds a catalog under this run's own indexes, removed after. */
class ExternalOpenSearchSpec : FunSpec({
    val katalog = install(LocalCatalogExtension())

    fun testIndexes(node: String): List<String> {
        val answer = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("$node/_cat/indices/katalog_test_${RunNames.RUN_ID}_*?format=json")).build(),
            HttpResponse.BodyHandlers.ofString(),
        )
        return Json.parseToJsonElement(answer.body()).jsonArray.map { it.jsonObject.getValue("index").jsonPrimitive.content }
    }

    test("a catalog on an external OpenSearch serves, and its indexes go when it stops") {
        SeenCatalogs.record("kotest", ExternalOpenSearchSpec::class.java, katalog.local)
        withClue(SeenCatalogs.census("kotest")) { SeenCatalogs.baseUrls("kotest") shouldBe listOf(katalog.local.baseUrl) }
        val node = katalog.local.openSearchUrl
        val options = TestCatalogOptions.builder().openSearchUrl(node).tree(catalog {
            connection("external", Connector.SNOWFLAKE) { adminUsers("admin"); database("DB") { schema("S") { table("ON_EXTERNAL") } } }
        }).build()
        val external = SharedCatalogs.acquire(options)
        try {
            external.openSearchUrl shouldBe node
            external.baseUrl shouldNotBe katalog.local.baseUrl
            TestCatalog(external, TestNames("external")).use { catalog ->
                catalog.load(options)
                catalog.atlan.search.count(Table.search { where(Table.NAME eq "ON_EXTERNAL") }) shouldBe 1L
            }
            testIndexes(node) shouldContainAll listOf("katalog_test_${RunNames.RUN_ID}_assets")
        } finally {
            SharedCatalogs.release(external)
        }
        testIndexes(node).shouldBeEmpty()
        // The embedded catalog's own data was not touched.
        katalog.atlan.search.count(Table.search { where(Table.NAME eq "ON_EXTERNAL") }) shouldBe 0L
    }
})
