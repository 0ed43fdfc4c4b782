package dev.katalog.dsl.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.model.atlan.asset.Column;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.enums.CertificateStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Java sets a node's attributes through the typed setters of the node's type, with the type's builder. */
class TypedTreeJavaTest {
    private static final String CONNECTION = "default/snowflake/1700000000";

    private static CatalogTree treeWith(AssetNode table) {
        return CatalogTree.empty().with(AssetNode.connection("analytics", Connector.SNOWFLAKE).withAdminUsers("admin")
                .withChild(AssetNode.database("SALES").withChild(AssetNode.schema("PUBLIC").withChild(table))));
    }

    @Test
    void typedSettersReachTheCompiledAsset() {
        AssetNode orders = AssetNode.table("ORDERS")
                .with(Table.builder().rowCount(5L).ownerUsers(List.of("alice")).certificateStatus(CertificateStatus.VERIFIED))
                .withChild(AssetNode.column("ID", "NUMBER").with(Column.builder().isNullable(false)));
        CompiledTree compiled = treeWith(orders).compile(Map.of("analytics", CONNECTION));
        Table table = (Table) compiled.at("analytics/SALES/PUBLIC/ORDERS").getAsset();
        assertEquals(5L, table.getRowCount());
        assertEquals(List.of("alice"), table.getOwnerUsers());
        assertEquals(CertificateStatus.VERIFIED, table.getCertificateStatus());
        assertEquals(CONNECTION + "/SALES/PUBLIC/ORDERS", table.getQualifiedName());
        assertEquals(false, ((Column) compiled.at("analytics/SALES/PUBLIC/ORDERS/column[1]").getAsset()).isNullable());
    }

    @Test
    void aBuilderOfAnotherTypeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AssetNode.table("ORDERS").with(Column.builder().isNullable(true)));
        assertEquals("A table takes the attributes of a Table, not of a Column: use Table.builder()", e.getMessage());
    }

    @Test
    void whatTheTreeDecidesIsRefusedAtValidation() {
        AssetNode orders = AssetNode.table("ORDERS").with(Table.builder().qualifiedName("elsewhere/ORDERS").rowCount(5L));
        InvalidTreeException e = assertThrows(InvalidTreeException.class, () -> treeWith(orders).validate());
        assertEquals(1, e.getProblems().size());
        TreeProblem problem = e.getProblems().get(0);
        assertEquals("analytics/SALES/PUBLIC/ORDERS", problem.getPath());
        assertEquals("qualifiedName", problem.getAttribute());
        assertTrue(problem.getProblem().contains("the tree sets it from the node's place"), problem.getProblem());
    }
}
