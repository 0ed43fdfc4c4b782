package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.client.openmetadata.tree.OpenMetadataApplyResult;
import dev.katalog.client.openmetadata.tree.TreesApiFutures;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.openmetadata.entity.data.Container;
import dev.katalog.model.openmetadata.entity.data.StoredProcedureCode;
import dev.katalog.model.openmetadata.entity.services.MessagingServiceType;
import dev.katalog.model.openmetadata.entity.services.MlModelServiceType;
import dev.katalog.model.openmetadata.entity.services.SearchServiceType;
import dev.katalog.model.openmetadata.entity.services.StorageServiceType;
import dev.katalog.model.openmetadata.kinds.EntityKinds;
import dev.katalog.model.openmetadata.type.SearchIndexDataType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From Java: stored procedures, topics, nested containers, ML models and search indexes declared with AssetNode, applied, re-planned empty. */
class OpenMetadataAssetServiceTreesJavaTest {
    private static CatalogTree tree(String suffix) {
        return CatalogTree.empty()
                .with(AssetNode.connection("java_wh_" + suffix, Connector.POSTGRES).withChild(AssetNode.database("DB").withChild(AssetNode.schema("S")
                        .withChild(AssetNode.storedProcedure("refresh", "CALL refresh()", StoredProcedureCode.Language.SQL)))))
                .with(AssetNode.messagingService("java_kafka_" + suffix, MessagingServiceType.Kafka).withChild(AssetNode.topic("orders", 2)))
                .with(AssetNode.storageService("java_s3_" + suffix, StorageServiceType.S3)
                        .withChild(AssetNode.container("bucket").withChild(AssetNode.container("sales"))))
                .with(AssetNode.mlModelService("java_mlflow_" + suffix, MlModelServiceType.Mlflow).withChild(AssetNode.mlModel("churn", "XGBoost")))
                .with(AssetNode.searchService("java_es_" + suffix, SearchServiceType.ElasticSearch)
                        .withChild(AssetNode.searchIndex("orders").withChild(AssetNode.searchField("total", SearchIndexDataType.FLOAT))));
    }

    @Test
    void appliesAndReplansEmpty() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            TreesApiFutures trees = client.java().trees();
            EntitiesApiFutures om = client.java().entities();

            OpenMetadataApplyResult applied = trees.apply(tree(suffix)).get();
            assertTrue(applied.getSucceeded(), applied.getFailures().toString());
            assertEquals(13, applied.getCreated());
            assertTrue(trees.plan(tree(suffix)).get().isEmpty());

            Container sales = om.getByName(EntityKinds.CONTAINER, "java_s3_" + suffix + ".bucket.sales", List.of("parent")).get();
            assertEquals("java_s3_" + suffix + ".bucket", sales.getParent().getFullyQualifiedName());
            assertEquals(2L, om.getByName(EntityKinds.TOPIC, "java_kafka_" + suffix + ".orders").get().getPartitions());
        }
    }
}
