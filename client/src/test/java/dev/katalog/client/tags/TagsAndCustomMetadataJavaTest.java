package dev.katalog.client.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.core.UsageException;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.names.CustomMetadataType;
import dev.katalog.client.tree.ApplyResult;
import dev.katalog.client.typedefs.AtlanTagColor;
import dev.katalog.client.typedefs.AtlanTagDefinition;
import dev.katalog.client.typedefs.CustomMetadataDefinition;
import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.Badge;
import dev.katalog.model.atlan.asset.Column;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Schema;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.asset.TagPropagation;
import dev.katalog.model.atlan.field.NumericField;
import dev.katalog.model.atlan.structs.BadgeCondition;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Tags and custom metadata by display names from Java: definitions, propagation, typed values, searches, errors. */
class TagsAndCustomMetadataJavaTest {
    @Test
    void tagsAndCustomMetadataByDisplayNames() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String tag = "Java PII " + run;
        String set = "Java Quality " + run;
        CatalogTree tree = CatalogTree.empty().with(AssetNode.connection("java-tags-" + run, Connector.POSTGRES).withAdminUsers("admin")
                .withChild(AssetNode.database("DB").withChild(AssetNode.schema("S")
                        .withChild(AssetNode.table("ORDERS").withTags("Internal").withChild(AssetNode.column("ID", "NUMBER")))
                        .withChild(AssetNode.table("CUSTOMERS")))));
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            ApplyResult applied = atlan.trees().apply(tree).get();
            String schemaQn = applied.getPlan().getConnections().get("java-tags-" + run) + "/DB/S";
            assertEquals(List.of("Internal"), atlan.tags().namesOf(atlan.assets().get(Table.TYPE, schemaQn + "/ORDERS").get()).get());

            atlan.typeDefs().create(AtlanTagDefinition.builder(tag).color(AtlanTagColor.YELLOW).build(),
                    CustomMetadataDefinition.builder(set).attribute("Score", CustomMetadataType.INTEGER).attribute("Note", CustomMetadataType.TEXT).build()).get();
            atlan.tags().add(Schema.TYPE, schemaQn, List.of(tag), TagPropagation.FULL).get();
            long columns = atlan.search().count(FluentSearch.select(Column.class).where(Column.SCHEMA_QUALIFIED_NAME.eq(schemaQn)).tagged(tag).toRequest()).get();
            assertEquals(1, columns);
            AssetTag copy = atlan.tags().tagsOf(atlan.assets().get(Column.TYPE, schemaQn + "/ORDERS/ID").get()).get().get(0);
            assertEquals(tag, copy.getName());
            assertEquals(false, copy.getDirect());

            TagPropagation restricted = TagPropagation.builder().propagate(true).restrictPropagationThroughHierarchy(true).build();
            atlan.tags().update(Schema.TYPE, schemaQn, List.of(tag), restricted).get();
            assertEquals(0, atlan.search().count(FluentSearch.select(Column.class).where(Column.SCHEMA_QUALIFIED_NAME.eq(schemaQn)).tagged(tag).toRequest()).get());
            assertEquals(restricted, atlan.tags().tagsOf(atlan.assets().get(Schema.TYPE, schemaQn).get()).get().get(0).getPropagation());
            atlan.tags().update(Schema.TYPE, schemaQn, List.of(tag), TagPropagation.FULL).get();
            assertEquals(1, atlan.search().count(FluentSearch.select(Column.class).where(Column.SCHEMA_QUALIFIED_NAME.eq(schemaQn)).tagged(tag).toRequest()).get());

            atlan.customMetadata().update(Table.TYPE, schemaQn + "/ORDERS", set, Map.of("Score", 7)).get();
            atlan.customMetadata().update(Table.TYPE, schemaQn + "/CUSTOMERS", set, Map.of("Score", 42)).get();
            assertEquals(7L, atlan.customMetadata().read(atlan.assets().get(Table.TYPE, schemaQn + "/ORDERS").get(), set).get().get("Score"));
            atlan.customMetadata().update(Table.TYPE, schemaQn + "/ORDERS", set, Map.of("Note", "checked")).get();
            assertEquals(Map.of("Score", 7L, "Note", "checked"), atlan.customMetadata().read(atlan.assets().get(Table.TYPE, schemaQn + "/ORDERS").get(), set).get().getValues());
            atlan.customMetadata().replace(Table.TYPE, schemaQn + "/ORDERS", set, Map.of("Score", 8)).get();
            assertEquals(Map.of("Score", 8L), atlan.customMetadata().read(atlan.assets().get(Table.TYPE, schemaQn + "/ORDERS").get(), set).get().getValues());
            atlan.customMetadata().remove(Table.TYPE, schemaQn + "/ORDERS", set).get();
            assertEquals(Map.of(), atlan.customMetadata().read(atlan.assets().get(Table.TYPE, schemaQn + "/ORDERS").get(), set).get().getValues());
            atlan.customMetadata().update(Table.TYPE, schemaQn + "/ORDERS", set, Map.of("Score", 7)).get();
            NumericField score = atlan.customMetadata().numericField(set, "Score").get();
            long high = atlan.search().count(FluentSearch.select(Table.class).where(Table.SCHEMA_QUALIFIED_NAME.eq(schemaQn)).where(score.gt(10)).toRequest()).get();
            assertEquals(1, high);

            Badge.Builder badge = atlan.customMetadata().badge("Score", set, "Score", List.of(new BadgeCondition(">=", "5", "#047960"))).get();
            String key = atlan.customMetadata().idFor(set).get() + "." + atlan.customMetadata().attribute(set, "Score").get().getId();
            atlan.assets().save(badge.build()).get();
            Badge saved = atlan.assets().get(Badge.TYPE, "badges/global/" + key).get();
            assertEquals(key, saved.getBadgeMetadataAttribute());

            ExecutionException wrongType = assertThrows(ExecutionException.class,
                    () -> atlan.customMetadata().update(Table.TYPE, schemaQn + "/ORDERS", set, Map.of("Score", "many")).get());
            UsageException usage = assertInstanceOf(UsageException.class, wrongType.getCause());
            assertEquals("Custom metadata attribute \"" + set + "\" > \"Score\" takes a whole number (Int or Long), not the String \"many\"", usage.getProblem());
            ExecutionException unknown = assertThrows(ExecutionException.class, () -> atlan.tags().idFor("Confidentail").get());
            assertTrue(assertInstanceOf(UsageException.class, unknown.getCause()).getFix().contains("\"Confidential\""));
        }
    }
}
