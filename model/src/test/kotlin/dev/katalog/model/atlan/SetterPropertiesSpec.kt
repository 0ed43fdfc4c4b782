package dev.katalog.model.atlan

import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.enums.CertificateStatus
import dev.katalog.model.json.ModelDecodeException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonPrimitive

/** Every typed setter is also an assignable property, so builder scopes read like `rowCount = 5`. */
class SetterPropertiesSpec : FunSpec({
    test("assigning properties in a builder scope sets the attributes of the built entity") {
        val table = Table.updater("default/snowflake/1/DB/PUBLIC/ORDERS", "ORDERS").apply {
            rowCount = 5
            description = "Orders, one row per order"
            certificateStatus = CertificateStatus.VERIFIED
            atlanSchema = Schema.refByGuid("4f1c2a9e-schema")
        }.build()

        table.rowCount shouldBe 5L
        table.description shouldBe "Orders, one row per order"
        table.certificateStatus shouldBe CertificateStatus.VERIFIED
        table.atlanSchema?.guid shouldBe "4f1c2a9e-schema"
        table.name shouldBe "ORDERS"
    }

    test("reading a property gives what is set so far, and null when nothing is") {
        val builder = Table.updater("default/snowflake/1/DB/PUBLIC/ORDERS", "ORDERS")
        builder.rowCount shouldBe null
        builder.rowCount(7)
        builder.rowCount shouldBe 7L
        builder.name shouldBe "ORDERS"
        builder.rowCount = null
        builder.rowCount shouldBe null
        builder.build().attributes["rowCount"] shouldBe kotlinx.serialization.json.JsonNull
    }

    test("a property reads a value set as raw JSON with the entity's own checks") {
        val builder = Table.builder().attribute("rowCount", JsonPrimitive("many"))
        val failure = shouldThrow<ModelDecodeException> { builder.rowCount }
        failure.path shouldBe "$.attributes.rowCount"
        failure.message shouldContain "a whole number"
    }
})
