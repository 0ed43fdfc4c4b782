package com.example.catalog;

import dev.katalog.local.LocalCatalog;
import dev.katalog.test.junit.KatalogTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Kotlin and the Java program, built against Katalog's published artifacts, run against the run's local catalog. */
@KatalogTest
class ProgramsTest {
    @Test
    void kotlinAndJavaProgramsSeeTheSameTables(LocalCatalog catalog) {
        String connection = "consumer-" + System.nanoTime();
        List<String> found = FindTablesKt.findTables(catalog.getBaseUrl(), catalog.getApiToken(), connection);
        assertEquals(2, found.size(), found.toString());
        String connectionQn = found.get(0).substring(0, found.get(0).indexOf("/SALES/"));
        assertEquals(List.of(connectionQn + "/SALES/PUBLIC/CUSTOMERS: -", connectionQn + "/SALES/PUBLIC/ORDERS: One row per order"), found);

        assertEquals(List.of("2 tables", "CUSTOMERS", "ORDERS"), CountTables.run(catalog.getBaseUrl(), catalog.getApiToken(), connectionQn));
    }
}
