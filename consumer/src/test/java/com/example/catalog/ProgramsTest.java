package com.example.catalog;

import dev.katalog.local.LocalCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Kotlin and the Java program, built against Katalog's published artifacts, run against a local catalog. */
class ProgramsTest {
    private static LocalCatalog catalog;

    @BeforeAll
    static void start() {
        catalog = LocalCatalog.builder().build().start();
    }

    @AfterAll
    static void stop() {
        catalog.close();
    }

    @Test
    void kotlinAndJavaProgramsSeeTheSameTables() {
        String connection = "consumer-" + System.nanoTime();
        List<String> found = FindTablesKt.findTables(catalog.getBaseUrl(), catalog.getApiToken(), connection);
        assertEquals(2, found.size(), found.toString());
        String connectionQn = found.get(0).substring(0, found.get(0).indexOf("/SALES/"));
        assertEquals(List.of(connectionQn + "/SALES/PUBLIC/CUSTOMERS: -", connectionQn + "/SALES/PUBLIC/ORDERS: One row per order"), found);

        assertEquals(List.of("2 tables", "CUSTOMERS", "ORDERS"), CountTables.run(catalog.getBaseUrl(), catalog.getApiToken(), connectionQn));
    }
}
