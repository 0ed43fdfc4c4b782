package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.entities.Include
import dev.katalog.model.openmetadata.InvalidFqnException
import dev.katalog.model.openmetadata.api.classification.CreateClassification
import dev.katalog.model.openmetadata.api.classification.CreateTag
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.teams.CreateTeam
import dev.katalog.model.openmetadata.api.teams.CreateUser
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.entity.teams.TeamType
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.EntityReference
import dev.katalog.model.openmetadata.type.TagLabel
import dev.katalog.model.openmetadata.type.TagLabel.LabelType
import dev.katalog.model.openmetadata.type.TagLabel.State
import dev.katalog.model.openmetadata.type.TagSource
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import java.util.UUID

/**
 * The patch helpers of `om.entities` against the local catalog over HTTP, every request validated against OpenMetadata
 * 1.4's schemas on the way out. They follow ometa's patch_mixin.py (open-metadata/OpenMetadata 1.4.x,
 * ingestion/src/metadata/ingestion/ometa/mixins/patch_mixin.py): each reads the fields it changes first, so an entity
 * read without `fields=` never makes a patch replace what the server holds. Restore and delete by name follow
 * openmetadata-service/…/resources/EntityResource.java (`restoreEntity`, `deleteByName`).
 */
class OpenMetadataPatchHelpersSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    val svc = "ph_$suffix"
    val classification = "Patch$suffix"
    fun label(tag: String) = TagLabel(tagFQN = "$classification.$tag", source = TagSource.Classification, labelType = LabelType.Manual, state = State.Confirmed)
    lateinit var orders: Table

    beforeSpec {
        om.createServiceSchema(svc)
        orders = om.entities.createOrUpdate(
            CreateTable(
                name = "orders", databaseSchema = "$svc.db.s",
                columns = listOf(
                    Column(name = "id", dataType = ColumnDataType.BIGINT, description = "Key"),
                    Column(name = "address", dataType = ColumnDataType.STRUCT, children = listOf(Column(name = "city", dataType = ColumnDataType.VARCHAR, dataLength = 40))),
                ),
            ),
        )
        om.entities.createOrUpdate(CreateClassification(name = classification, description = "levels"))
        for (tag in listOf("High", "Low")) om.entities.createOrUpdate(CreateTag(name = tag, classification = classification, description = tag))
    }

    test("patchDescription sets an empty description, refuses to replace one without force, replaces it with force") {
        om.entities.patchDescription(EntityKinds.TABLE, orders.id, "Orders").description shouldBe "Orders"
        val before = OutgoingRequestValidator.validated.size
        val refused = shouldThrow<UsageException> { om.entities.patchDescription(EntityKinds.TABLE, orders.id, "Other") }
        refused.problem shouldContain "$svc.db.s.orders has a description already"
        refused.fix shouldContain "force = true"
        OutgoingRequestValidator.validated.size shouldBe before
        om.entities.getById<Table>(orders.id).description shouldBe "Orders"
        om.entities.patchDescription(EntityKinds.TABLE, orders.id, "Other", force = true).description shouldBe "Other"
        // The same text again is no change: no patch, no new version.
        val version = om.entities.getById<Table>(orders.id).version
        om.entities.patchDescription(EntityKinds.TABLE, orders.id, "Other").version shouldBe version
    }

    test("patchColumnDescription reaches top-level and nested columns, keeps a description without force, names an unknown column") {
        val nested = om.entities.patchColumnDescription(orders.id, "address.city", "Town")
        nested.columns[1].children!!.single().description shouldBe "Town"
        shouldThrow<UsageException> { om.entities.patchColumnDescription(orders.id, "id", "Identifier") }.problem shouldContain "Column id of table $svc.db.s.orders"
        om.entities.patchColumnDescription(orders.id, "id", "Identifier", force = true).columns[0].description shouldBe "Identifier"
        val before = OutgoingRequestValidator.validated.size
        val unknown = shouldThrow<UsageException> { om.entities.patchColumnDescription(orders.id, "price", "Price") }
        unknown.problem shouldContain "no column \"price\""
        unknown.fix shouldContain "address.city"
        OutgoingRequestValidator.validated.size shouldBe before
    }

    test("an unknown entity is the server's 404, naming it") {
        val missing = UUID.randomUUID().toString()
        shouldThrow<OpenMetadataException.NotFound> { om.entities.patchDescription(EntityKinds.TABLE, missing, "x") }.message shouldContain missing
        shouldThrow<OpenMetadataException.NotFound> { om.entities.addColumnTags(missing, "id", listOf(label("High"))) }.message shouldContain missing
    }

    test("column tags are added and removed after reading them, keeping the others") {
        om.entities.addColumnTags(orders.id, "id", listOf(label("High")))
        om.entities.addColumnTags(orders.id, "id", listOf(label("Low"), label("High")))
        om.entities.addColumnTags(orders.id, "address.city", listOf(label("Low")))
        val tagged = om.entities.getById<Table>(orders.id, listOf("columns", "tags"))
        tagged.columns[0].tags!!.map { it.tagFQN } shouldContainExactly listOf("$classification.High", "$classification.Low")
        tagged.columns[1].children!!.single().tags!!.map { it.tagFQN } shouldContainExactly listOf("$classification.Low")
        om.entities.removeColumnTags(orders.id, "id", listOf("$classification.High", "$classification.Missing"))
            .columns[0].tags!!.map { it.tagFQN } shouldContainExactly listOf("$classification.Low")
        // Nothing to remove: no patch.
        val before = OutgoingRequestValidator.validated.size
        om.entities.removeColumnTags(orders.id, "id", listOf("$classification.High"))
        OutgoingRequestValidator.validated.size shouldBe before
        shouldThrow<UsageException> { om.entities.addColumnTags(orders.id, "price", listOf(label("High"))) }.problem shouldContain "price"
    }

    test("entity tags: the entity read without tags keeps its others") {
        om.entities.addTags(orders, listOf(label("High")))
        om.entities.addTags(orders, listOf(label("Low")))
        om.entities.removeTags(orders, listOf("$classification.High"))
        om.entities.getById<Table>(orders.id, listOf("tags")).tags!!.map { it.tagFQN } shouldContainExactly listOf("$classification.Low")
    }

    // OpenMetadata 1.4 shows a table without an owner its schema's, marked inherited (jdbi3/TableRepository.java,
    // setInheritedFields): setting that same owner makes it the table's own, and removing it leaves the schema's be.
    test("setOwner makes an inherited owner the table's own; removeOwner leaves an inherited owner where it is") {
        om.entities.createOrUpdate(CreateUser(name = "inh_$suffix", email = "inh_$suffix@example.com"))
        val inh = om.entities.getEntityReference(EntityKinds.USER, "inh_$suffix")
        val schema = om.entities.createOrUpdate(CreateDatabaseSchema(name = "inherits", database = "$svc.db"))
        om.entities.setOwner(schema, inh)
        val lineitems = om.entities.createOrUpdate(CreateTable(name = "lineitems", databaseSchema = "$svc.db.inherits", columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT))))
        om.entities.getById<Table>(lineitems.id, listOf("owner")).owner.let { it?.id to it?.inherited } shouldBe (inh.id to true)

        om.entities.removeOwner(lineitems).owner.let { it?.id to it?.inherited } shouldBe (inh.id to true)
        om.entities.setOwner(lineitems, inh).owner.let { it?.id to it?.inherited } shouldBe (inh.id to null)
        // Its own now: the schema's owner going away leaves the table's.
        om.entities.removeOwner(om.entities.getByName(EntityKinds.DATABASE_SCHEMA, "$svc.db.inherits"))
        om.entities.getById<Table>(lineitems.id, listOf("owner")).owner?.id shouldBe inh.id
    }

    test("getEntityReference reads a user or team; setOwner and removeOwner change the owner of an entity read without it") {
        om.entities.createOrUpdate(CreateUser(name = "ada_$suffix", email = "ada_$suffix@example.com"))
        om.entities.createOrUpdate(CreateTeam(name = "data_$suffix", teamType = TeamType.Group))
        val ada = om.entities.getEntityReference(EntityKinds.USER, "ada_$suffix")
        ada.type shouldBe "user"
        ada.name shouldBe "ada_$suffix"
        val team = om.entities.getEntityReference(EntityKinds.TEAM, "data_$suffix")

        om.entities.setOwner(orders, ada).owner!!.id shouldBe ada.id
        om.entities.setOwner(orders, team).owner!!.name shouldBe "data_$suffix"
        om.entities.getById<Table>(orders.id, listOf("owner")).owner!!.type shouldBe "team"
        om.entities.removeOwner(orders).owner shouldBe null
        om.entities.getById<Table>(orders.id, listOf("owner")).owner shouldBe null

        val before = OutgoingRequestValidator.validated.size
        val table = om.entities.getEntityReference(EntityKinds.TABLE, orders.fullyQualifiedName!!)
        shouldThrow<UsageException> { om.entities.setOwner(orders, table) }.problem shouldContain "not a table"
        OutgoingRequestValidator.validated.size shouldBe before
        val ghost = EntityReference(id = UUID.randomUUID().toString(), type = "user")
        shouldThrow<OpenMetadataException.NotFound> { om.entities.setOwner(orders, ghost) }.message shouldContain ghost.id
        shouldThrow<OpenMetadataException.NotFound> { om.entities.getEntityReference(EntityKinds.USER, "nobody_$suffix") }
    }

    test("soft delete by name, read with include, restore, then hard delete by name") {
        val fqn = "$svc.db.s.gone"
        val gone = om.entities.createOrUpdate(CreateTable(name = "gone", databaseSchema = "$svc.db.s", columns = listOf(Column(name = "id", dataType = ColumnDataType.INT))))
        om.entities.deleteByName(EntityKinds.TABLE, fqn)
        om.entities.getByNameOrNull(EntityKinds.TABLE, fqn) shouldBe null
        om.entities.getByName(EntityKinds.TABLE, fqn, include = Include.DELETED).deleted shouldBe true
        om.entities.getById<Table>(gone.id, include = Include.ALL).id shouldBe gone.id
        shouldThrow<OpenMetadataException.NotFound> { om.entities.getById<Table>(gone.id, include = Include.NON_DELETED) }
        val schemaFilter = mapOf("databaseSchema" to "$svc.db.s")
        om.entities.list<Table>(schemaFilter).map { it.name }.toList() shouldContainExactly listOf("orders")
        om.entities.list<Table>(schemaFilter, include = Include.DELETED).map { it.name }.toList() shouldContainExactly listOf("gone")
        om.entities.list<Table>(schemaFilter, include = Include.ALL).map { it.name }.toList().sorted() shouldContainExactly listOf("gone", "orders")

        val restored = om.entities.restore(EntityKinds.TABLE, gone.id)
        restored.deleted shouldBe false
        om.entities.getByName<Table>(fqn).id shouldBe gone.id
        OutgoingRequestValidator.validated.last() shouldBe "PUT /api/v1/tables/restore → api/data/restoreEntity.json"

        om.entities.deleteByName(EntityKinds.TABLE, fqn, hardDelete = true)
        om.entities.getByNameOrNull(EntityKinds.TABLE, fqn, include = Include.ALL) shouldBe null
        shouldThrow<OpenMetadataException.NotFound> { om.entities.deleteByName(EntityKinds.TABLE, fqn) }
        shouldThrow<InvalidFqnException> { om.entities.deleteByName(EntityKinds.TABLE, "$svc..x") }
        shouldThrow<UsageException> { om.entities.restore(EntityKinds.TABLE, "not-a-uuid") }
    }

    test("deleteByName of a schema with tables needs recursive") {
        om.entities.createOrUpdate(CreateDatabaseSchema(name = "full", database = "$svc.db"))
        om.entities.createOrUpdate(CreateTable(name = "t", databaseSchema = "$svc.db.full", columns = listOf(Column(name = "id", dataType = ColumnDataType.INT))))
        shouldThrow<OpenMetadataException.InvalidRequest> { om.entities.deleteByName(EntityKinds.DATABASE_SCHEMA, "$svc.db.full") }
        om.entities.deleteByName(EntityKinds.DATABASE_SCHEMA, "$svc.db.full", recursive = true, hardDelete = true)
        om.entities.getByNameOrNull(EntityKinds.TABLE, "$svc.db.full.t", include = Include.ALL) shouldBe null
    }
})
