package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.core.UsageException;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.calls.OpenMetadataException;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.client.openmetadata.entities.Include;
import dev.katalog.model.openmetadata.api.classification.CreateClassification;
import dev.katalog.model.openmetadata.api.classification.CreateTag;
import dev.katalog.model.openmetadata.api.data.CreateDatabase;
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema;
import dev.katalog.model.openmetadata.api.data.CreateTable;
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService;
import dev.katalog.model.openmetadata.api.teams.CreateUser;
import dev.katalog.model.openmetadata.entity.data.Table;
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType;
import dev.katalog.model.openmetadata.kinds.EntityKinds;
import dev.katalog.model.openmetadata.type.Column;
import dev.katalog.model.openmetadata.type.ColumnDataType;
import dev.katalog.model.openmetadata.type.EntityReference;
import dev.katalog.model.openmetadata.type.TagLabel;
import dev.katalog.model.openmetadata.type.TagSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The patch helpers from Java, through futures, against the local catalog with every request validated against the 1.4
 * schemas: as ometa's patch_mixin.py (ingestion/src/metadata/ingestion/ometa/mixins/patch_mixin.py), each reads the
 * fields it changes first; restore and delete by name as 1.4's EntityResource (`restoreEntity`, `deleteByName`).
 */
class OpenMetadataPatchHelpersJavaTest {
    @Test
    void patchesDescriptionsTagsAndOwnersThenDeletesAndRestores() throws Exception {
        String service = "java_ph_" + System.nanoTime();
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            EntitiesApiFutures om = client.java().entities();
            om.createOrUpdate(CreateDatabaseService.builder().name(service).serviceType(DatabaseServiceType.Mysql).build()).get();
            om.createOrUpdate(CreateDatabase.builder().name("db").service(service).build()).get();
            om.createOrUpdate(CreateDatabaseSchema.builder().name("s").database(service + ".db").build()).get();
            Table orders = om.createOrUpdate(CreateTable.builder().name("orders").databaseSchema(service + ".db.s").columns(List.of(
                    Column.builder().name("id").dataType(ColumnDataType.BIGINT).build())).build()).get();
            String fqn = orders.getFullyQualifiedName();

            assertEquals("Orders", om.patchDescription(EntityKinds.TABLE, orders.getId(), "Orders").get().getDescription());
            ExecutionException kept = assertThrows(ExecutionException.class, () -> om.patchDescription(EntityKinds.TABLE, orders.getId(), "Other").get());
            assertInstanceOf(UsageException.class, kept.getCause());
            assertEquals("Other", om.patchDescription(EntityKinds.TABLE, orders.getId(), "Other", true).get().getDescription());
            assertEquals("Key", om.patchColumnDescription(orders.getId(), "id", "Key").get().getColumns().get(0).getDescription());
            ExecutionException unknown = assertThrows(ExecutionException.class, () -> om.patchColumnDescription(orders.getId(), "price", "Price").get());
            assertTrue(((UsageException) unknown.getCause()).getProblem().contains("no column \"price\""));

            String classification = "JavaPatch" + System.nanoTime();
            om.createOrUpdate(CreateClassification.builder().name(classification).description("levels").build()).get();
            om.createOrUpdate(CreateTag.builder().name("High").classification(classification).description("high").build()).get();
            TagLabel high = TagLabel.builder().tagFQN(classification + ".High").source(TagSource.Classification)
                    .labelType(TagLabel.LabelType.Manual).state(TagLabel.State.Confirmed).build();
            assertEquals(1, om.addColumnTags(orders.getId(), "id", List.of(high)).get().getColumns().get(0).getTags().size());
            assertTrue(om.removeColumnTags(orders.getId(), "id", List.of(classification + ".High")).get().getColumns().get(0).getTags().isEmpty());

            String user = "java_owner_" + System.nanoTime();
            om.createOrUpdate(CreateUser.builder().name(user).email(user + "@example.com").build()).get();
            EntityReference owner = om.getEntityReference(EntityKinds.USER, user).get();
            assertEquals(owner.getId(), om.setOwner(orders, owner).get().getOwner().getId());
            assertNull(om.removeOwner(orders).get().getOwner());
            // The schema's owner shows on the table as inherited (1.4's TableRepository.setInheritedFields) until the table has its own.
            om.setOwner(om.getByName(EntityKinds.DATABASE_SCHEMA, service + ".db.s").get(), owner).get();
            EntityReference inherited = om.getById(EntityKinds.TABLE, orders.getId(), List.of("owner")).get().getOwner();
            assertEquals(List.of(owner.getId(), true), List.of(inherited.getId(), inherited.getInherited()));
            assertNull(om.setOwner(orders, owner).get().getOwner().getInherited());
            om.removeOwner(orders).get();
            assertEquals(true, om.getById(EntityKinds.TABLE, orders.getId(), List.of("owner")).get().getOwner().getInherited());

            om.deleteByName(EntityKinds.TABLE, fqn).get();
            assertFalse(om.findByName(EntityKinds.TABLE, fqn).get().isPresent());
            assertTrue(om.getByName(EntityKinds.TABLE, fqn, List.of(), Include.DELETED).get().getDeleted());
            try (Stream<Table> deleted = om.list(EntityKinds.TABLE, Map.of("databaseSchema", service + ".db.s"), List.of(), 10, Include.DELETED)) {
                assertEquals(List.of("orders"), deleted.map(Table::getName).collect(Collectors.toList()));
            }
            assertFalse(om.restore(EntityKinds.TABLE, orders.getId()).get().getDeleted());
            assertEquals(orders.getId(), om.getById(EntityKinds.TABLE, orders.getId()).get().getId());
            om.deleteByName(EntityKinds.TABLE, fqn, false, true).get();
            ExecutionException gone = assertThrows(ExecutionException.class, () -> om.getById(EntityKinds.TABLE, orders.getId(), List.of(), Include.ALL).get());
            assertInstanceOf(OpenMetadataException.NotFound.class, gone.getCause());
        }
    }
}
