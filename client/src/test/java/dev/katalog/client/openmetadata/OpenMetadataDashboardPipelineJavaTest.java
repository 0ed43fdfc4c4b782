package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.model.openmetadata.MissingFieldException;
import dev.katalog.model.openmetadata.api.data.CreateChart;
import dev.katalog.model.openmetadata.api.data.CreateDashboard;
import dev.katalog.model.openmetadata.api.data.CreatePipeline;
import dev.katalog.model.openmetadata.api.services.CreateDashboardService;
import dev.katalog.model.openmetadata.api.services.CreatePipelineService;
import dev.katalog.model.openmetadata.entity.data.Chart;
import dev.katalog.model.openmetadata.entity.data.Dashboard;
import dev.katalog.model.openmetadata.entity.data.Pipeline;
import dev.katalog.model.openmetadata.entity.services.DashboardServiceType;
import dev.katalog.model.openmetadata.entity.services.PipelineServiceType;
import dev.katalog.model.openmetadata.kinds.EntityKinds;
import dev.katalog.model.openmetadata.type.EntityReference;
import dev.katalog.model.openmetadata.type.Task;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dashboards with charts and pipelines with tasks from Java: builders, futures, a Stream listing, and a chart without a service refused. */
class OpenMetadataDashboardPipelineJavaTest {
    @Test
    void createsAndReadsDashboardsAndPipelines() throws Exception {
        String looker = "java_looker_" + System.nanoTime();
        String airflow = "java_airflow_" + System.nanoTime();
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            EntitiesApiFutures om = client.java().entities();
            om.createOrUpdate(CreateDashboardService.builder().name(looker).serviceType(DashboardServiceType.Looker).build()).get();
            Chart revenue = om.createOrUpdate(CreateChart.builder().name("Revenue").service(looker).build()).get();
            assertEquals(looker + ".Revenue", revenue.getFullyQualifiedName());
            om.createOrUpdate(CreateDashboard.builder().name("Sales").service(looker).charts(List.of(looker + ".Revenue")).build()).get();
            Dashboard sales = om.getByName(EntityKinds.DASHBOARD, looker + ".Sales", List.of("charts")).get();
            assertEquals(List.of(revenue.getId()), sales.getCharts().stream().map(EntityReference::getId).collect(Collectors.toList()));
            try (Stream<Chart> charts = om.list(EntityKinds.CHART, Map.of("service", looker))) {
                assertEquals(List.of("Revenue"), charts.map(Chart::getName).collect(Collectors.toList()));
            }

            om.createOrUpdate(CreatePipelineService.builder().name(airflow).serviceType(PipelineServiceType.Airflow).build()).get();
            om.createOrUpdate(CreatePipeline.builder().name("nightly").service(airflow)
                    .tasks(List.of(Task.builder().name("extract").build())).build()).get();
            Pipeline nightly = om.getByName(EntityKinds.PIPELINE, airflow + ".nightly", List.of("tasks")).get();
            assertEquals(airflow + ".nightly.extract", nightly.getTasks().get(0).getFullyQualifiedName());
        }

        // OpenMetadata 1.4 api/data/createChart.json requires service: the builder refuses before anything is sent.
        MissingFieldException missing = assertThrows(MissingFieldException.class, () -> CreateChart.builder().name("Orphan").build());
        assertEquals("service", missing.getField());
    }
}
