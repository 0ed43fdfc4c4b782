package dev.katalog.local.openmetadata

import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.save
import dev.katalog.local.openmetadata.OpenMetadataKit.schema
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.table
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.jsonObject

/**
 * Lineage between kinds and through pipelines, as openmetadata-service 1.4 `jdbi3/LineageRepository.addLineage` keeps
 * it: any two existing entities may be joined (a table into a dashboard); a `lineageDetails.pipeline` must exist and
 * is stored as its full reference; `DELETE /lineage/{fromEntity}/{fromId}/{toEntity}/{toId}` removes one edge.
 */
class OpenMetadataPipelineLineageSpec : FunSpec({
    val svc = unique("pl")
    service(svc)
    database(svc, "db")
    schema("$svc.db", "s")
    val raw = table("$svc.db.s", "raw")
    val clean = table("$svc.db.s", "clean")
    val looker = unique("looker")
    save("dashboardService", "/services/dashboardServices", """{"name":"$looker","serviceType":"Looker"}""")
    val sales = save("dashboard", "/dashboards", """{"name":"Sales","service":"$looker"}""")
    val airflow = unique("airflow")
    save("pipelineService", "/services/pipelineServices", """{"name":"$airflow","serviceType":"Airflow"}""")
    val daily = save("pipeline", "/pipelines", """{"name":"daily","service":"$airflow"}""")

    fun ref(entity: kotlinx.serialization.json.JsonObject, type: String) = """{"id":"${entity.str("id")}","type":"$type"}"""

    test("a pipeline named in lineageDetails is kept as its full reference; a missing one is a 404") {
        api.put("/api/v1/lineage", """{"edge":{"fromEntity":${ref(raw, "table")},"toEntity":${ref(clean, "table")},"lineageDetails":{"pipeline":${ref(daily, "pipeline")}}}}""")
            .status shouldBe 200
        val edge = api.get("/api/v1/lineage/table/name/${enc("$svc.db.s.raw")}?upstreamDepth=0&downstreamDepth=1").obj["downstreamEdges"].list().single().jsonObject
        val pipeline = edge.at("lineageDetails")!!.at("pipeline")!!
        pipeline.str("fullyQualifiedName") shouldBe "$airflow.daily"
        pipeline.str("name") shouldBe "daily"
        val missing = """{"id":"00000000-0000-0000-0000-000000000000","type":"pipeline"}"""
        error(api.put("/api/v1/lineage", """{"edge":{"fromEntity":${ref(raw, "table")},"toEntity":${ref(clean, "table")},"lineageDetails":{"pipeline":$missing}}}"""), 404)
    }

    test("a table feeds a dashboard; deleting the edge removes it, and deleting it again is a 404") {
        api.put("/api/v1/lineage", """{"edge":{"fromEntity":${ref(clean, "table")},"toEntity":${ref(sales, "dashboard")}}}""").status shouldBe 200
        val upstream = api.get("/api/v1/lineage/dashboard/name/${enc("$looker.Sales")}?upstreamDepth=1&downstreamDepth=0").obj
        upstream["upstreamEdges"].list().single().str("fromEntity") shouldBe clean.str("id")
        val path = "/api/v1/lineage/table/${clean.str("id")}/dashboard/${sales.str("id")}"
        api.delete(path).status shouldBe 200
        api.get("/api/v1/lineage/dashboard/name/${enc("$looker.Sales")}?upstreamDepth=1&downstreamDepth=0").obj["upstreamEdges"].list().size shouldBe 0
        error(api.delete(path), 404)
    }
})
