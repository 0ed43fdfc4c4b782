package dev.katalog.client.custommetadata

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.SaveOptions
import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.names.CustomMetadataType
import dev.katalog.client.typedefs.CustomMetadataDefinition
import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Badge
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.structs.BadgeCondition
import dev.katalog.model.atlan.typedef.TypeCategory
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.toList
import java.time.Instant

/**
 * Custom metadata by display names against the local catalog: a set with typed attributes created and used at
 * once; merge, replace and remove; values read back typed; searches by a numeric range returning the values.
 */
class CustomMetadataSpec : FunSpec({
    val client: AtlanClient = SharedCatalog.client()
    afterSpec { client.close() }
    val run = "${System.nanoTime() % 1_000_000_000}"
    val set = "Quality $run"
    lateinit var schemaQn: String
    lateinit var orders: String
    lateinit var customers: String

    beforeSpec {
        check(client.trees.apply(catalog {
            connection("cm-$run", Connector.POSTGRES) {
                adminUsers("admin")
                database("DB") { schema("S") { table("ORDERS"); table("CUSTOMERS") } }
            }
        }).succeeded)
        val connection = client.search.stream(search { where(Asset.NAME eq "cm-$run"); where(Asset.TYPE_NAME eq "Connection") }).toList().single()
        schemaQn = "${connection.qualifiedName}/DB/S"
        orders = "$schemaQn/ORDERS"
        customers = "$schemaQn/CUSTOMERS"
        client.typeDefs.create(
            CustomMetadataDefinition.enumeration("Level $run", listOf("Bronze", "Silver", "Gold")),
            CustomMetadataDefinition.builder(set)
                .attribute("Score", CustomMetadataType.DECIMAL)
                .attribute("Checked", CustomMetadataType.BOOLEAN)
                .attribute("Reviewed", CustomMetadataType.DATE)
                .attribute("Level", CustomMetadataType.ENUM) { it.enumType("Level $run") }
                .attribute("Stewards", CustomMetadataType.USER) { it.multiValued(true).applicableTo(Table) }
                .build(),
        )
    }

    suspend fun values(qualifiedName: String) = client.customMetadata.read(client.assets.get(Table, qualifiedName), set).values

    test("update merges into the set, typed values come back typed") {
        val reviewed = Instant.parse("2026-11-30T10:15:30Z")
        client.customMetadata.update(Table, orders, set, mapOf("Score" to 92.5, "Checked" to true, "Reviewed" to reviewed))
        client.customMetadata.update(Table, orders, set, mapOf("Level" to "Gold", "Stewards" to listOf("alice", "bob")))
        values(orders) shouldBe mapOf("Score" to 92.5, "Checked" to true, "Reviewed" to reviewed, "Level" to "Gold", "Stewards" to listOf("alice", "bob"))
        client.customMetadata.read(client.assets.get(Table, orders), set)["Score"] shouldBe 92.5
    }

    // atlan-python's Badge.creator: one badge per attribute, `badges/global/<set id>.<attribute id>`.
    test("a badge for an attribute: named by the set's and attribute's hashed names, saved and read back with its conditions") {
        val conditions = listOf(BadgeCondition(">=", "90", "#047960"), BadgeCondition("<", "90", "#BF1B1B"))
        val badge = client.customMetadata.badge("Score", set, "Score", conditions).build()
        val score = client.customMetadata.attribute(set, "Score")
        badge.qualifiedName shouldBe "badges/global/${score.setId}.${score.id}"
        client.assets.save(badge)
        val read = client.assets.get(Badge, badge.qualifiedName!!)
        read.badgeMetadataAttribute shouldBe "${score.setId}.${score.id}"
        read.badgeConditions.orEmpty().map { it.badgeConditionValue to it.badgeConditionColorhex } shouldBe listOf("90" to "#047960", "90" to "#BF1B1B")
        shouldThrow<UsageException> { client.customMetadata.badge("Score", set, "Score", emptyList()) }.message shouldContain "no conditions"
        shouldThrow<UsageException> { client.customMetadata.badge("Score", set, "Scroe", conditions) }.message shouldContain "Scroe"
    }

    test("replace makes the given values the whole set; remove clears it") {
        client.customMetadata.replace(Table, orders, set, mapOf("Score" to 70))
        values(orders) shouldBe mapOf("Score" to 70.0)
        client.customMetadata.remove(Table, orders, set)
        client.customMetadata.read(client.assets.get(Table, orders), set).isEmpty() shouldBe true
    }

    test("custom metadata in a save by display names; without the option that reads it, the save is refused") {
        val table = Table.updater(customers, "CUSTOMERS").customMetadata(set, mapOf("Score" to 95, "Level" to "Silver")).build()
        shouldThrow<UsageException> { client.assets.save(table) }.fix shouldContain "replaceCustomMetadata(true)"
        client.assets.save(table, SaveOptions.builder().replaceCustomMetadata(true).build())
        values(customers) shouldBe mapOf("Score" to 95.0, "Level" to "Silver")
    }

    test("a numeric range search finds by score and returns the score on each result") {
        client.customMetadata.update(Table, orders, set, mapOf("Score" to 65.0))
        val score = client.customMetadata.numericField(set, "Score")
        val inRange = client.search.stream(Table) { where(Table.SCHEMA_QUALIFIED_NAME eq schemaQn); where(score.between(60, 80)); include(score) }.toList()
        inRange.map { it.name } shouldBe listOf("ORDERS")
        client.customMetadata.read(inRange.single(), set)["Score"] shouldBe 65.0
        client.search.count(search { where(Table.SCHEMA_QUALIFIED_NAME eq schemaQn); where(score gt 90) }) shouldBe 1L
    }

    test("a set changed through update takes its new attribute at once") {
        val current = client.typeDefs.list(TypeCategory.BUSINESS_METADATA).businessMetadataDefs!!.single { it.displayName == set }
        val notes = CustomMetadataDefinition.builder(set).attribute("Notes", CustomMetadataType.TEXT).build().attributeDefs!!.single()
        client.typeDefs.update(current.with { attributeDefs(current.attributeDefs!! + notes) })
        client.customMetadata.update(Table, customers, set, mapOf("Notes" to "checked by hand"))
        values(customers)["Notes"] shouldBe "checked by hand"
        client.customMetadata.attribute(set, "Notes").type shouldBe CustomMetadataType.TEXT
    }

    test("a value of the wrong type names the attribute, the type and the value") {
        val e = shouldThrow<UsageException> { client.customMetadata.update(Table, orders, set, mapOf("Score" to "high")) }
        e.problem shouldBe "Custom metadata attribute \"$set\" > \"Score\" takes a number (Int, Long, Float or Double), not the String \"high\""
        shouldThrow<UsageException> { client.customMetadata.update(Table, orders, set, mapOf("Level" to "Platinum")) }.fix shouldBe
            "Pass one of [Bronze, Silver, Gold]"
        val wrong = Table.updater(orders, "ORDERS").customMetadata(set, mapOf("Checked" to "yes")).build()
        shouldThrow<UsageException> { client.assets.save(wrong, SaveOptions.builder().replaceCustomMetadata(true).build()) }
            .problem shouldContain "\"Checked\" takes a Boolean"
    }

    test("unknown set and attribute names are errors listing the close names; a field must fit the attribute's type") {
        shouldThrow<UsageException> { client.customMetadata.update(Table, orders, "Quality $run ", mapOf("Score" to 1)) }.fix shouldContain "\"$set\""
        shouldThrow<UsageException> { client.customMetadata.update(Table, orders, set, mapOf("Scor" to 1)) }.fix shouldContain "\"Score\""
        shouldThrow<UsageException> { client.customMetadata.textField(set, "Score") }.fix shouldBe "Use numericField(\"$set\", \"Score\")"
    }
})
