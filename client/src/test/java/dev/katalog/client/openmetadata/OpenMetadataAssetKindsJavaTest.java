package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.client.openmetadata.entities.Include;
import dev.katalog.model.openmetadata.MissingFieldException;
import dev.katalog.model.openmetadata.api.data.CreateContainer;
import dev.katalog.model.openmetadata.api.data.CreateMlModel;
import dev.katalog.model.openmetadata.api.data.CreateQuery;
import dev.katalog.model.openmetadata.api.data.CreateSearchIndex;
import dev.katalog.model.openmetadata.api.data.CreateStoredProcedure;
import dev.katalog.model.openmetadata.api.data.CreateTopic;
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService;
import dev.katalog.model.openmetadata.api.services.CreateMessagingService;
import dev.katalog.model.openmetadata.api.services.CreateMlModelService;
import dev.katalog.model.openmetadata.api.services.CreateSearchService;
import dev.katalog.model.openmetadata.api.services.CreateStorageService;
import dev.katalog.model.openmetadata.entity.data.Container;
import dev.katalog.model.openmetadata.entity.data.MlModel;
import dev.katalog.model.openmetadata.entity.data.Query;
import dev.katalog.model.openmetadata.entity.data.SearchIndex;
import dev.katalog.model.openmetadata.entity.data.Topic;
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType;
import dev.katalog.model.openmetadata.entity.services.MessagingServiceType;
import dev.katalog.model.openmetadata.entity.services.MlModelServiceType;
import dev.katalog.model.openmetadata.entity.services.SearchServiceType;
import dev.katalog.model.openmetadata.entity.services.StorageServiceType;
import dev.katalog.model.openmetadata.kinds.EntityKinds;
import dev.katalog.model.openmetadata.type.EntityReference;
import dev.katalog.model.openmetadata.type.SearchIndexDataType;
import dev.katalog.model.openmetadata.type.SearchIndexField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Topics, nested containers, ML models, search indexes and queries from Java: builders, futures, a Stream listing, and a topic without partitions refused. */
class OpenMetadataAssetKindsJavaTest {
    @Test
    void createsAndReadsTopicsContainersModelsAndIndexes() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        String kafka = "java_kafka_" + suffix;
        String s3 = "java_s3_" + suffix;
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            EntitiesApiFutures om = client.java().entities();
            om.createOrUpdate(CreateMessagingService.builder().name(kafka).serviceType(MessagingServiceType.Kafka).build()).get();
            Topic orders = om.createOrUpdate(CreateTopic.builder().name("orders").service(kafka).partitions(3L).build()).get();
            assertEquals(kafka + ".orders", orders.getFullyQualifiedName());
            try (Stream<Topic> topics = om.list(EntityKinds.TOPIC, Map.of("service", kafka))) {
                assertEquals(List.of(3L), topics.map(Topic::getPartitions).collect(Collectors.toList()));
            }

            om.createOrUpdate(CreateStorageService.builder().name(s3).serviceType(StorageServiceType.S3).build()).get();
            Container bucket = om.createOrUpdate(CreateContainer.builder().name("bucket").service(s3).build()).get();
            EntityReference parent = om.getEntityReference(EntityKinds.CONTAINER, bucket.getFullyQualifiedName()).get();
            Container sales = om.createOrUpdate(CreateContainer.builder().name("sales").service(s3).parent(parent).build()).get();
            assertEquals(s3 + ".bucket.sales", sales.getFullyQualifiedName());
            Container read = om.getByName(EntityKinds.CONTAINER, s3 + ".bucket", List.of("children")).get();
            assertEquals(List.of(sales.getId()), read.getChildren().stream().map(EntityReference::getId).collect(Collectors.toList()));

            om.createOrUpdate(CreateMlModelService.builder().name("java_mlflow_" + suffix).serviceType(MlModelServiceType.Mlflow).build()).get();
            MlModel churn = om.createOrUpdate(CreateMlModel.builder().name("churn").service("java_mlflow_" + suffix).algorithm("XGBoost").build()).get();
            assertEquals("XGBoost", churn.getAlgorithm());

            om.createOrUpdate(CreateSearchService.builder().name("java_es_" + suffix).serviceType(SearchServiceType.ElasticSearch).build()).get();
            SearchIndex index = om.createOrUpdate(CreateSearchIndex.builder().name("orders").service("java_es_" + suffix)
                    .fields(List.of(SearchIndexField.builder().name("total").dataType(SearchIndexDataType.FLOAT).build())).build()).get();
            assertEquals("java_es_" + suffix + ".orders.total", index.getFields().get(0).getFullyQualifiedName());

            // OpenMetadata 1.4 QueryResource.delete: a query is deleted for good, even when not asked for a hard delete.
            String mysql = "java_mysql_" + suffix;
            om.createOrUpdate(CreateDatabaseService.builder().name(mysql).serviceType(DatabaseServiceType.Mysql).build()).get();
            Query daily = om.createOrUpdate(CreateQuery.builder().name("daily").query("SELECT 1").service(mysql).build()).get();
            assertEquals(mysql + ".daily", daily.getFullyQualifiedName());
            om.delete(daily).get();
            assertTrue(om.findById(EntityKinds.QUERY, daily.getId(), List.of(), Include.ALL).get().isEmpty());
        }

        // OpenMetadata 1.4 api/data/createTopic.json requires partitions: the builder refuses before anything is sent.
        MissingFieldException missing = assertThrows(MissingFieldException.class, () -> CreateTopic.builder().name("orders").service("kafka").build());
        assertEquals("partitions", missing.getField());
    }
}
