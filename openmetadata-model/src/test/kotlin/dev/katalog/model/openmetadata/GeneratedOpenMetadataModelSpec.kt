package dev.katalog.model.openmetadata

import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnConstraint
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.TableType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.SerializationException
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject

/** The model generated from the 1.4 schemas reads what a server sends, keeps what it does not know and writes it back. */
class GeneratedOpenMetadataModelSpec : FunSpec({
    val tableJson = """
        {"id":"7f1b3c0e-3a8e-4b8a-9a57-0d1c2e3f4a5b","name":"orders","fullyQualifiedName":"svc.db.\"sales.eu\".orders",
         "tableType":"Regular","version":0.1,"updatedAt":1700000000000,
         "columns":[{"name":"id","dataType":"BIGINT","constraint":"PRIMARY_KEY","futureColumnField":{"x":1}},
                    {"name":"payload","dataType":"JSON","children":[{"name":"inner","dataType":"STRING"}]}],
         "serviceType":"Postgres","databaseSchema":{"id":"0b8a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d","type":"databaseSchema"},
         "someFieldFromOpenMetadata2":[1,2,3],"description":null}
    """.trimIndent()

    test("a table reads typed, with enums as Kotlin enums") {
        val table = KatalogJson.decode<Table>(tableJson)
        table.name shouldBe "orders"
        table.tableType shouldBe TableType.Regular
        table.serviceType shouldBe DatabaseServiceType.Postgres
        table.columns.map { it.dataType } shouldBe listOf(ColumnDataType.BIGINT, ColumnDataType.JSON)
        table.columns[0].constraint shouldBe ColumnConstraint.PRIMARY_KEY
        table.columns[1].children!!.single().name shouldBe "inner"
        Fqn.split(table.fullyQualifiedName!!) shouldBe listOf("svc", "db", "sales.eu", "orders")
    }

    test("unknown and explicitly null keys, at the top and nested, survive a round trip") {
        val table = KatalogJson.decode<Table>(tableJson)
        table.extras.keys shouldBe setOf("someFieldFromOpenMetadata2", "description")
        table.columns[0].extras["futureColumnField"]!!.jsonObject["x"] shouldBe JsonPrimitive(1)
        Json.parseToJsonElement(KatalogJson.encode(table)) shouldBe Json.parseToJsonElement(tableJson)
    }

    test("an enum value from a newer server reads as UNRECOGNIZED and cannot be written back") {
        val newer = tableJson.replace("\"BIGINT\"", "\"QUANTUM_INT\"").replace("\"Regular\"", "\"Hologram\"")
        val table = KatalogJson.decode<Table>(newer)
        table.columns[0].dataType shouldBe ColumnDataType.UNRECOGNIZED
        table.tableType shouldBe TableType.UNRECOGNIZED
        shouldThrow<SerializationException> { KatalogJson.encode(table.columns[0]) }.message shouldContain "ColumnDataType.UNRECOGNIZED"
    }

    test("a missing required field fails with its path") {
        val e = shouldThrow<ModelDecodeException> { KatalogJson.decode<Table>(tableJson.replace("\"name\":\"id\",", "")) }
        e.path shouldContain "columns[0]"
        e.message shouldContain "name"
    }

    test("a create request writes only what was set, with wire enum values") {
        val request = CreateTable(
            name = "orders",
            databaseSchema = "svc.db.\"sales.eu\"",
            columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT), Column(name = "note", dataType = ColumnDataType.VARCHAR, dataLength = 200)),
        )
        KatalogJson.encode(request) shouldBe
            """{"name":"orders","columns":[{"name":"id","dataType":"BIGINT"},{"name":"note","dataType":"VARCHAR","dataLength":200}],"databaseSchema":"svc.db.\"sales.eu\""}"""
    }
})
