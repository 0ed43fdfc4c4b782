package dev.katalog.client.it

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.UsageException
import dev.katalog.dsl.search.search
import dev.katalog.local.LocalCatalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.json.KatalogJson
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonObject

/** The bad-input catalogue's requests to a real catalog (docs/RELIABILITY.md, B60–B72): each refused with a typed error naming the problem. */
class BadRequestsSpec : FunSpec({
    val connection = SharedCatalog.uniqueConnection()
    val schema = "$connection/DB/S"
    beforeSpec { SharedCatalog.client().use { it.seedTables(connection, 0) } }

    fun asset(json: String): Asset = KatalogJson.decode(Asset.serializer(), json)
    fun table(attributes: String) = asset("""{"typeName":"Table","attributes":{"qualifiedName":"$schema/T${System.nanoTime()}","name":"T",$attributes}}""")
    suspend fun <T> refused(block: suspend AtlanClient.() -> T): AtlanException = shouldThrow<AtlanException> { SharedCatalog.client().use { it.block() } }

    test("B60 an asset of a type the catalog does not know: refused before it is sent, with the close names") {
        val e = shouldThrow<UsageException> {
            SharedCatalog.client().use { it.assets.save(asset("""{"typeName":"Tabel","attributes":{"qualifiedName":"q","name":"n"}}""")) }
        }
        e.problem shouldBe "No entity type is named \"Tabel\""
        e.fix shouldContain "\"Table\""
    }

    test("B61 an asset without a qualifiedName") {
        refused { assets.save(asset("""{"typeName":"Table","attributes":{"name":"n"}}""")) }.shouldBeInvalid("qualifiedName is required")
    }

    test("B62 an attribute of the wrong type") {
        refused { assets.save(table(""""rowCount":"many"""")) }.shouldBeInvalid("Invalid value for attribute rowCount")
    }

    test("B63 numbers too large for the attribute") {
        for (huge in listOf("99999999999999999999", "1e400")) {
            refused { assets.save(table(""""rowCount":$huge""")) }.shouldBeInvalid("rowCount")
        }
    }

    test("B64 a parent that does not exist") {
        val orphan = Table.creator("orphan", "$connection/DB/NOPE").build()
        val e = refused { assets.save(orphan) }
        (e is AtlanException.NotFound) shouldBe true
        e.message!! shouldContain "$connection/DB/NOPE does not exist"
    }

    test("B65 a request larger than the catalog accepts") {
        // A catalog on the same node that accepts at most 1 MiB per request.
        val small = LocalCatalog.builder().openSearchUrl(SharedCatalog.catalog.openSearchUrl).maxBodyBytes(1024 * 1024).build().start()
        val big = small.use { catalog ->
            shouldThrow<AtlanException.InvalidRequest> {
                AtlanClient(catalog.baseUrl, catalog.apiToken).use { it.assets.save(table(""""description":"${"x".repeat(2 * 1024 * 1024)}"""")) }
            }
        }
        big.status shouldBe 413
        big.hint shouldContain "smaller batches"
    }

    test("B66 a query the search engine cannot parse") {
        val raw = Query.Raw(Json.parseToJsonElement("""{"no_such_query":{"x":1}}""").jsonObject)
        refused { search.page(search { where(raw) }) }.shouldBeInvalid("no_such_query")
    }

    test("B67 an invalid regular expression") {
        refused { search.page(search { where(Asset.NAME regexp "[unclosed") }) }.shouldBeInvalid("")
    }

    test("B68 a wrong API token") {
        val e = shouldThrow<AtlanException.Authentication> {
            AtlanClient(SharedCatalog.catalog.baseUrl, "not-the-token").use { it.assets.get("any") }
        }
        e.hint shouldContain "API token"
    }

    test("B69 a GUID or qualifiedName that does not exist: NotFound, or null from the OrNull variant") {
        SharedCatalog.client().use { client ->
            shouldThrow<AtlanException.NotFound> { client.assets.get("00000000-0000-0000-0000-000000000000") }
            client.assets.getOrNull(Table, "$schema/none").shouldBeNull()
        }
    }

    test("B70 unicode names (emoji, right-to-left, combining marks) come back byte for byte") {
        SharedCatalog.client().use { client ->
            for (name in listOf("Ümsätze 📈", "מכירות", "e\u0301", "漢字テーブル")) {
                client.assets.save(Table.creator(name, schema).build())
                client.assets.get(Table, "$schema/$name").name shouldBe name
            }
        }
    }

    test("B71 control characters in a name are stored as sent") {
        SharedCatalog.client().use { client ->
            val name = "tab\there"
            client.assets.save(Table.creator(name, schema).build())
            client.assets.get(Table, "$schema/$name").name shouldBe name
        }
    }
})

private fun AtlanException.shouldBeInvalid(mentioning: String) {
    (this is AtlanException.InvalidRequest) shouldBe true
    message!! shouldContain mentioning
}
