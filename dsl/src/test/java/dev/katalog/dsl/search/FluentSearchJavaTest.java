package dev.katalog.dsl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.search.IndexSearchRequest;
import dev.katalog.model.atlan.search.Query;
import dev.katalog.model.json.KatalogJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search builder and the generated field handles, used from Java. */
class FluentSearchJavaTest {
    @Test
    void buildsATypedSearchFluently() {
        IndexSearchRequest request = FluentSearch.select(Table.class)
                .where(Table.NAME.startsWith("ord"))
                .where(Predicates.or(Table.ROW_COUNT.gt(1000), Table.OWNER_USERS.within(List.of("alice"))))
                .whereNot(Table.CERTIFICATE_STATUS.eq("DEPRECATED"))
                .sort(Table.ROW_COUNT.desc())
                .include(Table.ROW_COUNT, Table.SCHEMA_NAME)
                .aggregate("rows", Table.ROW_COUNT.sum())
                .pageSize(50)
                .toRequest();

        assertEquals(50, request.getDsl().getSize());
        assertEquals(List.of("rowCount", "schemaName"), request.getAttributes());
        Query.Bool query = (Query.Bool) request.getDsl().getQuery();
        assertEquals(4, query.getFilter().size(), "status, type, prefix, or");
        Query.Prefix prefix = (Query.Prefix) query.getFilter().get(2);
        assertEquals("name.keyword", prefix.getField());
        assertEquals("ord", prefix.getValue());
        String json = KatalogJson.INSTANCE.encode(IndexSearchRequest.Companion.serializer(), request);
        assertTrue(json.contains("{\"rowCount\":{\"order\":\"desc\"}},{\"__guid\":{\"order\":\"asc\"}}"), json);
    }

    @Test
    void composesAsPyatlanFromJava() {
        Query a = Table.NAME.eq("a");
        Query b = Table.NAME.eq("b");
        Query c = Table.NAME.eq("c");
        Query.Bool aAndB = (Query.Bool) Predicates.and(a, b);
        assertEquals(List.of(a, b), aAndB.getFilter(), "a & b: two filters");
        assertEquals(null, aAndB.getMust());
        assertEquals(List.of(a, b, c), ((Query.Bool) Predicates.or(a, b, c)).getShould(), "a | b | c: one should list");
        assertEquals(a, Predicates.not(Predicates.not(a)), "~~a is a");
        Query.Bool aOrBAndC = (Query.Bool) Predicates.and(Predicates.or(a, b), c);
        assertEquals(List.of(c), aOrBAndC.getMust());
        assertEquals("1", aOrBAndC.getMinimumShouldMatch().getContent());
    }

    @Test
    void refusesASearchOverTheResultWindow() {
        InvalidSearchException e = assertThrows(InvalidSearchException.class,
                () -> FluentSearch.select().from(99_900).pageSize(300).toRequest());
        assertTrue(e.getMessage().contains("100000"), e.getMessage());
    }
}
