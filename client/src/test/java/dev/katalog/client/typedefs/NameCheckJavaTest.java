package dev.katalog.client.typedefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.core.UsageException;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.model.atlan.asset.Table;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** From Java, a misspelt include fails the future with the UsageException that names the close attribute. */
class NameCheckJavaTest {
    @Test
    void aMisspeltIncludeFailsWithTheCloseName() {
        try (AtlanClient client = SharedCatalog.client()) {
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> client.java().search().page(FluentSearch.select(Table.class).include("rowCont")).get());
            UsageException usage = assertInstanceOf(UsageException.class, failure.getCause());
            assertEquals("No type has the attribute \"rowCont\" the search asks to include", usage.getProblem());
            assertTrue(usage.getFix().contains("\"rowCount\""), usage.getFix());
        }
    }
}
