package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.core.UsageException;
import dev.katalog.client.names.CustomMetadataType;
import dev.katalog.client.tree.ApplyResult;
import dev.katalog.client.tree.TreePlan;
import dev.katalog.client.typedefs.CustomMetadataDefinition;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.dsl.tree.TreeTerm;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.ReadmeContent;
import dev.katalog.model.atlan.asset.Table;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Terms, custom metadata and a README declared from Java with the node's with… methods: applied, read back, planned empty; an unknown set refused. */
class TreeCurationJavaTest {
    private static CatalogTree tree(String connection, String glossary, String set, AssetNode table) {
        return CatalogTree.empty()
            .with(AssetNode.glossary(glossary).withChild(AssetNode.term("Revenue")))
            .with(AssetNode.connection(connection, Connector.SNOWFLAKE).withAdminUsers("admin")
                .withChild(AssetNode.database("DB").withChild(AssetNode.schema("S").withChild(table))));
    }

    @Test
    void declaresTermsCustomMetadataAndReadme() throws Exception {
        long n = System.nanoTime() % 1_000_000_000;
        String connection = "tree-curation-java-" + n;
        String glossary = "Curation Java " + n;
        String set = "Curation Java set " + n;
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            atlan.typeDefs().create(CustomMetadataDefinition.builder(set).attribute("Score", CustomMetadataType.INTEGER).build()).get();
            AssetNode table = AssetNode.table("ORDERS")
                .withTerms(new TreeTerm(glossary, "Revenue"))
                .withCustomMetadata(set, Map.of("Score", 7))
                .withReadme("<p>Orders</p>");
            CatalogTree tree = tree(connection, glossary, set, table);
            ApplyResult applied = atlan.trees().apply(tree).get();
            assertTrue(applied.getSucceeded(), applied.toString());
            String qualifiedName = applied.getPlan().getConnections().get(connection) + "/DB/S/ORDERS";

            Table read = atlan.assets().get(Table.TYPE, qualifiedName).get();
            assertEquals(atlan.glossary().findTerm("Revenue", glossary).get().getGuid(), read.getTermAssignments().get(0).getTermGuid());
            assertEquals(Map.of("Score", 7L), atlan.customMetadata().read(read, set).get().getValues());
            assertEquals("<p>Orders</p>", ReadmeContent.of(atlan.assets().getReadme(Table.TYPE, qualifiedName).get()));
            assertTrue(atlan.trees().plan(tree).get().isEmpty());

            TreePlan changed = atlan.trees().plan(tree(connection, glossary, set, table.withCustomMetadata(set, Map.of("Score", 8)))).get();
            assertEquals(List.of("customMetadata \"" + set + "\""), List.copyOf(changed.getUpdates().get(0).getChanges().keySet()));

            ExecutionException unknown = assertThrows(ExecutionException.class,
                () -> atlan.trees().plan(tree(connection, glossary, set, table.withCustomMetadata("No set " + n, Map.of("Score", 1)))).get());
            assertEquals("No custom metadata set is named \"No set " + n + "\"", assertInstanceOf(UsageException.class, unknown.getCause()).getProblem());

            TreePlan removal = atlan.trees().plan(tree(connection, glossary, set, table.withoutReadme())).get();
            assertEquals(List.of("readme"), List.copyOf(removal.getUpdates().get(0).getChanges().keySet()));
            assertTrue(atlan.trees().apply(tree(connection, glossary, set, table.withoutReadme())).get().getSucceeded());
            assertTrue(atlan.trees().plan(tree(connection, glossary, set, table.withoutReadme())).get().isEmpty());
        }
    }
}
