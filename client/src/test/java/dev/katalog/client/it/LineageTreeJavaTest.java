package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.tree.ApplyResult;
import dev.katalog.client.tree.TreePlan;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.dsl.tree.InvalidTreeException;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Process;
import dev.katalog.model.atlan.asset.Table;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Lineage declared in a tree from Java: a three-hop pipeline applied, walked, re-applied unchanged, pruned; bad lineage refused. */
class LineageTreeJavaTest {
    private static CatalogTree pipeline(String connection, boolean withReport) {
        AssetNode orders = AssetNode.table("ORDERS");
        AssetNode clean = AssetNode.table("ORDERS_CLEAN");
        AssetNode schema = AssetNode.schema("PUBLIC").withChild(orders).withChild(clean)
            .withChild(AssetNode.table("ORDERS_AGG")).withChild(AssetNode.table("REPORT"));
        String at = connection + "/SALES/PUBLIC/";
        AssetNode root = AssetNode.connection(connection, Connector.SNOWFLAKE).withAdminUsers("admin")
            .withChild(AssetNode.database("SALES").withChild(schema))
            .withChild(AssetNode.process("clean").reads(orders).writes(clean).with(Process.builder().sql("select * from ORDERS")))
            .withChild(AssetNode.process("agg").reads(at + "ORDERS_CLEAN").writes(at + "ORDERS_AGG"));
        if (withReport) root = root.withChild(AssetNode.process("report").reads(at + "ORDERS_AGG").writes(at + "REPORT"));
        return CatalogTree.empty().with(root);
    }

    @Test
    void appliesWalksAndPrunesTreeLineage() throws Exception {
        String name = "lineage-tree-java-" + (System.nanoTime() % 1_000_000_000);
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            ApplyResult applied = atlan.trees().apply(pipeline(name, true)).get();
            assertTrue(applied.getSucceeded(), applied.toString());
            String connection = applied.getPlan().getConnections().get(name);
            assertEquals("select * from ORDERS", atlan.assets().get(Process.TYPE, connection + "/clean").get().getSql());

            String start = atlan.assets().get(Table.TYPE, connection + "/SALES/PUBLIC/ORDERS").get().getGuid();
            assertEquals(List.of("clean", "ORDERS_CLEAN", "agg", "ORDERS_AGG", "report", "REPORT"), names(atlan.lineage().stream(start, l -> { })));
            assertEquals(List.of("clean", "ORDERS_CLEAN"), names(atlan.lineage().stream(start, l -> l.depth(1))));
            String report = atlan.assets().get(Table.TYPE, connection + "/SALES/PUBLIC/REPORT").get().getGuid();
            assertEquals(List.of("report", "ORDERS_AGG", "agg", "ORDERS_CLEAN"), names(atlan.lineage().stream(report, l -> l.upstream().depth(2))));

            assertTrue(atlan.trees().plan(pipeline(name, true)).get().isEmpty());

            TreePlan pruning = atlan.trees().plan(pipeline(name, false), true).get();
            assertEquals(List.of(connection + "/report"), pruning.getDeletes().stream().map(Asset::getQualifiedName).collect(Collectors.toList()));
            assertEquals(1L, atlan.trees().apply(pruning).get().getDeleted());
            assertEquals(List.of("clean", "ORDERS_CLEAN", "agg", "ORDERS_AGG"), names(atlan.lineage().stream(start, l -> { })));

            CatalogTree cycle = CatalogTree.empty().with(AssetNode.connection(name, Connector.SNOWFLAKE).withAdminUsers("admin")
                .withChild(AssetNode.database("SALES").withChild(AssetNode.schema("PUBLIC").withChild(AssetNode.table("A")).withChild(AssetNode.table("B"))))
                .withChild(AssetNode.process("there").reads(name + "/SALES/PUBLIC/A").writes(name + "/SALES/PUBLIC/B"))
                .withChild(AssetNode.process("back").reads(name + "/SALES/PUBLIC/B").writes(name + "/SALES/PUBLIC/A"))
                .withChild(AssetNode.process("nowhere").reads(name + "/SALES/PUBLIC/A")));
            ExecutionException refused = assertThrows(ExecutionException.class, () -> atlan.trees().plan(cycle).get());
            InvalidTreeException invalid = assertInstanceOf(InvalidTreeException.class, refused.getCause());
            String problems = invalid.getProblems().stream().map(Object::toString).collect(Collectors.joining("\n"));
            assertTrue(problems.contains(name + "/back: process \"back\" closes a cycle"), problems);
            assertTrue(problems.contains(name + "/nowhere: process \"nowhere\" writes nothing"), problems);
        }
    }

    private static List<String> names(Stream<Asset> assets) {
        try (assets) {
            return assets.map(Asset::getName).collect(Collectors.toList());
        }
    }
}
