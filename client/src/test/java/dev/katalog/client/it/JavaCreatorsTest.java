package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.assets.ReadOptions;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm;
import dev.katalog.model.atlan.asset.Connection;
import dev.katalog.model.atlan.asset.S3Bucket;
import dev.katalog.model.atlan.asset.S3Object;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated creators and typed relationship changes from Java, against the local catalog. */
class JavaCreatorsTest {
    @Test
    void createsObjectStoreAssetsAndLinksTermsFromJava() throws Exception {
        String run = "java-creators-" + System.nanoTime();
        String s3 = SharedCatalog.INSTANCE.uniqueConnection("s3");
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            atlan.assets().save(Connection.creator(run, "s3", s3).adminUsers(List.of("admin")).build()).get();
            S3Bucket bucket = S3Bucket.creator("raw", s3).build();
            S3Object object = S3Object.creator("orders.csv", s3, "arn:aws:s3:::raw/orders.csv", "raw", bucket.getQualifiedName()).build();
            atlan.assets().save(List.of(bucket, object)).get();
            S3Object saved = atlan.assets().get(S3Object.TYPE, s3 + "/arn:aws:s3:::raw/orders.csv").get();
            assertEquals(s3 + "/raw", saved.getS3BucketQualifiedName());
            assertEquals("s3", saved.getConnectorName());

            String glossary = "Glossary " + run;
            assertEquals(true, atlan.trees().apply(CatalogTree.empty().with(AssetNode.glossary(glossary)
                    .withChild(AssetNode.term("Revenue")).withChild(AssetNode.term("Income")).withChild(AssetNode.term("Sales")))).get().getSucceeded());
            AtlasGlossaryTerm revenue = atlan.glossary().findTerm("Revenue", glossary).get();
            AtlasGlossaryTerm income = atlan.glossary().findTerm("Income", glossary).get();
            AtlasGlossaryTerm sales = atlan.glossary().findTerm("Sales", glossary).get();
            atlan.assets().save(AtlasGlossaryTerm.trimToRequired(revenue).appendSeeAlso(List.of(income, sales)).build()).get();
            atlan.assets().save(AtlasGlossaryTerm.trimToRequired(revenue).removeSeeAlso(List.of(income)).build()).get();
            List<String> seeAlso = atlan.assets().get(AtlasGlossaryTerm.TYPE, revenue.getQualifiedName(), ReadOptions.FULL).get()
                    .getSeeAlso().stream().map(AtlasGlossaryTerm::getGuid).collect(Collectors.toList());
            assertEquals(List.of(sales.getGuid()), seeAlso);
        }
    }
}
