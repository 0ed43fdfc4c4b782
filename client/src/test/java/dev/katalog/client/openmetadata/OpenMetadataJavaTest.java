package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.it.SharedCatalog;
import dev.katalog.model.openmetadata.EntityKinds;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The OpenMetadata client from Java: requests built with builders, sent through futures, read back, listed as a Stream, a typed error. */
class OpenMetadataJavaTest {
    @Test
    void createsReadsListsAndFails() throws Exception {
        String service = "java_om_" + System.nanoTime();
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            OpenMetadataClientFutures om = client.java();
            om.createOrUpdate(CreateDatabaseService.builder().name(service).serviceType(DatabaseServiceType.Mysql).build()).get();
            om.createOrUpdate(CreateDatabase.builder().name("shop").service(service).build()).get();
            om.createOrUpdate(CreateDatabaseSchema.builder().name("a.b").database(Fqn.build(service, "shop")).build()).get();
            for (String name : List.of("orders", "order_lines")) {
                Table created = om.create(CreateTable.builder().name(name).databaseSchema(Fqn.build(service, "shop", "a.b"))
                        .columns(List.of(Column.builder().name("id").dataType(ColumnDataType.BIGINT).build())).build()).get();
                assertEquals(Fqn.build(service, "shop", "a.b", name), created.getFullyQualifiedName());
            }

            Table orders = om.getByName(EntityKinds.TABLE, Fqn.build(service, "shop", "a.b", "orders"), List.of("columns")).get();
            assertEquals(ColumnDataType.BIGINT, orders.getColumns().get(0).getDataType());
            assertTrue(om.findByName(EntityKinds.TABLE, Fqn.build(service, "shop", "a.b", "nope"), List.of()).get().isEmpty());

            try (Stream<Table> tables = om.list(EntityKinds.TABLE, Map.of("databaseSchema", Fqn.build(service, "shop", "a.b")), List.of())) {
                assertEquals(List.of("order_lines", "orders"), tables.map(Table::getName).sorted().collect(Collectors.toList()));
            }

            ExecutionException duplicate = assertThrows(ExecutionException.class, () -> om.create(CreateTable.builder().name("orders")
                    .databaseSchema(Fqn.build(service, "shop", "a.b")).columns(List.of()).build()).get());
            assertInstanceOf(OpenMetadataException.Conflict.class, duplicate.getCause());
        }
    }

    @Test
    void aBuilderNamesTheMissingRequiredField() {
        MissingFieldException e = assertThrows(MissingFieldException.class, () -> CreateTable.builder().name("t").columns(List.of()).build());
        assertEquals("databaseSchema", e.getField());
    }
}
