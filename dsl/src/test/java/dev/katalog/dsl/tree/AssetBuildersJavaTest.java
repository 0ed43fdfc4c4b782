package dev.katalog.dsl.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.model.atlan.asset.AtlasGlossary;
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm;
import dev.katalog.model.atlan.asset.Column;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.enums.CertificateStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Creators, updaters, trim-to-required and trees, from Java. */
class AssetBuildersJavaTest {
    private static final String SCHEMA = "default/snowflake/1700000000/SALES/PUBLIC";

    @Test
    void createsATableWithItsAncestors() {
        Table table = Table.creator("ORDERS", SCHEMA)
                .description("One row per order")
                .rowCount(42L)
                .certificateStatus(CertificateStatus.VERIFIED)
                .ownerUsers(List.of("alice"))
                .build();
        assertEquals(SCHEMA + "/ORDERS", table.getQualifiedName());
        assertEquals("SALES", table.getDatabaseName());
        assertEquals("default/snowflake/1700000000", table.getConnectionQualifiedName());
        assertEquals(42L, table.getRowCount());
        assertEquals(CertificateStatus.VERIFIED, table.getCertificateStatus());
        assertTrue(table.getGuid().startsWith("-"), "a placeholder guid");

        Column column = Column.creator("ID", Table.TYPE, table.getQualifiedName(), 1).dataType("NUMBER").build();
        assertEquals(1, column.getOrder());
        assertEquals(table.getQualifiedName(), column.getTableQualifiedName());
    }

    @Test
    void updatesOnlyWhatIsSet() {
        Table update = Table.updater(SCHEMA + "/ORDERS", "ORDERS").description("Changed").build();
        assertEquals(Map.of("qualifiedName", SCHEMA + "/ORDERS", "name", "ORDERS", "description", "Changed").keySet(),
                update.getAttributes().keySet());
    }

    @Test
    void trimsAFetchedAssetToWhatAnUpdateNeeds() {
        AtlasGlossary glossary = AtlasGlossary.refByGuid("g-1");
        AtlasGlossaryTerm term = AtlasGlossaryTerm.creator("ARR", glossary).description("Annual recurring revenue").guid("t-1").build();
        AtlasGlossaryTerm trimmed = AtlasGlossaryTerm.trimToRequired(term).build();
        assertEquals("t-1", trimmed.getGuid());
        assertEquals("ARR", trimmed.getName());
        assertEquals("g-1", trimmed.getAnchor().getGuid());
        assertNull(trimmed.getDescription());
    }

    @Test
    void buildsAndValidatesATree() {
        CatalogTree tree = CatalogTree.empty()
                .with(AssetNode.connection("analytics", Connector.SNOWFLAKE).withAdminUsers("admin")
                        .withChild(AssetNode.database("SALES").withChild(AssetNode.schema("PUBLIC")
                                .withChild(AssetNode.table("ORDERS").withDescription("One row per order")
                                        .withChild(AssetNode.column("ID", "NUMBER"))))))
                .with(AssetNode.glossary("Metrics").withChild(AssetNode.term("Revenue")));
        CompiledTree compiled = tree.compile(Map.of("analytics", "default/snowflake/1700000000"));
        assertEquals(7, compiled.getEntities().size());

        CatalogTree bad = CatalogTree.empty().with(AssetNode.connection("x", Connector.of("nope")));
        InvalidTreeException e = assertThrows(InvalidTreeException.class, bad::validate);
        assertEquals(2, e.getProblems().size());
    }
}
