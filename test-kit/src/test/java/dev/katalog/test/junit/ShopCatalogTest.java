package dev.katalog.test.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.katalog.client.AtlanClient;
import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Table;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The annotation: a definition file applied before the tests, clients injected; the README shows this class. */
// region readme-junit
@KatalogTest(definitions = "src/test/resources/shop.catalog.kts")
class ShopCatalogTest {
    @Test
    void findsTheOrdersTable(AtlanClient atlan) {
        try (Stream<Asset> tables = atlan.java().search().stream(FluentSearch.select(Table.class).where(Table.NAME.eq("ORDERS")))) {
            List<String> names = tables.map(Asset::getQualifiedName)
                    .filter(name -> name.endsWith("/SHOP/SALES/ORDERS"))
                    .collect(Collectors.toList());
            assertEquals(1, names.size(), "tables found: " + names);
        }
    }
}
// endregion
