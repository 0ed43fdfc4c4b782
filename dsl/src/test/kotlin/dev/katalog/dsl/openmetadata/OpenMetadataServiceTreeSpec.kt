package dev.katalog.dsl.openmetadata

import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.api.data.CreateChart
import dev.katalog.model.openmetadata.api.data.CreateDashboard
import dev.katalog.model.openmetadata.api.data.CreateDashboardDataModel
import dev.katalog.model.openmetadata.api.data.CreatePipeline
import dev.katalog.model.openmetadata.api.services.CreateDashboardService
import dev.katalog.model.openmetadata.api.services.CreatePipelineService
import dev.katalog.model.openmetadata.entity.services.DashboardServiceType
import dev.katalog.model.openmetadata.entity.services.PipelineServiceType
import dev.katalog.model.openmetadata.type.ChartType
import dev.katalog.model.openmetadata.type.DataModelType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/** Dashboard and pipeline services in trees compile to OpenMetadata create requests, their lineage to typed edges. */
class OpenMetadataServiceTreeSpec : FunSpec({
    val tree = catalog {
        connection("wh", Connector.POSTGRES) {
            database("DB") { schema("S") { table("RAW") { column("ID", "INT") }; table("CLEAN") { column("ID", "INT") } } }
        }
        dashboardService("looker", DashboardServiceType.Looker) {
            description = "BI"
            val orders = dataModel("Orders", DataModelType.LookMlView) { column("id", "INT"); reads("wh/DB/S/CLEAN") }
            dashboard("Sales") {
                chart("Revenue") { chartType(ChartType.Bar) }
                chart("Margin")
                reads(orders)
                reads("wh/DB/S/CLEAN")
            }
            chart("Unused")
        }
        pipelineService("airflow", PipelineServiceType.Airflow) {
            pipeline("daily") {
                description = "Cleans the raw table"
                task("extract") { downstream("load") }
                task("load") { taskType("PythonOperator") }
                reads("wh/DB/S/RAW")
                writes("wh/DB/S/CLEAN")
            }
        }
    }

    // openmetadata-service 1.4 jdbi3/ChartRepository, DashboardRepository, DashboardDataModelRepository and
    // PipelineRepository setFullyQualifiedName: service FQN then name, a data model's with `.model` between them.
    test("services, charts, data models, dashboards and pipelines become create requests; charts and data models before dashboards") {
        val items = tree.compileForOpenMetadata().items.filter { !it.fullyQualifiedName.startsWith("wh") }
        items.map { it.request::class.simpleName to it.fullyQualifiedName } shouldContainExactly listOf(
            "CreateDashboardService" to "looker",
            "CreateDashboardDataModel" to "looker.model.Orders",
            "CreateChart" to "looker.Revenue",
            "CreateChart" to "looker.Margin",
            "CreateDashboard" to "looker.Sales",
            "CreateChart" to "looker.Unused",
            "CreatePipelineService" to "airflow",
            "CreatePipeline" to "airflow.daily",
        )
        items.associate { it.fullyQualifiedName to it.depth } shouldBe mapOf(
            "looker" to 0, "looker.model.Orders" to 1, "looker.Revenue" to 1, "looker.Margin" to 1, "looker.Sales" to 2, "looker.Unused" to 1,
            "airflow" to 0, "airflow.daily" to 1,
        )
        (items[0].request as CreateDashboardService).let { it.serviceType shouldBe DashboardServiceType.Looker; it.description shouldBe "BI" }
        (items[1].request as CreateDashboardDataModel).let { it.dataModelType shouldBe DataModelType.LookMlView; it.columns.single().name shouldBe "id"; it.service shouldBe "looker" }
        (items[2].request as CreateChart).let { it.chartType shouldBe ChartType.Bar; it.service shouldBe "looker" }
        (items[4].request as CreateDashboard).charts shouldBe listOf("looker.Revenue", "looker.Margin")
        (items[6].request as CreatePipelineService).serviceType shouldBe PipelineServiceType.Airflow
        (items[7].request as CreatePipeline).let { pipeline ->
            pipeline.tasks!!.map { it.name } shouldContainExactly listOf("extract", "load")
            pipeline.tasks!![0].downstreamTasks shouldBe listOf("load")
            pipeline.tasks!![1].taskType shouldBe "PythonOperator"
            pipeline.description shouldBe "Cleans the raw table"
        }
    }

    // openmetadata-service 1.4 jdbi3/LineageRepository.addLineage: any two entities may be joined; a pipeline that moves
    // the data is named in lineageDetails.pipeline, not an end of the edge.
    test("a pipeline becomes table edges naming it; a dashboard and a data model become edges into them") {
        val edges = tree.compileForOpenMetadata().lineage
        edges.map { listOf(it.fromType, it.fromTable, it.toType, it.toTable, it.pipeline) } shouldContainExactly listOf(
            listOf("table", "wh.DB.S.CLEAN", "dashboardDataModel", "looker.model.Orders", null),
            listOf("dashboardDataModel", "looker.model.Orders", "dashboard", "looker.Sales", null),
            listOf("table", "wh.DB.S.CLEAN", "dashboard", "looker.Sales", null),
            listOf("table", "wh.DB.S.RAW", "table", "wh.DB.S.CLEAN", "airflow.daily"),
        )
        edges.map { it.path } shouldContainExactly listOf("looker/Orders", "looker/Sales", "looker/Sales", "airflow/daily")
    }

    test("a chart without a service, a chart declared twice, a dashboard that writes, a task name with :: and a half-declared pipeline are problems") {
        val bad = dev.katalog.dsl.tree.CatalogTree(listOf(
            dev.katalog.dsl.tree.AssetNode.chart("Orphan"),
            dev.katalog.dsl.tree.AssetNode.dashboardService("looker", DashboardServiceType.Looker)
                .withChild(dev.katalog.dsl.tree.AssetNode.dashboard("A").withChild(dev.katalog.dsl.tree.AssetNode.chart("Revenue")))
                .withChild(dev.katalog.dsl.tree.AssetNode.dashboard("B").withChild(dev.katalog.dsl.tree.AssetNode.chart("Revenue")).writes("wh/DB/S/RAW")),
            dev.katalog.dsl.tree.AssetNode.pipelineService("airflow", PipelineServiceType.Airflow)
                .withChild(dev.katalog.dsl.tree.AssetNode.pipeline("p").withChild(dev.katalog.dsl.tree.AssetNode.task("a::b")))
                .withChild(dev.katalog.dsl.tree.AssetNode.pipeline("q").reads("wh/DB/S/RAW")),
            dev.katalog.dsl.tree.AssetNode.connection("wh", Connector.POSTGRES).withChild(dev.katalog.dsl.tree.AssetNode.database("DB")
                .withChild(dev.katalog.dsl.tree.AssetNode.schema("S").withChild(dev.katalog.dsl.tree.AssetNode.table("RAW").withChild(dev.katalog.dsl.tree.AssetNode.column("ID", "INT"))))),
        ))
        val problems = shouldThrow<InvalidTreeException> { bad.compileForOpenMetadata() }.problems
        problems.map { it.path } shouldContainExactly listOf("Orphan", "looker/B", "airflow/q")
        problems[0].problem shouldContain "cannot be at the top of a tree: put it inside its parent"
        problems[1].problem shouldContain "lineage ends at a dashboard"
        problems[2].problem shouldContain "reads but writes nothing"

        // Once the tree's shape is right, the compiler finds what OpenMetadata would refuse.
        val shaped = catalog {
            dashboardService("looker", DashboardServiceType.Looker) { dashboard("A") { chart("Revenue") }; dashboard("B") { chart("Revenue") } }
            pipelineService("airflow", PipelineServiceType.Airflow) { pipeline("p") { task("a::b") } }
        }
        val compiled = shouldThrow<InvalidTreeException> { shaped.compileForOpenMetadata() }.problems
        compiled.map { it.path } shouldContainExactly listOf("looker/B/Revenue", "airflow/p/a::b")
        compiled[0].problem shouldContain "one name is one chart"
        compiled[1].problem shouldContain "::"
    }

    test("Atlan trees refuse dashboard and pipeline services: Atlan has no generic type for them") {
        val problems = catalog { pipelineService("airflow", PipelineServiceType.Airflow) { pipeline("p") } }.problems()
        problems.single().problem shouldContain "for OpenMetadata trees only"
    }
})
