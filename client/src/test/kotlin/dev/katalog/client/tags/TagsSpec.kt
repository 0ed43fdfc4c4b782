package dev.katalog.client.tags

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.SaveOptions
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.typedefs.AtlanTagColor
import dev.katalog.client.typedefs.AtlanTagDefinition
import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.TagPropagation
import dev.katalog.model.atlan.typedef.TypeCategory
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonPrimitive

/**
 * Atlan tags by display name against the local catalog: definitions created and used at once, propagation down the
 * hierarchy (restricted, removed, withdrawn on delete), tag searches, batches, and the errors for bad names.
 */
class TagsSpec : FunSpec({
    val client: AtlanClient = SharedCatalog.client()
    afterSpec { client.close() }
    val run = "${System.nanoTime() % 1_000_000_000}"
    val tag = "PII $run"
    lateinit var schemaQn: String

    suspend fun columnsTagged(vararg names: String, directly: Boolean = false): List<String> =
        client.search.stream(Column) {
            where(Column.SCHEMA_QUALIFIED_NAME eq schemaQn)
            if (directly) taggedDirectly(*names) else tagged(*names)
        }.toList().map { it.name!! }

    beforeSpec {
        val applied = client.trees.apply(catalog {
            connection("tags-$run", Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("DB") {
                    schema("S") {
                        table("ORDERS") { column("ID", dataType = "NUMBER", order = 1); column("TOTAL", dataType = "NUMBER", order = 2) }
                        table("CUSTOMERS") { column("ID", dataType = "NUMBER", order = 1) }
                    }
                }
            }
        })
        check(applied.succeeded) { "estate not built: ${applied.failures}" }
        val connectionQn = client.search.stream(search { where(Asset.NAME eq "tags-$run"); where(Asset.TYPE_NAME eq "Connection") }).toList().single().qualifiedName!!
        schemaQn = "$connectionQn/DB/S"
    }

    test("a tag defined now is used at once, and a schema tagged with propagation spreads it to its tables and columns") {
        val created = client.typeDefs.create(AtlanTagDefinition.builder(tag).color(AtlanTagColor.RED).description("Personal data").build())
        val id = created.classificationDefs!!.single().name!!
        id shouldNotBe tag
        client.tags.idFor(tag) shouldBe id
        client.tags.nameFor(id) shouldBe tag

        client.tags.add(Schema, schemaQn, listOf(tag), TagPropagation.FULL)

        columnsTagged(tag) shouldContainExactlyInAnyOrder listOf("ID", "TOTAL", "ID")
        columnsTagged(tag, directly = true) shouldBe emptyList()
        // The generic handles take display names too.
        client.search.count(search { where(Column.SCHEMA_QUALIFIED_NAME eq schemaQn); where(Asset.PROPAGATED_ATLAN_TAGS eq tag) }) shouldBe 5L
        val schema = client.assets.get(Schema, schemaQn)
        client.tags.tagsOf(client.assets.get(Column, "$schemaQn/ORDERS/ID")) shouldBe listOf(
            AssetTag(tag, id, direct = false, sourceGuid = schema.guid, propagation = TagPropagation.FULL),
        )
        client.tags.tagsOf(schema).single().direct shouldBe true
    }

    test("a tag definition changed by its display name keeps its hashed name") {
        val id = client.tags.idFor(tag)
        client.typeDefs.update(AtlanTagDefinition.builder(tag).color(AtlanTagColor.GREEN).emoji("🔒").build())
        val changed = client.typeDefs.list(TypeCategory.CLASSIFICATION).classificationDefs!!.single { it.displayName == tag }
        changed.name shouldBe id
        changed.options!!["color"] shouldBe JsonPrimitive("Green")
        changed.options!!["iconType"] shouldBe JsonPrimitive("emoji")
    }

    test("restricting propagation through the hierarchy takes the copies away; lifting it brings them back") {
        val restricted = TagPropagation.builder().propagate(true).restrictPropagationThroughHierarchy(true).build()
        client.tags.update(Schema, schemaQn, listOf(tag), restricted)
        columnsTagged(tag) shouldBe emptyList()
        client.tags.tagsOf(client.assets.get(Schema, schemaQn)).single().propagation shouldBe restricted
        client.tags.update(Schema, schemaQn, listOf(tag), TagPropagation.FULL)
        columnsTagged(tag).size shouldBe 3
    }

    test("a column created under a tagged schema carries the tag; removing the tag removes every copy") {
        client.assets.save(Column.creator("NOTE", Table, "$schemaQn/ORDERS", 3).dataType("VARCHAR").build())
        columnsTagged(tag) shouldContainExactlyInAnyOrder listOf("ID", "TOTAL", "ID", "NOTE")
        client.tags.remove(Schema, schemaQn, tag)
        columnsTagged(tag) shouldBe emptyList()
        client.tags.tagsOf(client.assets.get(Column, "$schemaQn/ORDERS/NOTE")) shouldBe emptyList()
    }

    test("archiving the tagged asset withdraws the copies that go with it") {
        client.tags.add(Table, "$schemaQn/CUSTOMERS", listOf(tag), TagPropagation.FULL)
        columnsTagged(tag) shouldBe listOf("ID")
        val customers = client.assets.get(Table, "$schemaQn/CUSTOMERS")
        client.assets.delete(listOf(customers.guid!!))
        columnsTagged(tag) shouldBe emptyList()
        client.assets.restore(Table, "$schemaQn/CUSTOMERS") shouldBe true
        columnsTagged(tag) shouldBe listOf("ID")
    }

    test("replace makes the given tags the asset's only own tags") {
        client.tags.add(Table, "$schemaQn/ORDERS", listOf("Confidential", tag))
        client.tags.replace(Table, "$schemaQn/ORDERS", listOf("Internal"))
        client.tags.namesOf(client.assets.get(Table, "$schemaQn/ORDERS")) shouldBe listOf("Internal")
    }

    test("tags by display name in a batch, and on many assets in one call") {
        val append = BatchOptions.builder().saveOptions(SaveOptions.builder().appendAtlanTags(true).build()).build()
        client.assets.batch(append) {
            add(Column.updater("$schemaQn/ORDERS/ID", "ID").addAtlanTag("Confidential").build())
            add(Column.updater("$schemaQn/ORDERS/TOTAL", "TOTAL").addAtlanTag("Confidential").build())
        }.failures shouldBe emptyList()
        columnsTagged("Confidential", directly = true) shouldContainExactlyInAnyOrder listOf("ID", "TOTAL")
        val columns = client.search.stream(Column) { where(Column.TABLE_QUALIFIED_NAME eq "$schemaQn/ORDERS") }.toList()
        client.tags.add(columns, listOf("Internal"))
        columnsTagged("Internal", directly = true) shouldContainExactlyInAnyOrder listOf("ID", "TOTAL", "NOTE")
    }

    test("tag changes saved without appending tags are refused rather than ignored") {
        val e = shouldThrow<UsageException> { client.assets.save(Column.updater("$schemaQn/ORDERS/ID", "ID").addAtlanTag("Confidential").build()) }
        e.problem shouldContain "addOrUpdateClassifications"
        e.fix shouldContain "appendAtlanTags(true)"
    }

    test("an unknown tag name is an error listing the close names, in saves and in searches") {
        shouldThrow<UsageException> { client.tags.add(Table, "$schemaQn/ORDERS", listOf("Confidentail")) }.fix shouldContain "\"Confidential\""
        val e = shouldThrow<UsageException> { client.search.count(search { where(Column.ATLAN_TAGS eq "Confidentail") }) }
        e.problem shouldBe "No Atlan tag is named \"Confidentail\""
        e.fix shouldContain "\"Confidential\""
    }

    test("a display name two tags share is refused, naming their hashed names; the hashed name works") {
        val shared = "Shared $run"
        val first = client.typeDefs.create(AtlanTagDefinition.builder(shared).build()).classificationDefs!!.single().name!!
        val second = client.typeDefs.create(AtlanTagDefinition.builder(shared).allowSharedName(true).build()).classificationDefs!!.single().name!!
        val e = shouldThrow<UsageException> { client.tags.add(Table, "$schemaQn/CUSTOMERS", listOf(shared)) }
        e.problem shouldContain first
        e.problem shouldContain second
        client.tags.add(Table, "$schemaQn/CUSTOMERS", listOf(second))
        client.tags.tagsOf(client.assets.get(Table, "$schemaQn/CUSTOMERS")).filter { it.direct }.map { it.id } shouldContainExactlyInAnyOrder listOf(client.tags.idFor(tag), second)
        client.typeDefs.purge(second)
        client.typeDefs.purge(first)
        client.tags.names().contains(shared) shouldBe false
    }
})
