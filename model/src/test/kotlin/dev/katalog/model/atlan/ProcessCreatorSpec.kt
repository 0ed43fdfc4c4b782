package dev.katalog.model.atlan

import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.ColumnProcess
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject
import java.security.MessageDigest

/**
 * The Process and ColumnProcess creators follow the reference SDK's qualifiedName rule (atlan-python,
 * pyatlan/model/assets/core/process.py, `generate_qualified_name`): `<connection>/<processId>` with an id, else the
 * MD5 hex of name + connection + the parent's and the ends' GUIDs.
 */
class ProcessCreatorSpec : FunSpec({
    val connection = "default/snowflake/1700000000"
    val orders = Table.refByQualifiedName("$connection/DB/S/ORDERS")
    val agg = Table.refByQualifiedName("$connection/DB/S/ORDERS_AGG")
    fun md5(text: String) = MessageDigest.getInstance("MD5").digest(text.toByteArray()).joinToString("") { "%02x".format(it) }

    test("with a process id the qualifiedName is the connection and the id, and the ends are sent as Atlan's SDKs send them") {
        val process = Process.creator("orders-agg", connection, listOf(orders), listOf(agg), "job-1").sql("insert into ORDERS_AGG select 1").build()
        process.qualifiedName shouldBe "$connection/job-1"
        process.attributes["connectorName"] shouldBe JsonPrimitive("snowflake")
        process.attributes["connectionQualifiedName"] shouldBe JsonPrimitive(connection)
        process.attributes["sql"] shouldBe JsonPrimitive("insert into ORDERS_AGG select 1")
        val input = (process.attributes["inputs"] as JsonArray).single().jsonObject
        input shouldBe JsonObject(
            mapOf(
                "typeName" to JsonPrimitive("Table"),
                "attributes" to JsonObject(emptyMap()),
                "uniqueAttributes" to JsonObject(mapOf("qualifiedName" to JsonPrimitive("$connection/DB/S/ORDERS"))),
            ),
        )
    }

    test("without an id the qualifiedName hashes the name, the connection and the GUIDs of the ends") {
        val byQualifiedName = Process.creator("orders-agg", connection, listOf(orders), listOf(agg)).build()
        byQualifiedName.qualifiedName shouldBe "$connection/" + md5("orders-agg$connection")
        val byGuid = Process.creator("orders-agg", connection, listOf(Table.refByGuid("g-in")), listOf(Table.refByGuid("g-out"))).build()
        byGuid.qualifiedName shouldBe "$connection/" + md5("orders-agg${connection}g-ing-out")
        (byGuid.attributes["outputs"] as JsonArray).single() shouldBe JsonObject(mapOf("typeName" to JsonPrimitive("Table"), "guid" to JsonPrimitive("g-out")))
    }

    test("a column process names its parent process and hashes the parent's GUID first") {
        val parent = Process.refByGuid("p-1")
        val columnProcess = ColumnProcess.creator(
            "id-to-id", connection, listOf(Column.refByGuid("c-in")), listOf(Column.refByGuid("c-out")), parent,
        ).code("select id").build()
        columnProcess.qualifiedName shouldBe "$connection/" + md5("id-to-id${connection}p-1c-inc-out")
        columnProcess.attributes["process"] shouldBe JsonObject(mapOf("typeName" to JsonPrimitive("Process"), "guid" to JsonPrimitive("p-1")))
        columnProcess.attributes["code"] shouldBe JsonPrimitive("select id")
    }

    test("a process without inputs or outputs, or outside a connection, is refused with the fix") {
        shouldThrow<IllegalArgumentException> { Process.creator("orders-agg", connection, emptyList(), listOf(agg)).build() }
            .message!!.let {
                it shouldContain "Process \"orders-agg\" has 0 inputs and 1 outputs"
                it shouldContain "pass the assets it reads as inputs"
            }
        shouldThrow<IllegalArgumentException> { Process.creator("orders-agg", "snowflake", listOf(orders), listOf(agg)).build() }
            .message!! shouldContain "does not start with a connection qualifiedName"
    }
})
