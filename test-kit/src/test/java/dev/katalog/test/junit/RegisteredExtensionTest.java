package dev.katalog.test.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.openmetadata.OpenMetadataClient;
import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.local.LocalCatalog;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.test.TestCatalog;
import dev.katalog.test.TestCatalogOptions;
import dev.katalog.test.TestNames;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered with options: a tree applied before the tests, every injectable type, the shared catalog. */
class RegisteredExtensionTest {
    // region readme-junit-register
    static final CatalogTree WAREHOUSE = CatalogTree.empty()
            .with(AssetNode.connection("warehouse", Connector.SNOWFLAKE).withAdminUsers("admin")
                    .withChild(AssetNode.database("RAW")
                            .withChild(AssetNode.schema("EVENTS")
                                    .withChild(AssetNode.table("CLICKS").withChild(AssetNode.column("AT", "TIMESTAMP"))))));

    @RegisterExtension
    static final LocalCatalogExtension KATALOG = new LocalCatalogExtension(TestCatalogOptions.builder().tree(WAREHOUSE).build());
    // endregion

    static long tablesBeforeAnyTest;

    @BeforeAll
    static void countBeforeTheTests(AtlanClient atlan) {
        tablesBeforeAnyTest = atlan.java().search().count(FluentSearch.select(Table.class).where(Table.NAME.eq("CLICKS")).toRequest()).join();
    }

    @Test
    void theTreeIsThereBeforeTheTests() {
        assertEquals(1L, tablesBeforeAnyTest);
    }

    @Test
    void injectsTheClientsAndTheCatalog(AtlanClient atlan, OpenMetadataClient openMetadata, LocalCatalog local, TestCatalog catalog) {
        assertEquals(local.getBaseUrl(), catalog.getBaseUrl());
        assertEquals(catalog.getAtlan(), atlan);
        assertEquals(catalog.getOpenMetadata(), openMetadata);
        assertEquals(local.getBaseUrl(), openMetadata.getOptions().getBaseUrl());
        assertEquals(local.getBaseUrl(), atlan.getOptions().getBaseUrl());
    }

    @Test
    void namesAreThisClasssOwn(TestNames names) {
        assertEquals("orders_registeredextensiontest_" + names.getRunId(), names.name("orders"));
        assertEquals(names.name("orders"), names.name("orders"));
        assertTrue(names.unique("orders").startsWith(names.name("orders") + "_"));
        assertEquals(6, names.getRunId().length());
    }

    @Test
    void sharesTheRunsCatalogWithTheOtherClasses(LocalCatalog catalog) {
        SeenCatalogs.record("junit", RegisteredExtensionTest.class, catalog);
        assertEquals(List.of(catalog.getBaseUrl()), SeenCatalogs.baseUrls("junit"), SeenCatalogs.census("junit"));
    }
}
