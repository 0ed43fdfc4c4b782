package dev.katalog.client.readme;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.atlan.AtlanException;
import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Table;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Java client snippet of README.md: the region appears there verbatim (ReadmeClientSnippetsSpec checks it and runs it). */
public class ReadmeClientSnippetsJava {
    static List<String> tour(String baseUrl, String apiKey) {
        // region readme-java-client
        try (AtlanClient client = AtlanClient.builder().baseUrl(baseUrl).apiToken(apiKey).build()) {
            AtlanClientFutures atlan = client.java();
            long tables = atlan.search().count(FluentSearch.select(Table.class).toRequest()).join();
            try (Stream<Asset> stream = atlan.search().stream(FluentSearch.select(Table.class).where(Table.NAME.startsWith("ORD")))) {
                List<String> names = stream.map(Asset::getQualifiedName).collect(Collectors.toList());
                try {
                    atlan.assets().get(Table.TYPE, "default/snowflake/0/NOPE").join();
                } catch (CompletionException e) {
                    AtlanException.NotFound notFound = (AtlanException.NotFound) e.getCause();
                    names.add(notFound.getHint());
                }
                names.add(0, tables + " tables");
                return names;
            }
        }
        // endregion
    }
}
