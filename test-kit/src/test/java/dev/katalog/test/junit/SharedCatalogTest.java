package dev.katalog.test.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.katalog.local.LocalCatalog;
import dev.katalog.test.TestCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A second test class of the run, registering the extension with @ExtendWith: it gets the same catalog as the others. */
@ExtendWith(LocalCatalogExtension.class)
class SharedCatalogTest {
    @Test
    void sharesTheRunsCatalogWithTheOtherClasses(LocalCatalog catalog, TestCatalog mine) {
        SeenCatalogs.record("junit", SharedCatalogTest.class, catalog);
        assertEquals(List.of(catalog.getBaseUrl()), SeenCatalogs.baseUrls("junit"), SeenCatalogs.census("junit"));
        assertEquals("sharedcatalogtest_" + mine.getNames().getRunId(), mine.getNames().getPrefix());
    }
}
