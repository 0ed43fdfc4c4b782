package dev.katalog.local.store

import dev.katalog.local.BundledTypeDefs
import dev.katalog.local.TestCatalog
import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.long
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import dev.katalog.local.opensearch.OpenSearchClient
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldNotContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject
import java.util.UUID

/**
 * The look-ups of the write path find every write before them with no refresh of the index, and a later write or a
 * delete of an asset wins over what the last refresh left searchable; searches refresh first, so they see the same.
 * Refreshes are counted with OpenSearch's own statistics (`_stats/refresh`, `external_total`).
 */
class UnrefreshedLookUpSpec : FunSpec({
    val client = OpenSearchClient(TestCatalog.catalog().openSearchUrl)
    val types = TypeRegistry(BundledTypeDefs.load(null))
    val mapping = IndexMapping(types.base)
    val document = AssetDocument(types, mapping)
    val name = "unrefreshed_spec_assets"
    val index = AssetIndex(client, name)
    val schema = "default/snowflake/1600000077/db/s"
    val schemaGuid = UUID.randomUUID().toString()

    beforeSpec {
        client.call("DELETE", "/$name")
        index.ensure(mapping)
    }
    afterSpec { client.call("DELETE", "/$name") }

    fun table(tableName: String, guid: String, description: String? = null, status: String = "ACTIVE", typeName: String = "Table", order: String? = null): JsonObject = buildJsonObject {
        put("typeName", typeName)
        put("guid", guid)
        put("status", status)
        putJsonObject("attributes") {
            put("qualifiedName", "$schema/$tableName")
            put("name", tableName)
            description?.let { put("description", it) }
            order?.let { put("order", it) }
        }
        putJsonObject("relationshipAttributes") {
            putJsonObject("atlanSchema") { put("guid", schemaGuid); put("typeName", "Schema") }
        }
    }

    suspend fun write(vararg entities: JsonObject) = index.write(entities.associate { it.str("guid")!! to document.of(it) })
    suspend fun refreshes(): Long = client.require("GET", "/$name/_stats/refresh").obj("indices")?.obj(name)?.obj("primaries")?.obj("refresh")?.get("external_total").long()!!
    suspend fun searched(tableName: String): List<String> {
        val body = buildJsonObject { putJsonObject("query") { putJsonObject("term") { put("name.keyword", tableName) } } }
        return AssetIndex.hits(index.search(body)).map { it.str("_id")!! }
    }

    test("a write is found by every look-up of the write path with no refresh, and by a search after one") {
        val guid = UUID.randomUUID().toString()
        val before = refreshes()
        write(table("ONE", guid, "first"))

        index.byKeys(listOf("Table|$schema/ONE")).mapValues { it.value.guid } shouldBe mapOf("Table|$schema/ONE" to guid)
        index.byQualifiedName("SQL", "$schema/ONE")?.guid shouldBe guid
        index.byQualifiedName("Column", "$schema/ONE")?.guid shouldBe null
        index.byQualifiedNames(listOf("$schema/ONE")).map { it.guid } shouldBe listOf(guid)
        index.byTypeAndName("Table", "ONE").map { it.guid } shouldBe listOf(guid)
        index.under(schema).map { it.guid } shouldBe listOf(guid)
        index.holdersOf(listOf(schemaGuid)).map { (asset, relations) -> asset.guid to relations } shouldBe listOf(guid to listOf("tables:$schemaGuid"))
        index.mget(listOf(guid))[guid]?.attributes?.str("description") shouldBe "first"
        index.mget(listOf(guid), withoutRelationships = true)[guid]?.entity?.keys?.sorted() shouldBe index.mget(listOf(guid))[guid]?.entity?.keys?.minus("relationshipAttributes")?.sorted()
        refreshes() shouldBe before

        searched("ONE") shouldBe listOf(guid)
        refreshes() shouldBe before + 1
    }

    test("a later write and a delete win over what the last refresh left searchable, before any refresh") {
        val guid = UUID.randomUUID().toString()
        write(table("TWO", guid, "first"))
        searched("TWO") shouldBe listOf(guid)
        val before = refreshes()

        write(table("TWO", guid, "second"))
        index.byKeys(listOf("Table|$schema/TWO"))["Table|$schema/TWO"]?.attributes?.str("description") shouldBe "second"
        index.under(schema).single { it.guid == guid }.attributes.str("description") shouldBe "second"

        write(table("TWO", guid, "archived", status = "DELETED"))
        index.byKeys(listOf("Table|$schema/TWO"))["Table|$schema/TWO"]?.status shouldBe "DELETED"
        index.byQualifiedNames(listOf("$schema/TWO")) shouldBe emptyList()
        index.byTypeAndName("Table", "TWO") shouldBe emptyList()
        index.under(schema).map { it.guid } shouldNotContain guid
        index.holdersOf(listOf(schemaGuid)).map { it.first.guid } shouldNotContain guid

        index.delete(listOf(guid))
        index.byKeys(listOf("Table|$schema/TWO")) shouldBe emptyMap()
        index.mget(listOf(guid)) shouldBe emptyMap()
        refreshes() shouldBe before

        searched("TWO") shouldBe emptyList()
        refreshes() shouldBe before + 1
    }

    test("writes waiting for a refresh are bounded: the write that makes ${AssetIndex.MAX_PENDING} refreshes") {
        searched("none")
        val before = refreshes()
        val guids = (1 until AssetIndex.MAX_PENDING).map { UUID.randomUUID().toString() }
        for (chunk in guids.withIndex().chunked(500)) write(*chunk.map { (i, guid) -> table("MANY$i", guid) }.toTypedArray())
        refreshes() shouldBe before
        index.byKeys(listOf("Table|$schema/MANY7")).values.map { it.guid } shouldBe listOf(guids[7])

        write(table("LAST", UUID.randomUUID().toString()))
        refreshes() shouldBe before + 1
        index.byKeys(guids.indices.map { "Table|$schema/MANY$it" }).size shouldBe guids.size
    }

    test("an index other catalogs may write too (an OpenSearch the catalog was pointed at) is refreshed after each write") {
        val sharedName = "unrefreshed_spec_shared_assets"
        val shared = AssetIndex(client, sharedName, shared = true)
        client.call("DELETE", "/$sharedName")
        shared.ensure(mapping)
        try {
            val guid = UUID.randomUUID().toString()
            shared.write(mapOf(guid to document.of(table("SHARED", guid))))
            // Another catalog's look-up is a plain search: it finds the write without a refresh of its own.
            val body = buildJsonObject { putJsonObject("query") { putJsonObject("term") { put("name.keyword", "SHARED") } } }
            AssetIndex.hits(client.require("POST", "/$sharedName/_search", body)).map { it.str("_id") } shouldBe listOf(guid)
        } finally {
            client.call("DELETE", "/$sharedName")
        }
    }

    test("a write OpenSearch refuses in part is made searchable at once: what it did write is found") {
        val good = UUID.randomUUID().toString()
        val before = refreshes()
        val refused = shouldThrow<CatalogException.BadRequest> {
            write(table("GOOD", good), table("BAD", UUID.randomUUID().toString(), typeName = "Column", order = "not a number"))
        }
        refused.message shouldContain "could not be indexed"
        refreshes() shouldBe before + 1
        index.byKeys(listOf("Table|$schema/GOOD")).values.map { it.guid } shouldBe listOf(good)
        refreshes() shouldBe before + 1
    }
})
