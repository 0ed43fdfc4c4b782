package com.example.catalog;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Counts and names the tables of a connection through futures and a stream: the smallest Java program. */
public final class CountTables {
    private CountTables() {
    }

    public static List<String> run(String baseUrl, String apiToken, String connectionQualifiedName) {
        try (AtlanClient client = AtlanClient.builder().baseUrl(baseUrl).apiToken(apiToken).build()) {
            AtlanClientFutures atlan = client.java();
            FluentSearch tables = FluentSearch.select(Table.class)
                    .where(Table.CONNECTION_QUALIFIED_NAME.eq(connectionQualifiedName))
                    .sort(Table.NAME.asc());
            List<String> lines = new ArrayList<>();
            lines.add(atlan.search().count(tables.toRequest()).join() + " tables");
            try (Stream<Asset> stream = atlan.search().stream(tables)) {
                lines.addAll(stream.map(Asset::getName).collect(Collectors.toList()));
            }
            return lines;
        }
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CountTables BASE_URL API_TOKEN CONNECTION_QUALIFIED_NAME");
        }
        run(args[0], args[1], args[2]).forEach(System.out::println);
    }
}
