package dev.katalog.local.openmetadata

import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.entity
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.page
import dev.katalog.local.openmetadata.OpenMetadataKit.put
import dev.katalog.local.openmetadata.OpenMetadataKit.q
import dev.katalog.local.openmetadata.OpenMetadataKit.save
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.jsonObject

/** Dashboard services, dashboards, charts and data models, pipeline services and pipelines, as OpenMetadata 1.4 keeps them. */
class OpenMetadataDashboardPipelineSpec : FunSpec({
    fun dashboardService(name: String) = save("dashboardService", "/services/dashboardServices", """{"name":"$name","serviceType":"Looker"}""")

    // openmetadata-service 1.4 jdbi3/ChartRepository.setFullyQualifiedName and DashboardRepository.setFullyQualifiedName:
    // service FQN then name; DashboardResource.getDashboard turns the create request's chart FQNs into references.
    test("a chart and a dashboard get the service's FQN, its reference and serviceType; the dashboard's charts become references") {
        val svc = unique("looker")
        val service = dashboardService(svc)
        val chart = save("chart", "/charts", """{"name":"Revenue","service":"$svc","chartType":"Bar"}""")
        chart.str("fullyQualifiedName") shouldBe "$svc.Revenue"
        chart.at("service")!!.str("id") shouldBe service.str("id")
        chart.at("service")!!.str("type") shouldBe "dashboardService"
        chart.str("serviceType") shouldBe "Looker"
        val dashboard = save("dashboard", "/dashboards", """{"name":"Sales","service":"$svc","charts":["$svc.Revenue"]}""")
        dashboard.str("fullyQualifiedName") shouldBe "$svc.Sales"
        val read = entity("dashboard", api.get("/api/v1/dashboards/name/${enc("$svc.Sales")}?fields=charts"))
        read["charts"].list().map { it.jsonObject.str("id") } shouldContainExactly listOf(chart.str("id"))
        read["charts"].list().single().jsonObject.str("type") shouldBe "chart"
        // charts are returned only when fields= asks for them (DashboardResource FIELDS)
        entity("dashboard", api.get("/api/v1/dashboards/name/${enc("$svc.Sales")}")).containsKey("charts") shouldBe false
    }

    // openmetadata-service 1.4 jdbi3/DashboardDataModelRepository.setFullyQualifiedName: service name + ".model", then the name; columns under it.
    test("a dashboard data model's FQN has .model between the service and its name, its columns under it") {
        val svc = unique("looker")
        dashboardService(svc)
        val model = save(
            "dashboardDataModel", "/dashboard/datamodels",
            """{"name":"Orders","service":"$svc","dataModelType":"LookMlView","columns":[{"name":"id","dataType":"INT"}]}""",
        )
        model.str("fullyQualifiedName") shouldBe "$svc.model.Orders"
        model["columns"].list().single().jsonObject.str("fullyQualifiedName") shouldBe "$svc.model.Orders.id"
        save("dashboard", "/dashboards", """{"name":"Ops","service":"$svc","dataModels":["$svc.model.Orders"]}""")
        val read = entity("dashboard", api.get("/api/v1/dashboards/name/${enc("$svc.Ops")}?fields=dataModels"))
        read["dataModels"].list().single().jsonObject.str("id") shouldBe model.str("id")
    }

    // openmetadata-service 1.4 jdbi3/PipelineRepository.setFullyQualifiedName: service FQN then name, each task's FQN the pipeline's then its name.
    test("a pipeline gets the service's FQN and reference, and each task an FQN under the pipeline") {
        val svc = unique("airflow")
        val service = save("pipelineService", "/services/pipelineServices", """{"name":"$svc","serviceType":"Airflow"}""")
        val pipeline = save("pipeline", "/pipelines", """{"name":"etl","service":"$svc","tasks":[{"name":"extract"},{"name":"load","downstreamTasks":[]}]}""")
        pipeline.str("fullyQualifiedName") shouldBe "$svc.etl"
        pipeline.at("service")!!.str("id") shouldBe service.str("id")
        pipeline.str("serviceType") shouldBe "Airflow"
        val read = entity("pipeline", api.get("/api/v1/pipelines/name/${enc("$svc.etl")}?fields=tasks"))
        read["tasks"].list().map { it.jsonObject.str("fullyQualifiedName") } shouldContainExactly listOf("$svc.etl.extract", "$svc.etl.load")
        page("pipeline", api.get("/api/v1/pipelines?service=${enc(svc)}")).map { it.str("name") } shouldContainExactly listOf("etl")
    }

    // openmetadata-spec 1.4 api/data/createChart.json: service is required; a request without it is refused as the server's schema validation does.
    test("a chart without a service, a dashboard naming a missing chart, and an unknown service are refused") {
        val svc = unique("looker")
        dashboardService(svc)
        error(put("/charts", """{"name":"Orphan"}"""), 400) shouldContain "service"
        error(put("/dashboards", """{"name":"D","service":"$svc","charts":[${q("$svc.missing")}]}"""), 404) shouldContain "$svc.missing"
        error(put("/charts", """{"name":"C","service":"nope${unique("x")}"}"""), 404) shouldContain "dashboardService"
    }

    test("deleting a dashboard service recursively deletes its charts and dashboards") {
        val svc = unique("looker")
        val service = dashboardService(svc)
        save("chart", "/charts", """{"name":"Revenue","service":"$svc"}""")
        save("dashboard", "/dashboards", """{"name":"Sales","service":"$svc","charts":["$svc.Revenue"]}""")
        api.delete("/api/v1/services/dashboardServices/${service.str("id")}?recursive=true&hardDelete=true").status shouldBe 200
        api.get("/api/v1/charts/name/${enc("$svc.Revenue")}").status shouldBe 404
        api.get("/api/v1/dashboards/name/${enc("$svc.Sales")}").status shouldBe 404
    }
})
