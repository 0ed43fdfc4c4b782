package dev.katalog.model.atlan

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.GenericAsset
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.api.BulkEntityRequest
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.arbitrary.boolean
import io.kotest.property.arbitrary.choice
import io.kotest.property.arbitrary.constant
import io.kotest.property.arbitrary.double
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.long
import io.kotest.property.arbitrary.map
import io.kotest.property.arbitrary.string
import io.kotest.property.arbitrary.uuid
import io.kotest.property.checkAll
import io.kotest.property.arbitrary.Codepoint
import io.kotest.property.arbitrary.az
import io.kotest.property.arbitrary.ascii
import io.kotest.property.arbitrary.katakana
import io.kotest.property.arbitrary.merge
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Random assets, known and unknown types and attributes, nested references and unicode, survive encode → decode → encode. */
class AssetRoundTripPropertySpec : FunSpec({
    val knownTypes = AtlanTypes.all.map { it.typeName }
    val text = Arb.string(0..24, Codepoint.ascii().merge(Codepoint.katakana()).merge(Arb.element(
        listOf(0x1F600, 0x0000, 0x000A, 0x0022, 0x005C, 0x00E9, 0x2028, 0x10FFFF).map { Codepoint(it) },
    )))
    val name = Arb.string(1..12, Codepoint.az())
    val guid = Arb.uuid().map { it.toString() }
    val reference: Arb<JsonElement> = arbitrary {
        val byGuid = Arb.boolean().bind()
        JsonObject(
            buildMap {
                put("typeName", JsonPrimitive(Arb.element(knownTypes).bind()))
                if (byGuid) put("guid", JsonPrimitive(guid.bind()))
                else put("uniqueAttributes", JsonObject(mapOf("qualifiedName" to JsonPrimitive(text.bind()))))
            },
        )
    }
    val scalar: Arb<JsonElement> = Arb.choice(
        text.map { JsonPrimitive(it) },
        Arb.long().map { JsonPrimitive(it) },
        Arb.double().map { if (it.isFinite()) JsonPrimitive(it) else JsonNull },
        Arb.boolean().map { JsonPrimitive(it) },
        Arb.constant(JsonNull),
    )
    val value: Arb<JsonElement> = Arb.choice(
        scalar,
        Arb.list(scalar, 0..3).map { JsonArray(it) },
        reference,
        Arb.list(reference, 0..3).map { JsonArray(it) },
        Arb.map(name, scalar, maxSize = 3).map { JsonObject(it) },
    )
    val asset: Arb<JsonObject> = arbitrary {
        val known = Arb.boolean().bind()
        val typeName = if (known) Arb.element(knownTypes).bind() else "Custom" + name.bind()
        val ownAttributes = AtlanTypes.forName(typeName)?.javaType?.methods?.map { it.name.removePrefix("get").replaceFirstChar(Char::lowercaseChar) }.orEmpty()
        val attributeNames = Arb.list(Arb.choice(name, Arb.element(ownAttributes + "qualifiedName")), 0..8).bind()
        JsonObject(
            buildMap {
                put("typeName", JsonPrimitive(typeName))
                put("guid", JsonPrimitive(if (Arb.boolean().bind()) guid.bind() else "-" + Arb.long(1L..Long.MAX_VALUE).bind()))
                put("attributes", JsonObject(attributeNames.associateWith { value.bind() }))
                put("relationshipAttributes", JsonObject(Arb.map(name, reference, maxSize = 3).bind()))
                if (Arb.boolean().bind()) put("status", JsonPrimitive(Arb.element("ACTIVE", "DELETED").bind()))
                if (Arb.boolean().bind()) put("x-" + name.bind(), value.bind())
                if (Arb.boolean().bind()) put("createTime", JsonPrimitive(Arb.long(0L..4102444800000L).bind()))
            },
        )
    }

    test("random assets survive encode, decode, encode") {
        checkAll(2_000, Arb.list(asset, 1..5)) { entities ->
            val text1 = KatalogJson.json.encodeToString(JsonObject.serializer(), JsonObject(mapOf("entities" to JsonArray(entities))))
            val decoded = KatalogJson.decode(BulkEntityRequest.serializer(), text1)
            decoded.entities.zip(entities).forEach { (entity, json) ->
                val known = AtlanTypes.forName(entity.typeName)
                (entity is GenericAsset) shouldBe (known == null || !known.isA(Asset))
                entity.typeName shouldBe (json["typeName"] as JsonPrimitive).content
            }
            KatalogJson.encode(BulkEntityRequest.serializer(), decoded) shouldBe text1
        }
    }

    test("a typed asset reads its attributes and references") {
        val table = Table.fromJson(
            JsonObject(
                mapOf(
                    "typeName" to JsonPrimitive("Table"),
                    "attributes" to JsonObject(mapOf("rowCount" to JsonPrimitive(42), "name" to JsonPrimitive("ORDERS ✓"))),
                    "relationshipAttributes" to JsonObject(
                        mapOf("atlanSchema" to JsonObject(mapOf("typeName" to JsonPrimitive("Schema"), "guid" to JsonPrimitive("s-1")))),
                    ),
                ),
            ),
        )
        table.rowCount shouldBe 42L
        table.name shouldBe "ORDERS ✓"
        table.atlanSchema!!.guid shouldBe "s-1"
    }
})
