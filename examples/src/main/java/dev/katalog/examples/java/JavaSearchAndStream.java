package dev.katalog.examples.java;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.search.AggregationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** Search, count, aggregate and stream from Java: futures for single answers, a Stream for many. */
public final class JavaSearchAndStream {
    private JavaSearchAndStream() {}

    public static List<String> run(AtlanClient client) {
        AtlanClientFutures atlan = client.java();
        // Two independent calls run concurrently; join() waits for both.
        CompletableFuture<Long> tables = atlan.search().count(FluentSearch.select(Table.class).toRequest());
        CompletableFuture<Map<String, AggregationResult>> rows = atlan.search().aggregate(
                FluentSearch.select(Table.class).aggregate("rows", Table.ROW_COUNT.sum()).toRequest());
        List<String> lines = new ArrayList<>();
        lines.add(tables.join() + " tables, " + rows.join().get("rows").getValue().longValue() + " rows in all");
        // Close the stream (try-with-resources) to stop paging early.
        try (Stream<Asset> big = atlan.search().stream(FluentSearch.select(Table.class).where(Table.ROW_COUNT.gt(1_000_000)))) {
            big.limit(10).forEach(asset -> lines.add(asset.getQualifiedName()));
        }
        return lines;
    }

    public static void main(String[] args) {
        try (AtlanClient client = AtlanClient.fromEnv()) {
            run(client).forEach(System.out::println);
        }
    }
}
