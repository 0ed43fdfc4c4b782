package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.atlan.AtlanException;
import dev.katalog.client.tree.ApplyResult;
import dev.katalog.client.tree.TreePlan;
import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Column;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Table;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The client from Java: a tree built with the Java API, applied; searches, streams, updates, a typed error. */
class JavaClientTest {
    @Test
    void appliesSearchesStreamsAndUpdates() throws Exception {
        String connection = "java-" + System.nanoTime();
        AssetNode table = AssetNode.table("ORDERS").withDescription("One row per order");
        for (int c = 1; c <= 5; c++) table = table.withChild(AssetNode.column("C" + c, "NUMBER"));
        CatalogTree tree = CatalogTree.empty().with(AssetNode.connection(connection, Connector.POSTGRES).withAdminUsers("admin")
                .withChild(AssetNode.database("DB").withChild(AssetNode.schema("PUBLIC").withChild(table))));

        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            ApplyResult applied = atlan.trees().apply(tree).get();
            assertEquals(9, applied.getCreated());
            TreePlan again = atlan.trees().plan(tree).get();
            assertTrue(again.isEmpty(), again.render());

            String connectionQn = again.getConnections().get(connection);
            String tableQn = connectionQn + "/DB/PUBLIC/ORDERS";
            Table found = atlan.assets().get(Table.TYPE, tableQn).get();
            assertEquals("One row per order", found.getDescription());

            long count = atlan.search().count(FluentSearch.select(Column.class).where(Column.TABLE_QUALIFIED_NAME.eq(tableQn)).toRequest()).get();
            assertEquals(5, count);
            try (Stream<Asset> columns = atlan.search().stream(FluentSearch.select(Column.class).where(Column.TABLE_QUALIFIED_NAME.eq(tableQn)).pageSize(2))) {
                List<String> names = columns.map(Asset::getName).sorted().collect(Collectors.toList());
                assertEquals(List.of("C1", "C2", "C3", "C4", "C5"), names);
            }

            atlan.assets().save(Table.updater(tableQn, "ORDERS").description("Orders").build()).get();
            assertEquals("Orders", atlan.assets().get(Table.TYPE, tableQn).get().getDescription());
            assertTrue(atlan.assets().find(Table.TYPE, tableQn + "_MISSING").get().isEmpty());

            ExecutionException failure = assertThrows(ExecutionException.class, () -> atlan.assets().get(Table.TYPE, tableQn + "_MISSING").get());
            AtlanException.NotFound notFound = assertInstanceOf(AtlanException.NotFound.class, failure.getCause());
            assertEquals(404, notFound.getStatus());
        }
    }
}
