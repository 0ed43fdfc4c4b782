package dev.katalog.model.openmetadata

import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.type.ColumnDataType
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.arbitrary.Codepoint
import io.kotest.property.arbitrary.alphanumeric
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.arbitrary.boolean
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.map
import io.kotest.property.arbitrary.string
import io.kotest.property.arbitrary.uuid
import io.kotest.property.checkAll
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Random tables, with keys a newer server might send at every level and enum values this model knows, survive decode → encode. */
class TableRoundTripPropertySpec : FunSpec({
    val word = Arb.string(1..12, Codepoint.alphanumeric())
    val unknownValue: Arb<JsonElement> = arbitrary {
        when (Arb.int(0..3).bind()) {
            0 -> JsonPrimitive(word.bind())
            1 -> JsonPrimitive(Arb.int().bind())
            2 -> JsonNull
            else -> JsonArray(Arb.list(word, 0..3).bind().map(::JsonPrimitive))
        }
    }
    // Unknown keys: prefixed so they never collide with a modelled one.
    val extras = Arb.map(word.map { "future_$it" }, unknownValue, 0, 3)
    val dataTypes = ColumnDataType.entries.filter { it != ColumnDataType.UNRECOGNIZED }
    val column: Arb<JsonObject> = arbitrary {
        JsonObject(extras.bind() + mapOf(
            "name" to JsonPrimitive(word.bind()),
            "dataType" to JsonPrimitive(Arb.element(dataTypes).bind().value),
        ) + (if (Arb.boolean().bind()) mapOf("dataLength" to JsonPrimitive(Arb.int(1..65535).bind())) else emptyMap()))
    }
    val table: Arb<JsonObject> = arbitrary {
        JsonObject(extras.bind() + mapOf(
            "id" to JsonPrimitive(Arb.uuid().bind().toString()),
            "name" to JsonPrimitive(word.bind()),
            "fullyQualifiedName" to JsonPrimitive(Fqn.build(Arb.list(word, 4..4).bind())),
            "columns" to JsonArray(Arb.list(column, 0..5).bind()),
            "deleted" to JsonPrimitive(Arb.boolean().bind()),
        ))
    }

    test("decode ∘ encode is the identity on table JSON") {
        checkAll(1_000, table) { json ->
            val decoded = KatalogJson.decode(Table.serializer(), json.toString())
            Json.parseToJsonElement(KatalogJson.encode(Table.serializer(), decoded)) shouldBe json
        }
    }
})
