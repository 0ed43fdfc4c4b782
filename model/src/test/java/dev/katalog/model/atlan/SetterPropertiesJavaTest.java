package dev.katalog.model.atlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.model.atlan.asset.Table;
import org.junit.jupiter.api.Test;

/** From Java, the setter properties are getRowCount/setRowCount next to the fluent rowCount, and attribute names are on Table.TYPE. */
class SetterPropertiesJavaTest {
    @Test
    void fluentSettersAndPropertyAccessorsBothWork() {
        Table.Builder builder = Table.updater("default/snowflake/1/DB/PUBLIC/ORDERS", "ORDERS").rowCount(5L);
        assertEquals(5L, builder.getRowCount());
        builder.setRowCount(6L);
        builder.setDescription("Orders");
        assertNull(builder.getColumnCount());
        Table table = builder.build();
        assertEquals(6L, table.getRowCount());
        assertEquals("Orders", table.getDescription());
    }

    @Test
    void attributeNamesAreReachableFromTheType() {
        assertEquals("long", Table.TYPE.getAttributeTypes().get("rowCount"));
        assertTrue(Table.TYPE.hasAttribute("qualifiedName"));
        assertFalse(Table.TYPE.getAttributeNames().contains("rowCont"));
    }
}
