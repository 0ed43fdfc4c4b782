package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.calls.OpenMetadataException;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.client.openmetadata.search.OpenMetadataFields;
import dev.katalog.model.openmetadata.kinds.EntityKinds;
import dev.katalog.model.openmetadata.Fqn;
import dev.katalog.model.openmetadata.MissingFieldException;
import dev.katalog.model.openmetadata.api.data.CreateDatabase;
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema;
import dev.katalog.model.openmetadata.api.data.CreateTable;
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService;
import dev.katalog.model.openmetadata.entity.data.Table;
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType;
import dev.katalog.model.openmetadata.type.Column;
import dev.katalog.model.openmetadata.type.ColumnDataType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenMetadata client from Java: requests built with builders, sent through futures, read back, listed as a
 * Stream, patched three ways, versions, lineage, a search with a Consumer, a per-call timeout, and a typed error.
 */
class OpenMetadataJavaTest {
    @Test
    void createsReadsListsPatchesAndFails() throws Exception {
        String service = "java_om_" + System.nanoTime();
        String schema = Fqn.build(service, "shop", "a.b");
        Function<String, String> table = name -> Fqn.build(service, "shop", "a.b", name);
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            assertEquals("1.4.0", client.java().withTimeout(Duration.ofSeconds(30)).system().version().get().getVersion());
            EntitiesApiFutures om = client.java().entities();
            om.createOrUpdate(CreateDatabaseService.builder().name(service).serviceType(DatabaseServiceType.Mysql).build()).get();
            om.createOrUpdate(CreateDatabase.builder().name("shop").service(service).build()).get();
            om.createOrUpdate(CreateDatabaseSchema.builder().name("a.b").database(Fqn.build(service, "shop")).build()).get();
            for (String name : List.of("orders", "order_lines")) {
                Table created = om.create(CreateTable.builder().name(name).databaseSchema(schema)
                        .columns(List.of(Column.builder().name("id").dataType(ColumnDataType.BIGINT).build())).build()).get();
                assertEquals(table.apply(name), created.getFullyQualifiedName());
            }

            Table orders = om.getByName(EntityKinds.TABLE, table.apply("orders"), List.of("columns")).get();
            assertEquals(ColumnDataType.BIGINT, orders.getColumns().get(0).getDataType());
            assertTrue(om.findByName(EntityKinds.TABLE, table.apply("nope")).get().isEmpty());
            assertEquals("orders", om.findById(EntityKinds.TABLE, orders.getId()).get().orElseThrow().getName());

            try (Stream<Table> tables = om.list(EntityKinds.TABLE, Map.of("databaseSchema", schema))) {
                assertEquals(List.of("order_lines", "orders"), tables.map(Table::getName).sorted().collect(Collectors.toList()));
            }

            // A patch built with a Consumer, then patch(original, modified) back to the original: two new versions.
            Table described = om.patch(orders, p -> p.add("/description", "One row per order")).get();
            assertEquals("One row per order", described.getDescription());
            Table reverted = om.patch(described, orders).get();
            assertEquals(null, reverted.getDescription());
            List<Table> versions = om.versions(EntityKinds.TABLE, orders.getId()).get();
            assertEquals(3, versions.size());
            String middle = String.valueOf(versions.get(1).getVersion());
            assertEquals("One row per order", om.version(EntityKinds.TABLE, orders.getId(), middle).get().getDescription());

            Table lines = om.getByName(EntityKinds.TABLE, table.apply("order_lines")).get();
            client.java().lineage().add(orders, lines, "split per line").get();
            assertEquals(lines.getId(), client.java().lineage().get(EntityKinds.TABLE, orders.getFullyQualifiedName(), 0, 1).get()
                    .getDownstreamEdges().get(0).getToEntity());
            assertEquals(lines.getId(), client.java().lineage().getById(EntityKinds.TABLE, orders.getId(), 0, 1).get()
                    .getDownstreamEdges().get(0).getToEntity());

            // The index follows writes shortly after: poll with a deadline.
            long deadline = System.nanoTime() + 20_000_000_000L;
            long found;
            do {
                found = client.java().search().page(EntityKinds.TABLE, s -> s.where(OpenMetadataFields.SERVICE.eq(service)).size(10)).get().getHits().size();
                if (found == 2 || System.nanoTime() > deadline) break;
                Thread.sleep(200);
            } while (true);
            assertEquals(2, found);

            ExecutionException duplicate = assertThrows(ExecutionException.class, () -> om.create(CreateTable.builder().name("orders")
                    .databaseSchema(schema).columns(List.of()).build()).get());
            assertInstanceOf(OpenMetadataException.Conflict.class, duplicate.getCause());
        }
    }

    @Test
    void aBuilderNamesTheMissingRequiredField() {
        MissingFieldException e = assertThrows(MissingFieldException.class, () -> CreateTable.builder().name("t").columns(List.of()).build());
        assertEquals("databaseSchema", e.getField());
    }
}
