package dev.katalog.examples.java;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.batch.BatchOptions;
import dev.katalog.client.batch.BatchSummary;
import dev.katalog.client.tree.ApplyResult;
import dev.katalog.client.tree.TreePlan;
import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Table;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A tree built with the Java API, applied; then owners set through a batch and a tag added. */
public final class JavaApplyAndUpdate {
    private JavaApplyAndUpdate() {}

    public static CatalogTree tree(String connection) {
        AssetNode orders = AssetNode.table("ORDERS").withDescription("One row per order")
                .withChild(AssetNode.column("ID", "NUMBER"))
                .withChild(AssetNode.column("AMOUNT", "DECIMAL(10,2)"));
        return CatalogTree.empty().with(AssetNode.connection(connection, Connector.POSTGRES).withAdminUsers("admin")
                .withChild(AssetNode.database("SHOP").withChild(AssetNode.schema("PUBLIC").withChild(orders))));
    }

    public static String run(AtlanClient client, String connection) {
        AtlanClientFutures atlan = client.java();
        TreePlan plan = atlan.trees().plan(tree(connection)).join();
        ApplyResult applied = atlan.trees().apply(plan).join();
        String connectionQn = plan.getConnections().get(connection);

        List<Asset> owned;
        try (Stream<Asset> tables = atlan.search().stream(FluentSearch.select(Table.class).where(Table.CONNECTION_QUALIFIED_NAME.eq(connectionQn)))) {
            owned = tables.map(t -> (Asset) Table.updater(t.getQualifiedName(), t.getName()).ownerUsers(List.of("alice")).build())
                    .collect(Collectors.toList());
        }
        BatchSummary summary = atlan.assets().saveAll(owned, BatchOptions.builder().size(20).build()).join();
        atlan.tags().add(Table.TYPE, connectionQn + "/SHOP/PUBLIC/ORDERS", List.of("Confidential")).join();
        return applied.getCreated() + " created, " + summary.getUpdatedCount() + " owners set, tagged";
    }

    public static void main(String[] args) {
        try (AtlanClient client = AtlanClient.fromEnv()) {
            System.out.println(run(client, args.length > 0 ? args[0] : "shop"));
        }
    }
}
