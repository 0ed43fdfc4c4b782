package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.json
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.entities.of
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.InvalidFqnException
import dev.katalog.model.openmetadata.api.classification.CreateClassification
import dev.katalog.model.openmetadata.api.classification.CreateTag
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.teams.CreateUser
import dev.katalog.model.openmetadata.entity.data.GlossaryTerm
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.TagLabel.LabelType
import dev.katalog.model.openmetadata.type.TagLabel.State
import dev.katalog.model.openmetadata.type.TagLabel
import dev.katalog.model.openmetadata.type.TagSource
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonObject
import java.util.UUID

/**
 * The client against a local catalog that answers as OpenMetadata 1.4 does where the schemas say nothing (PUT
 * merges, bots cannot overwrite descriptions by PUT, name cursors, PATCH restores identity): trees converge, UI edits
 * survive, lists do not skip, patches do not clobber what was not read, and bad input fails before any request.
 */
class OpenMetadataConvergenceSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val service = "converge_$suffix"
    val glossary = "Converge glossary $suffix"
    val catalog = SharedCatalog.catalog
    val om = OpenMetadataClient.builder().baseUrl(catalog.baseUrl).jwt(catalog.apiToken).engine(ValidatingEngine.create()).build()
    // Ingestion usually runs as a bot (ingestion-bot's token): an API token whose user is an OpenMetadata bot.
    val bot: OpenMetadataClient by lazy {
        val token = kotlinx.coroutines.runBlocking { SharedCatalog.client().use { it.tokens.create("om-bot-$suffix", validitySeconds = 3600) } }
        kotlinx.coroutines.runBlocking { om.entities.createOrUpdate(CreateUser(name = token.username!!, email = "bot-$suffix@example.com", isBot = true)) }
        OpenMetadataClient.builder().baseUrl(catalog.baseUrl).jwt(token.accessToken!!).engine(ValidatingEngine.create()).build()
    }
    afterSpec { om.close(); bot.close() }

    fun tree(tableDescription: String? = null): CatalogTree = catalog {
        connection(service, Connector.SNOWFLAKE) {
            database("DB") {
                for (schema in listOf("A", "B")) schema(schema) {
                    for (name in listOf("ORDERS", "ITEMS")) table(name) {
                        if (tableDescription != null && schema == "A" && name == "ORDERS") description = tableDescription
                        column("ID", dataType = "NUMBER(38,0)")
                        column("LABELS", dataType = "ARRAY<VARCHAR>")
                    }
                }
            }
        }
        glossary(glossary) { term("Revenue") }
    }

    val orders = Fqn.build(service, "DB", "A", "ORDERS")

    test("a tree a bot applies re-applies with an empty plan; descriptions edited in the UI survive an apply that omits them") {
        val first = bot.trees.apply(tree())
        first.failures shouldBe emptyMap()
        bot.trees.plan(tree()).isEmpty shouldBe true
        val columns = om.entities.getByName<Table>(orders, listOf("columns")).columns
        columns.map { it.arrayDataType } shouldContainExactly listOf(null, ColumnDataType.VARCHAR)

        // A person edits the term's (the compiler sent it an empty one) and a table's description through the UI.
        val term = om.entities.getByName<GlossaryTerm>(Fqn.build(glossary, "Revenue"))
        om.entities.patch(term) { replace("/description", "Money in, written in the UI") }
        om.entities.patch(om.entities.getByName<Table>(orders)) { add("/description", "Orders, written in the UI") }

        bot.trees.plan(tree()).isEmpty shouldBe true
        bot.trees.apply(tree()).updated shouldBe 0
        om.entities.getByName<GlossaryTerm>(Fqn.build(glossary, "Revenue")).description shouldBe "Money in, written in the UI"
        om.entities.getByName<Table>(orders).description shouldBe "Orders, written in the UI"
    }

    test("a description the tree sets replaces a non-empty one, for a bot too, by one PATCH; the plan is empty after") {
        bot.trees.apply(tree()).failures shouldBe emptyMap()
        om.entities.patch(om.entities.getByName<Table>(orders)) { add("/description", "Orders, written in the UI") }
        val plan = bot.trees.plan(tree(tableDescription = "Orders, from the tree"))
        plan.updates.map { it.fullyQualifiedName } shouldContainExactly listOf(orders)
        plan.updates.single().patch!!.operations.map { it.op to it.path } shouldContainExactly listOf("replace" to "/description")
        bot.trees.apply(plan).updated shouldBe 1
        om.entities.getByName<Table>(orders).description shouldBe "Orders, from the tree"
        bot.trees.plan(tree(tableDescription = "Orders, from the tree")).isEmpty shouldBe true
    }

    test("tags are added and removed by patches that read them first; tags the tree does not set stay out of the plan") {
        bot.trees.apply(tree()).failures shouldBe emptyMap()
        val classification = "Converge$suffix"
        om.entities.createOrUpdate(CreateClassification(name = classification, description = "levels"))
        for (tag in listOf("High", "Low")) om.entities.createOrUpdate(CreateTag(name = tag, classification = classification, description = tag))
        fun label(tag: String) = TagLabel(tagFQN = "$classification.$tag", source = TagSource.Classification, labelType = LabelType.Manual, state = State.Confirmed)
        // Entities read without fields=tags: the helpers read the tags they change.
        om.entities.addTags(om.entities.getByName<Table>(orders), listOf(label("High")))
        om.entities.addTags(om.entities.getByName<Table>(orders), listOf(label("Low"), label("High")))
        om.entities.getByName<Table>(orders, listOf("tags")).tags!!.map { it.tagFQN } shouldContainExactly listOf("$classification.High", "$classification.Low")
        om.entities.removeTags(om.entities.getByName<Table>(orders), listOf("$classification.High"))
        om.entities.getByName<Table>(orders, listOf("tags")).tags!!.map { it.tagFQN } shouldContainExactly listOf("$classification.Low")
        bot.trees.plan(tree()).isEmpty shouldBe true

        // patch(original, modified) with an original read without the tags the server holds would replace them.
        val unread = om.entities.getByName<Table>(orders)
        val refused = shouldThrow<UsageException> { om.entities.patch(unread, unread.copy(tags = listOf(label("High")))) }
        refused.problem shouldContain "fields=tags"
        refused.fix shouldContain "addTags"
        val read = om.entities.getByName<Table>(orders, listOf("tags"))
        om.entities.patch(read, read.copy(tags = read.tags.orEmpty() + label("High"))).tags!! shouldHaveSize 2
    }

    // OpenMetadata 1.4 pages by name: ORDERS in A and ORDERS in B meet at a page boundary with pageSize 1 and 3.
    test("a list across schemas returns every table, though same-named ones meet at page boundaries") {
        bot.trees.apply(tree()).failures shouldBe emptyMap()
        for (pageSize in listOf(1, 2, 3)) {
            val tables = om.entities.list<Table>(mapOf("service" to service), pageSize = pageSize).toList()
            tables.map { it.fullyQualifiedName }.sortedBy { it } shouldContainExactly
                listOf("A.ITEMS", "A.ORDERS", "B.ITEMS", "B.ORDERS").map { "$service.DB.$it" }
        }
    }

    test("bad input fails before any request: an ARRAY without element type, scale above precision, a refused name, an unknown kind") {
        MockOpenMetadata { json("{}") }.use { m ->
            val bad = catalog {
                connection("bad_$suffix", Connector.SNOWFLAKE) {
                    database("DB") { schema("S") { table("T") { column("LIST", dataType = "ARRAY"); column("AMOUNT", dataType = "DECIMAL(2,4)") } } }
                }
            }
            val problems = shouldThrow<InvalidTreeException> { m.client.trees.plan(bad) }.problems.map { it.problem }
            problems shouldHaveSize 2
            problems[0] shouldContain "ARRAY<VARCHAR>"
            problems[1] shouldContain "larger than its precision"
            shouldThrow<InvalidFqnException> {
                m.client.entities.createOrUpdate(CreateTable(name = "orders::v2", databaseSchema = "svc.db.s", columns = listOf(Column(name = "id", dataType = ColumnDataType.INT))))
            }.problem shouldContain "::"
            val unknown = object : CreateRequest<Table> {
                override val name: String = "dashboard"
                override val extras: JsonObject = EmptyJsonObject
            }
            shouldThrow<UsageException> { EntityKinds.of(unknown) }.fix shouldContain "CreateTable"
            m.requests.shouldBeEmpty()
        }
    }
})
