package dev.katalog.test.junit;

import dev.katalog.local.LocalCatalog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The catalogs the test classes (or specs) of one framework were given in this run, so that each can check they
 * are one and the same.
 */
public final class SeenCatalogs {
    private static final Map<String, Map<Class<?>, LocalCatalog>> SEEN = new ConcurrentHashMap<>();

    private SeenCatalogs() {
    }

    public static void record(String framework, Class<?> testClass, LocalCatalog catalog) {
        SEEN.computeIfAbsent(framework, key -> new ConcurrentHashMap<>()).put(testClass, catalog);
    }

    /** The distinct base URLs the framework's classes were given so far. */
    public static List<String> baseUrls(String framework) {
        return SEEN.getOrDefault(framework, Map.of()).values().stream().map(LocalCatalog::getBaseUrl).distinct().collect(Collectors.toList());
    }

    /** How many classes recorded one and how many distinct catalog objects they were given. */
    public static String census(String framework) {
        Map<Class<?>, LocalCatalog> seen = SEEN.getOrDefault(framework, Map.of());
        return seen.size() + " classes, " + seen.values().stream().map(System::identityHashCode).distinct().count() + " catalogs";
    }
}
