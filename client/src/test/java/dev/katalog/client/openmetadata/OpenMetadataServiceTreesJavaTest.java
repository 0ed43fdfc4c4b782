package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.client.openmetadata.tree.OpenMetadataApplyResult;
import dev.katalog.client.openmetadata.tree.OpenMetadataTreePlan;
import dev.katalog.client.openmetadata.tree.TreesApiFutures;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.openmetadata.Fqn;
import dev.katalog.model.openmetadata.entity.data.Dashboard;
import dev.katalog.model.openmetadata.entity.data.Pipeline;
import dev.katalog.model.openmetadata.entity.services.DashboardServiceType;
import dev.katalog.model.openmetadata.entity.services.PipelineServiceType;
import dev.katalog.model.openmetadata.kinds.EntityKinds;
import dev.katalog.model.openmetadata.type.EntityLineage;
import dev.katalog.model.openmetadata.type.EntityReference;
import dev.katalog.model.openmetadata.type.Task;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * From Java: a tree of a database, a dashboard service with a dashboard and its charts, a pipeline service with a
 * pipeline and its tasks, and lineage between them, applied to the local catalog, re-planned empty, read back, and
 * pruned of the pipeline's edge once the tree stops declaring it.
 */
class OpenMetadataServiceTreesJavaTest {
    private static CatalogTree tree(String wh, String looker, String airflow, boolean pipelineLineage) {
        AssetNode raw = AssetNode.table("RAW").withChild(AssetNode.column("ID", "BIGINT"));
        AssetNode clean = AssetNode.table("CLEAN").withChild(AssetNode.column("ID", "BIGINT"));
        AssetNode pipeline = AssetNode.pipeline("daily").withChild(AssetNode.task("extract").withAttribute("downstreamTasks", List.of("load")))
                .withChild(AssetNode.task("load"));
        if (pipelineLineage) pipeline = pipeline.reads(wh + "/DB/S/RAW").writes(wh + "/DB/S/CLEAN");
        return CatalogTree.empty()
                .with(AssetNode.connection(wh, Connector.POSTGRES).withChild(AssetNode.database("DB").withChild(AssetNode.schema("S").withChild(raw).withChild(clean))))
                .with(AssetNode.dashboardService(looker, DashboardServiceType.Looker).withChild(AssetNode.dashboard("Sales").withDescription("Sales at a glance")
                        .withChild(AssetNode.chart("Revenue")).withChild(AssetNode.chart("Margin")).reads(wh + "/DB/S/CLEAN")))
                .with(AssetNode.pipelineService(airflow, PipelineServiceType.Airflow).withChild(pipeline));
    }

    @Test
    void appliesReplansEmptyReadsBackAndPrunes() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        String wh = "java_wh_" + suffix;
        String looker = "java_looker_" + suffix;
        String airflow = "java_airflow_" + suffix;
        String raw = Fqn.build(wh, "DB", "S", "RAW");
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            TreesApiFutures trees = client.java().trees();
            EntitiesApiFutures om = client.java().entities();

            OpenMetadataApplyResult applied = trees.apply(tree(wh, looker, airflow, true)).get();
            assertTrue(applied.getSucceeded(), applied.getFailures().toString());
            assertEquals(11, applied.getCreated());
            assertEquals(2, applied.getLineageEdges());
            assertTrue(trees.plan(tree(wh, looker, airflow, true)).get().isEmpty());

            Dashboard sales = om.getByName(EntityKinds.DASHBOARD, looker + ".Sales", List.of("charts")).get();
            assertEquals(List.of(looker + ".Revenue", looker + ".Margin"),
                    sales.getCharts().stream().map(EntityReference::getFullyQualifiedName).collect(Collectors.toList()));
            Pipeline daily = om.getByName(EntityKinds.PIPELINE, airflow + ".daily", List.of("tasks")).get();
            assertEquals(List.of(airflow + ".daily.extract", airflow + ".daily.load"),
                    daily.getTasks().stream().map(Task::getFullyQualifiedName).collect(Collectors.toList()));
            EntityLineage moved = client.java().lineage().get(EntityKinds.TABLE, raw, 0, 2).get();
            assertEquals(2, moved.getDownstreamEdges().size());
            assertEquals(airflow + ".daily", moved.getDownstreamEdges().stream().filter(e -> e.getFromEntity().equals(moved.getEntity().getId()))
                    .findFirst().orElseThrow().getLineageDetails().getPipeline().getFullyQualifiedName());

            OpenMetadataTreePlan pruning = trees.plan(tree(wh, looker, airflow, false), true).get();
            assertEquals(List.of(raw + " → " + Fqn.build(wh, "DB", "S", "CLEAN")), pruning.getPrunedEdges().stream().map(Object::toString).collect(Collectors.toList()));
            assertEquals(1, trees.apply(pruning).get().getLineageEdgesDeleted());
            assertTrue(client.java().lineage().get(EntityKinds.TABLE, raw, 0, 1).get().getDownstreamEdges().isEmpty());
            assertTrue(trees.plan(tree(wh, looker, airflow, false), true).get().isEmpty());
        }
    }
}
