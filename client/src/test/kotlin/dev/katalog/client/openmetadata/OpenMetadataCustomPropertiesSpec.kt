package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.customproperties.CustomPropertyDefinition
import dev.katalog.client.openmetadata.customproperties.CustomValue
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.api.teams.CreateUser
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.util.UUID

/**
 * Custom properties (`om.customProperties`) against the local catalog over HTTP, every request validated against the
 * 1.4 schemas. The catalog follows openmetadata-service/src/main/java/org/openmetadata/service/
 * `resources/types/TypeResource.java` and `jdbi3/TypeRepository.java` (types, a property added by PUT) and
 * `jdbi3/EntityRepository.java` (`validateExtension`, `validateEnumKeys`). Bad values fail before any write is sent:
 * [OutgoingRequestValidator.validated] (every request with a body) does not grow.
 */
class OpenMetadataCustomPropertiesSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    val steward = "steward$suffix"
    val rows = "rows$suffix"
    val tier = "tier$suffix"
    val regions = "regions$suffix"
    lateinit var orders: Table

    beforeSpec {
        val schema = om.createServiceSchema("cp_$suffix")
        orders = om.entities.createOrUpdate(CreateTable(name = "orders", databaseSchema = schema, columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT))))
    }

    test("property types are 1.4's and an entity type lists the properties added to it by property type name") {
        om.customProperties.propertyTypes().map { it.name } shouldContainAll listOf("string", "integer", "markdown", "enum", "email", "date", "entityReference")
        val added = om.customProperties.addProperty(EntityKinds.TABLE, CustomPropertyDefinition.of(steward, "email", "Who looks after it"))
        OutgoingRequestValidator.validated.last() shouldContain "→ type/customProperty.json"
        added.customProperties!!.first { it.name == steward }.propertyType.name shouldBe "email"
        om.customProperties.addProperty(EntityKinds.TABLE, CustomPropertyDefinition.of(rows, "integer", "Row count"))
        om.customProperties.addProperty(EntityKinds.TABLE, CustomPropertyDefinition.enumeration(tier, "Tier", listOf("Gold", "Silver")))
        om.customProperties.addProperty(EntityKinds.TABLE, CustomPropertyDefinition.enumeration(regions, "Regions", listOf("us", "eu", "apac"), multiSelect = true))
        om.customProperties.entityType(EntityKinds.TABLE).customProperties!!.map { it.name } shouldContainAll listOf(steward, rows, tier, regions)
    }

    test("values are set on a table, read back typed, replaced and removed") {
        om.customProperties.setValues(orders, mapOf(steward to CustomValue.of("ann@example.com"), rows to CustomValue.of(42L), tier to CustomValue.enumOf("Gold")))
        om.customProperties.setValue(orders, regions, CustomValue.enumOf("us", "apac"))
        val values = om.customProperties.values(orders)
        values.string(steward) shouldBe "ann@example.com"
        values.long(rows) shouldBe 42L
        values.enumValues(tier) shouldContainExactly listOf("Gold")
        values.enumValues(regions) shouldContainExactly listOf("apac", "us")
        shouldThrow<UsageException> { values.long(steward) }.message shouldContain steward

        om.customProperties.setValue(orders, rows, CustomValue.of(43L))
        OutgoingRequestValidator.validated.last() shouldBe "PATCH /api/v1/tables/${orders.id} → RFC 6902"
        om.customProperties.values(orders).long(rows) shouldBe 43L
        om.customProperties.removeValue(orders, rows)
        val after = om.customProperties.values(orders)
        after.long(rows) shouldBe null
        after.names shouldContain steward
    }

    test("bad values are typed errors naming the property and the fix, and nothing is written") {
        om.customProperties.entityType(EntityKinds.TABLE)
        val user = om.entities.createOrUpdate(CreateUser(name = "cp_user_$suffix", email = "cp_user_$suffix@example.com"))
        val sent = OutgoingRequestValidator.validated.size
        shouldThrow<UsageException> { om.customProperties.setValue(orders, rows, CustomValue.of("many")) }.message shouldContain "Custom property $rows of table is of type integer"
        shouldThrow<UsageException> { om.customProperties.setValue(orders, steward, CustomValue.of("not-an-address")) }.message shouldContain "e-mail"
        shouldThrow<UsageException> { om.customProperties.setValue(orders, tier, CustomValue.enumOf("Bronze")) }.message shouldContain "does not allow Bronze"
        shouldThrow<UsageException> { om.customProperties.setValue(orders, tier, CustomValue.enumOf("Gold", "Silver")) }.message shouldContain "takes one value, not 2"
        shouldThrow<UsageException> { om.customProperties.setValue(orders, tier, CustomValue.of("Gold")) }.message shouldContain "is an enum"
        shouldThrow<UsageException> { om.customProperties.setValue(orders, "ghost$suffix", CustomValue.of(1L)) }.message shouldContain "table has no custom property ghost$suffix"
        shouldThrow<UsageException> { om.customProperties.addProperty(EntityKinds.TABLE, CustomPropertyDefinition.of("x$suffix", "colour", "d")) }.message shouldContain "no property type colour"
        shouldThrow<UsageException> { CustomPropertyDefinition.enumeration("e", "d", listOf("a", "a")) }
        shouldThrow<UsageException> { CustomPropertyDefinition.of("has space", "string", "d") }
        shouldThrow<UsageException> { om.customProperties.values(user) }.message shouldContain "A user takes no custom properties"
        OutgoingRequestValidator.validated.size shouldBe sent
        om.customProperties.values(orders).string(steward) shouldBe "ann@example.com"
    }
})
