package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.api.data.CreateChart
import dev.katalog.model.openmetadata.api.data.CreateDashboard
import dev.katalog.model.openmetadata.api.data.CreateDashboardDataModel
import dev.katalog.model.openmetadata.api.data.CreatePipeline
import dev.katalog.model.openmetadata.api.services.CreateDashboardService
import dev.katalog.model.openmetadata.api.services.CreatePipelineService
import dev.katalog.model.openmetadata.entity.data.Chart
import dev.katalog.model.openmetadata.entity.data.Dashboard
import dev.katalog.model.openmetadata.entity.data.DashboardDataModel
import dev.katalog.model.openmetadata.entity.data.Pipeline
import dev.katalog.model.openmetadata.entity.services.DashboardServiceType
import dev.katalog.model.openmetadata.entity.services.PipelineServiceType
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.ChartType
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.DataModelType
import dev.katalog.model.openmetadata.type.Task
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.client.engine.mock.MockEngine
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonObject
import java.util.UUID
import java.util.concurrent.atomic.AtomicInteger

/**
 * Dashboards (with charts and data models) and pipelines (with tasks) through `om.entities`, against the local
 * catalog over HTTP, every request validated against OpenMetadata 1.4's schemas on the way out.
 */
class OpenMetadataDashboardPipelineClientSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    test("a dashboard service with charts, a data model and a dashboard, created, read back, listed, and unchanged by a second PUT") {
        val svc = "looker_$suffix"
        om.entities.createOrUpdate(CreateDashboardService(name = svc, serviceType = DashboardServiceType.Looker))
        for (name in listOf("Revenue", "Margin")) om.entities.createOrUpdate(CreateChart(name = name, service = svc, chartType = ChartType.Line))
        val model = om.entities.createOrUpdate(
            CreateDashboardDataModel(
                name = "Orders", service = svc, dataModelType = DataModelType.LookMlView,
                columns = listOf(Column(name = "amount", dataType = ColumnDataType.DECIMAL, precision = 10, scale = 2)),
            ),
        )
        model.fullyQualifiedName shouldBe "$svc.model.Orders"
        val request = CreateDashboard(name = "Sales", service = svc, charts = listOf("$svc.Revenue", "$svc.Margin"), dataModels = listOf("$svc.model.Orders"))
        val created = om.entities.createOrUpdate(request)

        val read = om.entities.getByName<Dashboard>("$svc.Sales", fields = listOf("charts", "dataModels"))
        read.id shouldBe created.id
        read.serviceType?.value shouldBe "Looker"
        read.charts!!.map { it.fullyQualifiedName } shouldContainExactly listOf("$svc.Revenue", "$svc.Margin")
        read.dataModels!!.single().id shouldBe model.id
        om.entities.list<Chart>(mapOf("service" to svc)).toList().map { it.name }.sorted() shouldContainExactly listOf("Margin", "Revenue")
        om.entities.getByName<DashboardDataModel>("$svc.model.Orders", fields = listOf("columns")).columns.single().fullyQualifiedName shouldBe "$svc.model.Orders.amount"

        om.entities.createOrUpdate(request).version shouldBe created.version
    }

    test("a pipeline service with a pipeline and its tasks, created, read back with task FQNs, and unchanged by a second PUT") {
        val svc = "airflow_$suffix"
        om.entities.createOrUpdate(CreatePipelineService(name = svc, serviceType = PipelineServiceType.Airflow))
        val request = CreatePipeline(
            name = "nightly", service = svc,
            tasks = listOf(Task(name = "extract", downstreamTasks = listOf("load")), Task(name = "load")),
        )
        val created = om.entities.createOrUpdate(request)
        created.fullyQualifiedName shouldBe "$svc.nightly"
        val read = om.entities.getByName<Pipeline>("$svc.nightly", fields = listOf("tasks"))
        read.tasks!!.map { it.fullyQualifiedName } shouldContainExactly listOf("$svc.nightly.extract", "$svc.nightly.load")
        read.tasks!!.first().downstreamTasks shouldContainExactly listOf("load")
        om.entities.createOrUpdate(request).version shouldBe created.version
    }

    test("an entity kind the SDK does not model is a UsageException before any request is sent") {
        val sent = AtomicInteger()
        val offline = OpenMetadataClient.builder().baseUrl("http://127.0.0.1:9").jwt("token")
            .engine(MockEngine { sent.incrementAndGet(); error("no request expected") }).build()
        offline.use {
            val byClass = shouldThrow<UsageException> { it.entities.getByName<Report>("reports.weekly") }
            byClass.problem shouldContain "Report has no OpenMetadata API"
            byClass.fix shouldContain "Dashboard"
            val byRequest = shouldThrow<UsageException> { it.entities.createOrUpdate(CreateReport("weekly")) }
            byRequest.problem shouldContain "CreateReport is not a create request"
            byRequest.fix shouldContain "CreatePipeline"
        }
        sent.get() shouldBe 0
    }
}) {
    /** An OpenMetadata entity kind (1.4 has reports) that this SDK does not model. */
    private class Report(
        override val id: String,
        override val name: String,
        override val fullyQualifiedName: String?,
        override val version: Double?,
        override val extras: JsonObject = JsonObject(emptyMap()),
    ) : OpenMetadataEntity

    private class CreateReport(override val name: String, override val extras: JsonObject = JsonObject(emptyMap())) : CreateRequest<Report>
}
