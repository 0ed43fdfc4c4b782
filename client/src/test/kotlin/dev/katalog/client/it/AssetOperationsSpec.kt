package dev.katalog.client.it

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.UsageException
import dev.katalog.client.atlan.DeleteType
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.EntityStatus
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.typedef.AttributeDef
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDef
import dev.katalog.model.atlan.typedef.TypeDefResponse
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.coroutines.flow.toList

/** Every asset operation of the client, over HTTP against the local catalog. */
class AssetOperationsSpec : FunSpec({
    val client = SharedCatalog.client()
    afterSpec { client.close() }
    val connectionQn = SharedCatalog.uniqueConnection()
    val schemaQn = "$connectionQn/SALES/PUBLIC"

    suspend fun seed(): Table {
        client.assets.save(listOf(
            Connection.creator("ops-${connectionQn.substringAfterLast('/')}", "snowflake", connectionQn).adminUsers(listOf("admin")).build(),
        ))
        client.assets.save(Database.creator("SALES", connectionQn).build())
        client.assets.save(Schema.creator("PUBLIC", "$connectionQn/SALES").build())
        val table = Table.creator("ORDERS", schemaQn).description("One row per order").rowCount(42).build()
        val result = client.assets.save(table)
        client.assets.save((1..3).map { Column.creator("C$it", Table, "$schemaQn/ORDERS", it).dataType("NUMBER").build() })
        return client.assets.get(Table, "$schemaQn/ORDERS").also { it.guid shouldBe result.assignedGuid(table.guid!!) }
    }

    test("save, then read by GUID and by qualifiedName, typed") {
        val table = seed()
        table.rowCount shouldBe 42L
        table.description shouldBe "One row per order"
        client.assets.get(table.guid!!).shouldBeInstanceOf<Table>().qualifiedName shouldBe "$schemaQn/ORDERS"
        client.assets.getOrNull(Table, "$schemaQn/NOPE").shouldBeNull()
        shouldThrow<AtlanException.NotFound> { client.assets.get(Table, "$schemaQn/NOPE") }.hint.isNotBlank() shouldBe true
    }

    test("update a few attributes; the rest is kept") {
        client.assets.save(Table.updater("$schemaQn/ORDERS", "ORDERS").description("Orders, one row each").build())
        val table = client.assets.get(Table, "$schemaQn/ORDERS")
        table.description shouldBe "Orders, one row each"
        table.rowCount shouldBe 42L
    }

    test("search: stream typed results, count, aggregate") {
        val columns = client.search.stream(Column) { where(Column.TABLE_QUALIFIED_NAME eq "$schemaQn/ORDERS"); pageSize(2) }.toList()
        columns.map { it.name } shouldContainExactlyInAnyOrder listOf("C1", "C2", "C3")
        client.search.count(search { where(Asset.CONNECTION_QUALIFIED_NAME eq connectionQn) }) shouldBe 6
        val byType = client.search.aggregate(search { where(Asset.CONNECTION_QUALIFIED_NAME eq connectionQn); aggregate("types", Asset.TYPE_NAME.bucketBy(10)) })
        // Atlan normalizes __typeName.keyword (atlan_normalizer): bucket keys come lower-cased.
        byType.getValue("types").buckets.associate { it.key to it.docCount } shouldBe mapOf("column" to 3L, "database" to 1L, "schema" to 1L, "table" to 1L)
    }

    test("soft delete archives, restore brings back, purge removes") {
        val column = client.assets.get(Column, "$schemaQn/ORDERS/C3")
        client.assets.delete(listOf(column.guid!!), DeleteType.SOFT).deleted.map { it.guid } shouldBe listOf(column.guid)
        client.assets.get(column.guid!!).status shouldBe EntityStatus.DELETED
        client.assets.restore(Column, "$schemaQn/ORDERS/C3") shouldBe true
        client.assets.get(column.guid!!).status shouldBe EntityStatus.ACTIVE
        client.assets.restore(Column, "$schemaQn/ORDERS/C3") shouldBe false
        client.assets.delete(listOf(column.guid!!), DeleteType.PURGE)
        client.assets.getOrNull(column.guid!!).shouldBeNull()
    }

    test("Atlan tags by their human names") {
        client.tags.add(Table, "$schemaQn/ORDERS", listOf("Confidential", "Sensitive"))
        val tagged = client.assets.get(Table, "$schemaQn/ORDERS")
        client.tags.namesOf(tagged) shouldContainExactlyInAnyOrder listOf("Confidential", "Sensitive")
        client.search.stream(search { where(Asset.ATLAN_TAGS eq tagged.atlanTagNames!!.first()) }).toList().map { it.guid }.contains(tagged.guid) shouldBe true
        client.tags.remove(Table, "$schemaQn/ORDERS", "Sensitive")
        client.tags.namesOf(client.assets.get(Table, "$schemaQn/ORDERS")) shouldBe listOf("Confidential")
        shouldThrow<UsageException> { client.tags.add(Table, "$schemaQn/ORDERS", listOf("No such tag")) }
        shouldThrow<AtlanException.NotFound> { client.tags.remove(Table, "$schemaQn/ORDERS", "Sensitive") }
    }

    test("custom metadata by its human names, created through the typedef API") {
        val setName = "Quality ${System.nanoTime()}"
        val attributes = listOf(
            AttributeDef.builder("Score", "int").displayName("Score").build(),
            AttributeDef.builder("Owner team", "string").displayName("Owner team").build(),
        )
        val set = TypeDef.builder(TypeCategory.BUSINESS_METADATA, setName).displayName(setName).attributeDefs(attributes).build()
        client.typeDefs.create(TypeDefResponse.builder().businessMetadataDefs(listOf(set)).build())
        client.customMetadata.update(Table, "$schemaQn/ORDERS", setName, mapOf("Score" to 97, "Owner team" to "finance"))
        val values = client.customMetadata.read(client.assets.get(Table, "$schemaQn/ORDERS"), setName)
        values.values shouldBe mapOf("Score" to 97L, "Owner team" to "finance")
        client.assets.get(Table, "$schemaQn/ORDERS").atlanTagNames!!.size shouldBe 1
    }

    test("OAuth client credentials are exchanged for a token") {
        dev.katalog.client.AtlanClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).oauthClient(SharedCatalog.CLIENT_ID, SharedCatalog.CLIENT_SECRET).proxy(null).build().use {
            it.assets.get(Table, "$schemaQn/ORDERS").name shouldBe "ORDERS"
        }
    }

    test("a wrong token is an Authentication error") {
        dev.katalog.client.AtlanClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).apiToken("wrong-token").proxy(null).build().use {
            shouldThrow<AtlanException.Authentication> { it.assets.get(Table, "$schemaQn/ORDERS") }
        }
    }
})
