package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.atlan.AtlanException;
import dev.katalog.client.atlan.DeleteType;
import dev.katalog.client.lineage.GraphDirection;
import dev.katalog.dsl.lineage.FluentLineage;
import dev.katalog.dsl.lineage.InvalidLineageException;
import dev.katalog.dsl.lineage.LineageField;
import dev.katalog.model.atlan.api.LineageGraph;
import dev.katalog.model.atlan.api.LineageListResponse;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Connection;
import dev.katalog.model.atlan.asset.Database;
import dev.katalog.model.atlan.asset.Process;
import dev.katalog.model.atlan.asset.Schema;
import dev.katalog.model.atlan.asset.Table;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Lineage from Java: a three-hop pipeline saved with creators, walked with FluentLineage, a process deleted, bad input refused. */
class LineageJavaTest {
    @Test
    void recordsWalksAndDeletesLineage() throws Exception {
        String connection = "default/snowflake/" + (System.nanoTime() / 1000);
        String schema = connection + "/DB/S";
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            atlan.assets().save(Connection.creator("lineage-java", "snowflake", connection).adminUsers(List.of("admin")).build()).get();
            atlan.assets().save(Database.creator("DB", connection).build()).get();
            atlan.assets().save(Schema.creator("S", connection + "/DB").build()).get();
            for (int t = 0; t <= 3; t++) atlan.assets().save(Table.creator("T" + t, schema).build()).get();
            String[] processes = new String[4];
            for (int p = 1; p <= 3; p++) {
                Process process = Process.creator("P" + p, connection,
                        List.of(Table.refByQualifiedName(schema + "/T" + (p - 1))), List.of(Table.refByQualifiedName(schema + "/T" + p)), "job-" + p)
                    .sql("insert into T" + p + " select * from T" + (p - 1)).build();
                processes[p] = atlan.assets().save(process).get().getCreated().get(0).getGuid();
            }
            String start = atlan.assets().get(Table.TYPE, schema + "/T0").get().getGuid();

            assertEquals(List.of("P1", "T1", "P2", "T2", "P3", "T3"), names(atlan.lineage().stream(start, l -> l.pageSize(4))));
            assertEquals(List.of("P1", "T1"), names(atlan.lineage().stream(FluentLineage.from(start).depth(1))));
            String last = atlan.assets().get(Table.TYPE, schema + "/T3").get().getGuid();
            assertEquals(List.of("P3", "T2", "P2", "T1"), names(atlan.lineage().stream(last, l -> l.upstream().depth(2))));
            assertEquals(List.of("T1", "T3"), names(atlan.lineage().stream(start, l -> l.includeInResults(LineageField.of(Asset.NAME).eq("T1"))
                    .includeInResults(LineageField.of(Asset.NAME).eq("T3")).resultsMatch(dev.katalog.dsl.lineage.LineageMatch.ANY))));
            assertEquals(List.of("T1", "T2", "T3"), names(atlan.lineage().impact(atlan.assets().get(Table.TYPE, schema + "/T0").get())));

            LineageListResponse page = atlan.lineage().page(FluentLineage.from(start).pageSize(2).toRequest()).get();
            assertEquals(2, page.getEntities().size());
            assertEquals(Boolean.TRUE, page.getHasMore());

            LineageGraph graph = atlan.lineage().graph(start, GraphDirection.DOWNSTREAM, 0).get();
            assertEquals(List.of("T1", "T2", "T3"), graph.downstream().stream().map(Asset::getName).collect(Collectors.toList()));
            assertEquals(List.of(processes[1]), graph.successors(start));

            atlan.assets().delete(List.of(processes[2]), DeleteType.PURGE).get();
            assertEquals(List.of("P1", "T1"), names(atlan.lineage().stream(start, l -> { })));

            InvalidLineageException depth = assertThrows(InvalidLineageException.class, () -> FluentLineage.from(start).depth(0));
            assertTrue(depth.getMessage().contains(start), depth.getMessage());
            ExecutionException missing = assertThrows(ExecutionException.class, () -> atlan.assets().save(Process.creator("ghost", connection,
                    List.of(Table.refByQualifiedName(schema + "/NOPE")), List.of(Table.refByQualifiedName(schema + "/T1"))).build()).get());
            AtlanException.NotFound notFound = assertInstanceOf(AtlanException.NotFound.class, missing.getCause());
            assertTrue(notFound.getMessage().contains(schema + "/NOPE"), notFound.getMessage());
        }
    }

    private static List<String> names(Stream<Asset> assets) {
        try (assets) {
            return assets.map(Asset::getName).collect(Collectors.toList());
        }
    }
}
