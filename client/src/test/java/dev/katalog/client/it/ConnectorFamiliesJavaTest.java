package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.assets.ReadOptions;
import dev.katalog.client.core.UsageException;
import dev.katalog.model.atlan.asset.AirflowDag;
import dev.katalog.model.atlan.asset.AirflowTask;
import dev.katalog.model.atlan.asset.AnaplanModel;
import dev.katalog.model.atlan.asset.AnaplanWorkspace;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Connection;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Database;
import dev.katalog.model.atlan.asset.KafkaTopic;
import dev.katalog.model.atlan.asset.QuickSightAnalysis;
import dev.katalog.model.atlan.asset.QuickSightAnalysisVisual;
import dev.katalog.model.atlan.asset.Schema;
import dev.katalog.model.atlan.asset.SigmaWorkbook;
import dev.katalog.model.atlan.asset.SnowflakeDynamicTable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kotlinx.serialization.json.JsonElementKt;
import org.junit.jupiter.api.Test;

/** Types from the reference SDK's facts from Java: created with their creators, read back typed, related both ways, searched by their own fields. */
class ConnectorFamiliesJavaTest {
    private static String connection(AtlanClientFutures atlan, Connector connector, String name) throws Exception {
        String qualifiedName = SharedCatalog.INSTANCE.uniqueConnection(connector.getValue());
        atlan.assets().save(Connection.creator(name, connector.getValue(), qualifiedName).adminUsers(List.of("admin")).build()).get();
        return qualifiedName;
    }

    private static <T extends Asset> List<String> names(Stream<T> found) {
        try (found) {
            return found.map(Asset::getName).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void createsReadsAndSearchesTypesOfEveryFamily() throws Exception {
        long n = System.nanoTime() % 1_000_000_000;
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();

            String snowflake = connection(atlan, Connector.SNOWFLAKE, "families-java-" + n);
            atlan.assets().save(Database.creator("SALES", snowflake).build()).get();
            atlan.assets().save(Schema.creator("PUBLIC", snowflake + "/SALES").build()).get();
            atlan.assets().save(SnowflakeDynamicTable.creator("DAILY", snowflake + "/SALES/PUBLIC").definition("select 1").build()).get();
            SnowflakeDynamicTable table = atlan.assets().get(SnowflakeDynamicTable.TYPE, snowflake + "/SALES/PUBLIC/DAILY").get();
            assertEquals("select 1", table.getDefinition());
            assertEquals(List.of("DAILY"), names(atlan.search().stream(SnowflakeDynamicTable.TYPE, s -> s.where(SnowflakeDynamicTable.SCHEMA_QUALIFIED_NAME.eq(snowflake + "/SALES/PUBLIC")))));

            String kafka = connection(atlan, Connector.KAFKA, "kafka-java-" + n);
            atlan.assets().save(KafkaTopic.creator("payments", kafka).kafkaTopicPartitionsCount(3L).build()).get();
            assertEquals(3L, atlan.assets().get(KafkaTopic.TYPE, kafka + "/topic/payments").get().getKafkaTopicPartitionsCount());
            assertEquals(List.of("payments"), names(atlan.search().stream(KafkaTopic.TYPE, s -> s.where(KafkaTopic.CONNECTION_QUALIFIED_NAME.eq(kafka)).where(KafkaTopic.KAFKA_TOPIC_PARTITIONS_COUNT.eq(3)))));

            String airflow = connection(atlan, Connector.AIRFLOW, "airflow-java-" + n);
            String dag = airflow + "/hourly";
            atlan.assets().save(AirflowDag.creator("hourly", airflow).build()).get();
            atlan.assets().save(List.of(AirflowTask.creator("a", dag).build(), AirflowTask.creator("b", dag).build())).get();
            AirflowDag read = atlan.assets().get(AirflowDag.TYPE, dag, ReadOptions.FULL).get();
            assertEquals(Set.of(dag + "/a", dag + "/b"), read.getAirflowTasks().stream().map(Asset::getQualifiedName).collect(Collectors.toSet()));
            assertEquals(List.of("a", "b"), names(atlan.search().stream(AirflowTask.TYPE, s -> s.where(AirflowTask.AIRFLOW_DAG_QUALIFIED_NAME.eq(dag)))));

            String quickSight = connection(atlan, Connector.QUICKSIGHT, "quicksight-java-" + n);
            atlan.assets().save(QuickSightAnalysis.creator("Churn", quickSight, "a-1").build()).get();
            atlan.assets().save(QuickSightAnalysisVisual.creator("Trend", "v-9", "s-2", "Monthly", quickSight + "/a-1").build()).get();
            QuickSightAnalysis analysis = atlan.assets().get(QuickSightAnalysis.TYPE, quickSight + "/a-1", ReadOptions.FULL).get();
            assertEquals(List.of(quickSight + "/a-1/s-2/v-9"), analysis.getQuickSightAnalysisVisuals().stream().map(Asset::getQualifiedName).collect(Collectors.toList()));
            assertEquals(List.of("Trend"), names(atlan.search().stream(QuickSightAnalysisVisual.TYPE, s -> s.where(QuickSightAnalysisVisual.QUICK_SIGHT_SHEET_NAME.eq("Monthly")).where(QuickSightAnalysisVisual.CONNECTION_QUALIFIED_NAME.eq(quickSight)))));

            String anaplan = connection(atlan, Connector.ANAPLAN, "anaplan-java-" + n);
            atlan.assets().save(List.of(AnaplanWorkspace.creator("Sales", anaplan).build(), AnaplanModel.creator("Quota", anaplan + "/Sales").build())).get();
            AnaplanModel model = atlan.assets().get(AnaplanModel.TYPE, anaplan + "/Sales/Quota").get();
            assertEquals("Sales", model.getAnaplanWorkspaceName());
            assertEquals(List.of("Quota"), names(atlan.search().stream(AnaplanModel.TYPE, s -> s.where(AnaplanModel.ANAPLAN_WORKSPACE_QUALIFIED_NAME.eq(anaplan + "/Sales")))));

            String sigma = connection(atlan, Connector.SIGMA, "sigma-java-" + n);
            atlan.assets().save(SigmaWorkbook.creator("Finance", sigma).sigmaPageCount(4L).build()).get();
            assertInstanceOf(SigmaWorkbook.class, atlan.assets().get(SigmaWorkbook.TYPE, sigma + "/Finance").get());
            assertEquals(List.of("Finance"), names(atlan.search().stream(SigmaWorkbook.TYPE, s -> s.where(SigmaWorkbook.CONNECTION_QUALIFIED_NAME.eq(sigma)).where(SigmaWorkbook.SIGMA_PAGE_COUNT.gte(4)))));
        }
    }

    @Test
    void refusesAnAttributeTheTypeDoesNotHave() throws Exception {
        try (AtlanClient client = SharedCatalog.client()) {
            String kafka = SharedCatalog.INSTANCE.uniqueConnection("kafka");
            KafkaTopic topic = KafkaTopic.creator("bad", kafka).attribute("sigmaPageCount", JsonElementKt.JsonPrimitive(1)).build();
            ExecutionException e = assertThrows(ExecutionException.class, () -> client.java().assets().save(topic).get());
            UsageException usage = assertInstanceOf(UsageException.class, e.getCause());
            assertTrue(usage.getMessage().contains("sigmaPageCount"), usage.getMessage());
        }
    }
}
