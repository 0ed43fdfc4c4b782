package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.json
import dev.katalog.dsl.tree.AssetNode
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.api.teams.CreateUser
import dev.katalog.model.openmetadata.entity.services.DashboardServiceType
import dev.katalog.model.openmetadata.entity.services.PipelineServiceType
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.ChartType
import dev.katalog.model.openmetadata.type.DataModelType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.runBlocking
import java.util.UUID

/**
 * A tree with a database, a dashboard service (a data model, a dashboard and its charts), a pipeline service (a
 * pipeline and its tasks) and lineage between them, applied to the local catalog (every request checked against
 * OpenMetadata 1.4's schemas) by a bot, whose PUTs the catalog merges as 1.4's EntityRepository does: it re-applies
 * with an empty plan, reads back, follows a changed chart list, and with prune deletes the edges it no longer declares.
 */
class OpenMetadataServiceTreesSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val wh = "wh_$suffix"
    val looker = "looker_$suffix"
    val airflow = "airflow_$suffix"
    val catalog = SharedCatalog.catalog
    val om = OpenMetadataClient.builder().baseUrl(catalog.baseUrl).jwt(catalog.apiToken).engine(ValidatingEngine.create()).build()
    // Ingestion runs as a bot: an API token whose user is an OpenMetadata bot, so PUT keeps descriptions and merges tags.
    val bot: OpenMetadataClient by lazy {
        val token = runBlocking { SharedCatalog.client().use { it.tokens.create("om-trees-bot-$suffix", validitySeconds = 3600) } }
        runBlocking { om.entities.createOrUpdate(CreateUser(name = token.username!!, email = "trees-bot-$suffix@example.com", isBot = true)) }
        OpenMetadataClient.builder().baseUrl(catalog.baseUrl).jwt(token.accessToken!!).engine(ValidatingEngine.create()).build()
    }
    afterSpec { om.close(); bot.close() }

    fun tree(charts: List<String> = listOf("Revenue", "Margin"), pipelineLineage: Boolean = true): CatalogTree = catalog {
        connection(wh, Connector.POSTGRES) {
            database("DB") { schema("S") { for (name in listOf("RAW", "CLEAN")) table(name) { column("ID", "BIGINT"); column("AMOUNT", "DECIMAL(10,2)") } } }
        }
        dashboardService(looker, DashboardServiceType.Looker) {
            val orders = dataModel("Orders", DataModelType.LookMlView) { column("id", "BIGINT"); reads("$wh/DB/S/CLEAN") }
            dashboard("Sales") {
                description = "Sales at a glance"
                for (chart in charts) chart(chart) { chartType(ChartType.Bar) }
                reads(orders)
            }
        }
        pipelineService(airflow, PipelineServiceType.Airflow) {
            pipeline("daily") {
                task("extract") { downstream("load") }
                task("load")
                if (pipelineLineage) { reads("$wh/DB/S/RAW"); writes("$wh/DB/S/CLEAN") }
            }
        }
    }

    val raw = Fqn.build(wh, "DB", "S", "RAW")
    val clean = Fqn.build(wh, "DB", "S", "CLEAN")

    test("the tree applies, re-applies with an empty plan for a bot and a person, and reads back") {
        val plan = bot.trees.plan(tree())
        plan.creates.map { it.kind.type } shouldContainExactly listOf(
            "databaseService", "database", "databaseSchema", "table", "table",
            "dashboardService", "dashboardDataModel", "chart", "chart", "dashboard", "pipelineService", "pipeline",
        )
        plan.lineage.map { it.toString() } shouldContainExactly listOf("$clean → $looker.model.Orders", "$looker.model.Orders → $looker.Sales", "$raw → $clean")
        val applied = bot.trees.apply(plan)
        applied.failures shouldBe emptyMap()
        applied.created shouldBe 12
        applied.lineageEdges shouldBe 3

        bot.trees.plan(tree()).isEmpty shouldBe true
        om.trees.plan(tree()).isEmpty shouldBe true

        val sales = om.entities.getByName(EntityKinds.DASHBOARD, "$looker.Sales", listOf("charts"))
        sales.charts!!.map { it.fullyQualifiedName } shouldContainExactly listOf("$looker.Revenue", "$looker.Margin")
        sales.description shouldBe "Sales at a glance"
        om.entities.getByName(EntityKinds.CHART, "$looker.Revenue").chartType shouldBe ChartType.Bar
        om.entities.getByName(EntityKinds.PIPELINE, "$airflow.daily", listOf("tasks")).tasks!!.map { it.fullyQualifiedName to it.downstreamTasks } shouldContainExactly
            listOf("$airflow.daily.extract" to listOf("load"), "$airflow.daily.load" to null)
        val moved = om.lineage.get(EntityKinds.TABLE, raw, upstreamDepth = 0, downstreamDepth = 3)
        // RAW → CLEAN (moved by the pipeline) → Orders → Sales
        moved.downstreamEdges!!.size shouldBe 3
        val edge = moved.downstreamEdges!!.single { it.fromEntity == moved.entity.id }
        edge.lineageDetails!!.pipeline!!.fullyQualifiedName shouldBe "$airflow.daily"
        edge.lineageDetails!!.pipeline!!.type shouldBe "pipeline"
        moved.nodes!!.map { it.fullyQualifiedName } shouldContainExactlyInAnyOrder listOf(clean, "$looker.model.Orders", "$looker.Sales")
    }

    test("a dashboard's changed charts are one patch of references to the charts, made or not before the apply") {
        bot.trees.apply(tree()).failures shouldBe emptyMap()
        val plan = bot.trees.plan(tree(charts = listOf("Revenue", "Profit")))
        plan.creates.map { it.fullyQualifiedName } shouldContainExactly listOf("$looker.Profit")
        plan.updates.map { it.fullyQualifiedName } shouldContainExactly listOf("$looker.Sales")
        plan.updates.single().changes.keys shouldContainExactly setOf("charts")
        val applied = bot.trees.apply(plan)
        applied.failures shouldBe emptyMap()
        om.entities.getByName(EntityKinds.DASHBOARD, "$looker.Sales", listOf("charts")).charts!!.map { it.fullyQualifiedName } shouldContainExactly
            listOf("$looker.Revenue", "$looker.Profit")
        bot.trees.plan(tree(charts = listOf("Revenue", "Profit"))).isEmpty shouldBe true
    }

    // As Atlan trees prune what they no longer hold: the edge RAW → CLEAN the pipeline no longer declares.
    test("with prune, an edge between the tree's entities that it no longer declares is planned and deleted; without, it stays") {
        bot.trees.apply(tree()).failures shouldBe emptyMap()
        val withoutPipelineLineage = tree(pipelineLineage = false)
        bot.trees.plan(withoutPipelineLineage).isEmpty shouldBe true
        val plan = bot.trees.plan(withoutPipelineLineage, prune = true)
        plan.prunedEdges.map { it.toString() } shouldContainExactly listOf("$raw → $clean")
        plan.render() shouldContain "- lineage $raw → $clean"
        plan.render() shouldContain "1 lineage edge to delete."
        val applied = bot.trees.apply(plan)
        applied.lineageEdgesDeleted shouldBe 1
        applied.failures shouldBe emptyMap()
        om.lineage.get(EntityKinds.TABLE, raw, 0, 1).downstreamEdges!!.shouldBeEmpty()
        // The other edges are still declared, so still there.
        om.lineage.get(EntityKinds.TABLE, clean, 0, 1).downstreamEdges!!.size shouldBe 1
        bot.trees.plan(withoutPipelineLineage, prune = true).isEmpty shouldBe true
    }

    test("bad input fails before any request: a chart outside a service, an FQN the server refuses, lineage deeper than 3") {
        MockOpenMetadata { json("{}") }.use { m ->
            val orphan = CatalogTree.empty().with(AssetNode.chart("Revenue"))
            shouldThrow<InvalidTreeException> { m.client.trees.plan(orphan) }.problems.single().problem shouldContain "put it inside its parent"
            val longName = "x".repeat(Fqn.MAX_NAME_LENGTH + 1)
            val refused = catalog {
                dashboardService("looker", DashboardServiceType.Looker) { dashboard("a::b") { chart("Revenue") }; chart(longName) }
                pipelineService("airflow", PipelineServiceType.Airflow) { pipeline("p") { task("t\"1") } }
            }
            shouldThrow<InvalidTreeException> { m.client.trees.apply(refused) }.problems.map { it.path } shouldContainExactly
                listOf("looker/a::b", "looker/$longName", "airflow/p/t\"1")
            shouldThrow<UsageException> { m.client.lineage.get(EntityKinds.DASHBOARD, "looker.Sales", upstreamDepth = 4) }.fix shouldContain "3 or less"
            m.requests.shouldBeEmpty()
        }
    }
})
