package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.core.UsageException;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.customproperties.CustomPropertiesApiFutures;
import dev.katalog.client.openmetadata.customproperties.CustomPropertyDefinition;
import dev.katalog.client.openmetadata.customproperties.CustomPropertyValues;
import dev.katalog.client.openmetadata.customproperties.CustomValue;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.model.openmetadata.api.data.CreateDatabase;
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema;
import dev.katalog.model.openmetadata.api.data.CreateTable;
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService;
import dev.katalog.model.openmetadata.entity.Type;
import dev.katalog.model.openmetadata.entity.data.Table;
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType;
import dev.katalog.model.openmetadata.kinds.EntityKinds;
import dev.katalog.model.openmetadata.type.Column;
import dev.katalog.model.openmetadata.type.ColumnDataType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Custom properties from Java through CustomPropertiesApiFutures, against the local catalog with every request validated
 * against the 1.4 schemas (TypeRepository and EntityRepository.validateExtension of openmetadata-service 1.4 are what the
 * catalog follows; see OpenMetadataCustomPropertiesSpec).
 */
class OpenMetadataCustomPropertiesJavaTest {
    @Test
    void propertiesAddedValuesSetReadAndRemoved() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        String service = "java_cp_" + suffix;
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            EntitiesApiFutures om = client.java().entities();
            CustomPropertiesApiFutures properties = client.java().customProperties();
            om.createOrUpdate(CreateDatabaseService.builder().name(service).serviceType(DatabaseServiceType.Mysql).build()).get();
            om.createOrUpdate(CreateDatabase.builder().name("db").service(service).build()).get();
            om.createOrUpdate(CreateDatabaseSchema.builder().name("s").database(service + ".db").build()).get();
            Table orders = om.createOrUpdate(CreateTable.builder().name("orders").databaseSchema(service + ".db.s").columns(List.of(
                    Column.builder().name("id").dataType(ColumnDataType.BIGINT).build())).build()).get();

            String owner = "javaOwner" + suffix;
            String grade = "javaGrade" + suffix;
            assertTrue(properties.propertyTypes().get().stream().map(Type::getName).anyMatch("markdown"::equals));
            properties.addProperty(EntityKinds.TABLE, CustomPropertyDefinition.of(owner, "string", "Owning desk")).get();
            Type table = properties.addProperty(EntityKinds.TABLE, CustomPropertyDefinition.enumeration(grade, "Grade", List.of("A", "B"))).get();
            assertTrue(table.getCustomProperties().stream().anyMatch(p -> p.getName().equals(grade)));

            properties.setValues(orders, Map.of(owner, CustomValue.of("Rates"), grade, CustomValue.enumOf("B"))).get();
            CustomPropertyValues values = properties.values(orders).get();
            assertEquals("Rates", values.string(owner));
            assertEquals(List.of("B"), values.enumValues(grade));

            ExecutionException bad = assertThrows(ExecutionException.class, () -> properties.setValue(orders, grade, CustomValue.enumOf("C")).get());
            assertInstanceOf(UsageException.class, bad.getCause());
            assertTrue(bad.getCause().getMessage().contains(grade));

            properties.removeValue(orders, owner).get();
            assertNull(properties.values(orders).get().string(owner));
            assertEquals(List.of("B"), properties.values(orders).get().enumValues(grade));
        }
    }
}
