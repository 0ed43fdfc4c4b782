package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.core.UsageException;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.client.openmetadata.tree.OpenMetadataTreePlan;
import dev.katalog.client.openmetadata.tree.TreesApiFutures;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.dsl.tree.InvalidTreeException;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.openmetadata.Fqn;
import dev.katalog.model.openmetadata.api.classification.CreateClassification;
import dev.katalog.model.openmetadata.api.classification.CreateTag;
import dev.katalog.model.openmetadata.entity.data.Table;
import dev.katalog.model.openmetadata.kinds.EntityKinds;
import dev.katalog.model.openmetadata.type.TagLabel;
import dev.katalog.model.openmetadata.type.TagSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * From Java, against a local catalog that merges on PUT as OpenMetadata 1.4 does: a tree converges and keeps a
 * description written in the UI, tags are added and removed by reading them first, a list across schemas returns
 * same-named tables at page boundaries, and bad input fails before anything is sent.
 */
class OpenMetadataConvergenceJavaTest {
    private static CatalogTree tree(String service, String description) {
        AssetNode orders = AssetNode.table("ORDERS").withChild(AssetNode.column("ID", "BIGINT")).withChild(AssetNode.column("LABELS", "ARRAY<STRING>"));
        if (description != null) orders = orders.withDescription(description);
        return CatalogTree.empty().with(AssetNode.connection(service, Connector.POSTGRES).withChild(AssetNode.database("DB")
                .withChild(AssetNode.schema("A").withChild(orders))
                .withChild(AssetNode.schema("B").withChild(AssetNode.table("ORDERS").withChild(AssetNode.column("ID", "BIGINT"))))));
    }

    @Test
    void convergesKeepsUiEditsAndPagesWithoutSkipping() throws Exception {
        String service = "java_converge_" + System.nanoTime();
        String orders = Fqn.build(service, "DB", "A", "ORDERS");
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            TreesApiFutures trees = client.java().trees();
            EntitiesApiFutures om = client.java().entities();
            assertTrue(trees.apply(tree(service, null)).get().getSucceeded());
            assertTrue(trees.plan(tree(service, null)).get().isEmpty());

            Table table = om.getByName(EntityKinds.TABLE, orders).get();
            om.patch(table, p -> p.add("/description", "Written in the UI")).get();
            assertTrue(trees.plan(tree(service, null)).get().isEmpty());
            assertEquals("Written in the UI", om.getByName(EntityKinds.TABLE, orders).get().getDescription());

            OpenMetadataTreePlan described = trees.plan(tree(service, "From the tree")).get();
            assertEquals("replace", described.getUpdates().get(0).getPatch().getOperations().get(0).getOp());
            assertEquals(1, trees.apply(described).get().getUpdated());
            assertEquals("From the tree", om.getByName(EntityKinds.TABLE, orders).get().getDescription());

            String classification = "JavaConverge" + System.nanoTime();
            om.createOrUpdate(CreateClassification.builder().name(classification).description("levels").build()).get();
            om.createOrUpdate(CreateTag.builder().name("High").classification(classification).description("high").build()).get();
            TagLabel high = TagLabel.builder().tagFQN(classification + ".High").source(TagSource.Classification)
                    .labelType(TagLabel.LabelType.Manual).state(TagLabel.State.Confirmed).build();
            om.addTags(om.getByName(EntityKinds.TABLE, orders).get(), List.of(high)).get();
            assertEquals(1, om.getByName(EntityKinds.TABLE, orders, List.of("tags")).get().getTags().size());
            Table unread = om.getByName(EntityKinds.TABLE, orders).get();
            // A copy that sets tags, from an entity read without them: the server's tags would be replaced, so it is refused.
            Table retagged = Table.builder().id(unread.getId()).name(unread.getName()).columns(unread.getColumns()).tags(List.of(high)).build();
            ExecutionException refused = assertThrows(ExecutionException.class, () -> om.patch(unread, retagged).get());
            assertInstanceOf(UsageException.class, refused.getCause());
            om.removeTags(unread, List.of(classification + ".High")).get();
            assertTrue(om.getByName(EntityKinds.TABLE, orders, List.of("tags")).get().getTags().isEmpty());

            try (Stream<Table> tables = om.list(EntityKinds.TABLE, Map.of("service", service), List.of(), 1)) {
                assertEquals(List.of("A", "B"), tables.map(t -> t.getDatabaseSchema().getName()).sorted().collect(Collectors.toList()));
            }

            CatalogTree bad = CatalogTree.empty().with(AssetNode.connection(service, Connector.POSTGRES).withChild(AssetNode.database("DB")
                    .withChild(AssetNode.schema("A").withChild(AssetNode.table("BAD").withChild(AssetNode.column("LIST", "ARRAY"))))));
            ExecutionException invalid = assertThrows(ExecutionException.class, () -> trees.plan(bad).get());
            assertInstanceOf(InvalidTreeException.class, invalid.getCause());
        }
    }
}
