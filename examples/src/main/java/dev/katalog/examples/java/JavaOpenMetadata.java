package dev.katalog.examples.java;

import dev.katalog.client.openmetadata.OpenMetadataClient;
import dev.katalog.client.openmetadata.OpenMetadataClientFutures;
import dev.katalog.client.openmetadata.tree.OpenMetadataApplyResult;
import dev.katalog.model.openmetadata.kinds.EntityKinds;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.openmetadata.Fqn;
import dev.katalog.model.openmetadata.entity.data.Table;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A tree built with the Java API, applied to OpenMetadata; a table read back by name, and a schema's tables listed. */
public final class JavaOpenMetadata {
    private JavaOpenMetadata() {}

    public static CatalogTree tree(String service) {
        AssetNode orders = AssetNode.table("orders").withDescription("One row per order")
                .withChild(AssetNode.column("id", "BIGINT"))
                .withChild(AssetNode.column("amount", "DECIMAL(10,2)"));
        AssetNode lines = AssetNode.table("order_lines").withChild(AssetNode.column("order_id", "BIGINT"));
        return CatalogTree.empty().with(AssetNode.connection(service, Connector.MYSQL)
                .withChild(AssetNode.database("shop").withChild(AssetNode.schema("v1.2").withChild(orders).withChild(lines))));
    }

    public static String run(OpenMetadataClient client, String service) {
        OpenMetadataClientFutures om = client.java();
        OpenMetadataApplyResult applied = om.trees().apply(tree(service)).join();
        Table orders = om.entities().getByName(EntityKinds.TABLE, Fqn.build(service, "shop", "v1.2", "orders"), List.of("columns")).join();
        String tables;
        try (Stream<Table> listed = om.entities().list(EntityKinds.TABLE, Map.of("databaseSchema", Fqn.build(service, "shop", "v1.2")))) {
            tables = listed.map(Table::getName).sorted().collect(Collectors.joining(","));
        }
        return applied.getCreated() + " created; " + orders.getFullyQualifiedName() + " has " + orders.getColumns().size() + " columns; tables: " + tables;
    }

    public static void main(String[] args) {
        try (OpenMetadataClient client = OpenMetadataClient.fromEnv()) {
            System.out.println(run(client, args.length > 0 ? args[0] : "shop_mysql"));
        }
    }
}
