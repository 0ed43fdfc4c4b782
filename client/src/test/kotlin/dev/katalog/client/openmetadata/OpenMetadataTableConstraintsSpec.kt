package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.entities.JsonPatch
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.TableConstraint
import dev.katalog.model.openmetadata.type.TableConstraint.ConstraintType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import java.util.UUID

/**
 * Table constraints changed through `om.entities` against the local catalog over HTTP, every request validated against
 * OpenMetadata 1.4's schemas: each helper reads the table's columns and constraints first and checks the constraint
 * before anything is sent. The server refuses a constraint on a column the table lacks as 1.4's
 * openmetadata-service/src/main/java/org/openmetadata/service/jdbi3/TableRepository.java does ("Invalid column name").
 */
class OpenMetadataTableConstraintsSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    lateinit var orders: Table
    lateinit var customers: Table

    beforeSpec {
        val schema = om.createServiceSchema("tc_$suffix")
        customers = om.entities.createOrUpdate(CreateTable(name = "customers", databaseSchema = schema, columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT))))
        orders = om.entities.createOrUpdate(
            CreateTable(
                name = "orders", databaseSchema = schema,
                columns = listOf("id", "customer_id", "region", "placed_at").map { Column(name = it, dataType = ColumnDataType.BIGINT) },
            ),
        )
    }

    suspend fun constraints(): List<Pair<ConstraintType?, List<String>?>> =
        om.entities.getById<Table>(orders.id, listOf("tableConstraints")).tableConstraints.orEmpty().map { it.constraintType to it.columns }

    test("constraints are added to a table read without them, one of each kind, the same one twice being no call") {
        val primary = TableConstraint(constraintType = ConstraintType.PRIMARY_KEY, columns = listOf("id"))
        om.entities.addTableConstraint(orders.id, primary)
        om.entities.addTableConstraint(orders.id, TableConstraint(constraintType = ConstraintType.UNIQUE, columns = listOf("customer_id", "placed_at")))
        om.entities.addTableConstraint(
            orders.id,
            TableConstraint(constraintType = ConstraintType.FOREIGN_KEY, columns = listOf("customer_id"), referredColumns = listOf("${customers.fullyQualifiedName}.id")),
        )
        om.entities.addTableConstraint(orders.id, TableConstraint(constraintType = ConstraintType.SORT_KEY, columns = listOf("placed_at")))
        val table = om.entities.addTableConstraint(orders.id, TableConstraint(constraintType = ConstraintType.DIST_KEY, columns = listOf("region")))
        table.tableConstraints!!.map { it.constraintType } shouldContainExactly
            listOf(ConstraintType.PRIMARY_KEY, ConstraintType.UNIQUE, ConstraintType.FOREIGN_KEY, ConstraintType.SORT_KEY, ConstraintType.DIST_KEY)
        table.tableConstraints!![2].referredColumns shouldContainExactly listOf("${customers.fullyQualifiedName}.id")

        val before = OutgoingRequestValidator.validated.size
        om.entities.addTableConstraint(orders.id, primary).tableConstraints!!.size shouldBe 5
        OutgoingRequestValidator.validated.size shouldBe before
    }

    test("a second primary key, an unknown column, a repeated column or a bad foreign key is refused before sending") {
        val before = OutgoingRequestValidator.validated.size
        shouldThrow<UsageException> {
            om.entities.addTableConstraint(orders.id, TableConstraint(constraintType = ConstraintType.PRIMARY_KEY, columns = listOf("region")))
        }.problem shouldContain "has a primary key already, on id"
        val unknown = shouldThrow<UsageException> {
            om.entities.addTableConstraint(orders.id, TableConstraint(constraintType = ConstraintType.UNIQUE, columns = listOf("region", "price")))
        }
        unknown.problem shouldContain "has no column \"price\""
        unknown.fix shouldContain "id, customer_id, region, placed_at"
        shouldThrow<UsageException> {
            om.entities.addTableConstraint(orders.id, TableConstraint(constraintType = ConstraintType.UNIQUE, columns = listOf("region", "region")))
        }.problem shouldContain "names a column twice"
        shouldThrow<UsageException> {
            om.entities.addTableConstraint(orders.id, TableConstraint(constraintType = ConstraintType.FOREIGN_KEY, columns = listOf("customer_id")))
        }.problem shouldContain "refers to 0"
        shouldThrow<UsageException> {
            om.entities.addTableConstraint(orders.id, TableConstraint(constraintType = ConstraintType.UNIQUE, columns = listOf("region"), referredColumns = listOf("${customers.fullyQualifiedName}.id")))
        }.fix shouldContain "Only a FOREIGN_KEY"
        shouldThrow<UsageException> { om.entities.addTableConstraint(orders.id, TableConstraint(columns = listOf("region"))) }.problem shouldContain "without a constraintType"
        // Only the reads of the table went out: nothing was written.
        OutgoingRequestValidator.validated.size shouldBe before
        constraints().size shouldBe 5
    }

    test("the server refuses a constraint on a column the table lacks, as TableRepository does") {
        val patch = JsonPatch.builder().add("/tableConstraints/-", buildJsonObject { put("constraintType", "UNIQUE"); putJsonArray("columns") { add(JsonPrimitive("price")) } }).build()
        val table = om.entities.getById<Table>(orders.id, listOf("tableConstraints"))
        shouldThrow<OpenMetadataException.InvalidRequest> { om.entities.patch(table, patch) }.message shouldContain "Invalid column name price"
    }

    test("a constraint is removed by type and columns; set replaces them all, and an empty set removes them") {
        om.entities.removeTableConstraint(orders.id, ConstraintType.UNIQUE, listOf("customer_id", "placed_at"))
        constraints().map { it.first } shouldContainExactly listOf(ConstraintType.PRIMARY_KEY, ConstraintType.FOREIGN_KEY, ConstraintType.SORT_KEY, ConstraintType.DIST_KEY)
        // Not held: no call.
        val before = OutgoingRequestValidator.validated.size
        om.entities.removeTableConstraint(orders.id, ConstraintType.UNIQUE, listOf("customer_id", "placed_at"))
        OutgoingRequestValidator.validated.size shouldBe before

        val key = listOf(TableConstraint(constraintType = ConstraintType.PRIMARY_KEY, columns = listOf("id", "region")))
        om.entities.setTableConstraints(orders.id, key).tableConstraints!!.single().columns shouldContainExactly listOf("id", "region")
        shouldThrow<UsageException> {
            om.entities.setTableConstraints(orders.id, key + TableConstraint(constraintType = ConstraintType.PRIMARY_KEY, columns = listOf("placed_at")))
        }.problem shouldContain "2 primary keys"
        om.entities.setTableConstraints(orders.id, emptyList())
        constraints() shouldBe emptyList()
    }
})
