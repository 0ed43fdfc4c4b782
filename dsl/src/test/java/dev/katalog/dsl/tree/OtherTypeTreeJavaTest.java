package dev.katalog.dsl.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.GenericAsset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Java declares an asset of a type the model does not know with {@code AssetNode.asset(typeName, name)}, its attributes by name. */
class OtherTypeTreeJavaTest {
    private static final String CONNECTION = "default/snowflake/1700000000";

    private static CatalogTree treeWith(AssetNode widget) {
        return CatalogTree.empty().with(AssetNode.connection("analytics", Connector.SNOWFLAKE).withAdminUsers("admin")
                .withChild(AssetNode.database("SALES").withChild(AssetNode.schema("PUBLIC").withChild(widget))));
    }

    @Test
    void anAssetOfAnUnknownTypeCompilesWithItsTypeNameAndItsAttributesByName() {
        AssetNode widget = AssetNode.asset("AcmeWidget", "gauge").withDescription("A gauge").withAttribute("acmeSize", 3).withAttribute("acmeLabels", List.of("a", "b"));
        CompiledTree compiled = treeWith(widget).compile(Map.of("analytics", CONNECTION));
        Asset asset = compiled.at("analytics/SALES/PUBLIC/gauge").getAsset();
        assertInstanceOf(GenericAsset.class, asset);
        assertEquals("AcmeWidget", asset.getTypeName());
        assertEquals(CONNECTION + "/SALES/PUBLIC/gauge", asset.getQualifiedName());
        assertEquals(CONNECTION, asset.getConnectionQualifiedName());
        assertEquals("snowflake", asset.getConnectorName());
        assertEquals("A gauge", asset.getDescription());
        assertEquals("3", asset.getAttributes().get("acmeSize").toString());
        assertEquals("[\"a\",\"b\"]", asset.getAttributes().get("acmeLabels").toString());
        assertEquals("AcmeWidget \"gauge\"", widget.toString());
    }

    @Test
    void whatTheTreeDecidesIsRefusedOnItToo() {
        AssetNode widget = AssetNode.asset("AcmeWidget", "gauge").withAttribute("qualifiedName", "elsewhere/gauge");
        InvalidTreeException e = assertThrows(InvalidTreeException.class, () -> treeWith(widget).validate());
        assertEquals(1, e.getProblems().size());
        assertEquals("analytics/SALES/PUBLIC/gauge", e.getProblems().get(0).getPath());
        assertEquals("qualifiedName", e.getProblems().get(0).getAttribute());
    }
}
