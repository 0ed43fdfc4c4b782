package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.assets.Announcement;
import dev.katalog.client.assets.AnnouncementType;
import dev.katalog.client.assets.CertificateStatuses;
import dev.katalog.client.assets.ReadOptions;
import dev.katalog.client.core.UsageException;
import dev.katalog.client.glossary.CategoryHierarchy;
import dev.katalog.client.glossary.CategoryNode;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm;
import dev.katalog.model.atlan.asset.Column;
import dev.katalog.model.atlan.asset.Connection;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Readme;
import dev.katalog.model.atlan.asset.ReadmeContent;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.asset.TermAssignment;
import dev.katalog.model.atlan.enums.CertificateStatus;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Curation from Java: certificates, announcements, terms by name, the category hierarchy, chosen reads, bad input. */
class JavaCurationTest {
    @Test
    void curatesFromJava() throws Exception {
        String run = "java-curation-" + System.nanoTime();
        CatalogTree tree = CatalogTree.empty()
                .with(AssetNode.connection(run, Connector.POSTGRES).withAdminUsers("admin")
                        .withChild(AssetNode.database("DB").withChild(AssetNode.schema("PUBLIC").withChild(AssetNode.table("ORDERS"))
                                .withChild(AssetNode.table("RETURNS")).withChild(AssetNode.table("REFUNDS")))))
                .with(AssetNode.glossary("Glossary " + run)
                        .withChild(AssetNode.category("Metrics").withChild(AssetNode.category("Revenue KPIs")))
                        .withChild(AssetNode.term("Revenue"))
                        .withChild(AssetNode.term("Margin")))
                .with(AssetNode.glossary("Other " + run).withChild(AssetNode.term("Margin")));
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            assertTrue(atlan.trees().apply(tree).get().getSucceeded());
            List<Connection> connections = atlan.assets().findConnections(run, Connector.POSTGRES).get();
            assertEquals(1, connections.size());
            String tableQn = connections.get(0).getQualifiedName() + "/DB/PUBLIC/ORDERS";

            atlan.assets().certify(Table.TYPE, tableQn, CertificateStatuses.of("verified"), "Checked").get();
            Table certified = atlan.assets().get(Table.TYPE, tableQn).get();
            assertEquals(CertificateStatus.VERIFIED, certified.getCertificateStatus());
            assertEquals("Checked", certified.getCertificateStatusMessage());
            atlan.assets().removeCertificate(Table.TYPE, tableQn).get();
            assertNull(atlan.assets().get(Table.TYPE, tableQn).get().getCertificateStatus());

            atlan.assets().announce(Table.TYPE, tableQn, new Announcement(AnnouncementType.ISSUE, "Broken load")).get();
            assertEquals("Broken load", atlan.assets().get(Table.TYPE, tableQn).get().getAnnouncementTitle());
            atlan.assets().removeAnnouncement(Table.TYPE, tableQn).get();
            assertNull(atlan.assets().get(Table.TYPE, tableQn).get().getAnnouncementTitle());

            String glossary = "Glossary " + run;
            atlan.glossary().appendTermsByName(Table.TYPE, tableQn, glossary, List.of("Revenue", "Margin")).get();
            // Someone describes the table between the two term changes: removing a term must not undo it.
            atlan.assets().save(Table.updater(tableQn, "ORDERS").description("One row per order").build()).get();
            atlan.glossary().removeTermsByName(Table.TYPE, tableQn, glossary, List.of("Revenue")).get();
            assertEquals("One row per order", atlan.assets().get(Table.TYPE, tableQn).get().getDescription());
            AtlasGlossaryTerm margin = atlan.glossary().findTerm("Margin", glossary).get();
            List<String> terms = atlan.assets().get(Table.TYPE, tableQn).get().getTermAssignments().stream()
                    .map(TermAssignment::getTermGuid).collect(Collectors.toList());
            assertEquals(List.of(margin.getGuid()), terms);
            assertEquals(List.of(tableQn), atlan.glossary().assetsWithTerm(margin.getQualifiedName()).map(a -> a.getQualifiedName()).collect(Collectors.toList()));

            // Terms on many assets in one call: append, remove, replace.
            String schemaQn = tableQn.substring(0, tableQn.lastIndexOf('/'));
            List<Asset> tables = List.of(atlan.assets().get(Table.TYPE, schemaQn + "/RETURNS").get(), atlan.assets().get(Table.TYPE, schemaQn + "/REFUNDS").get());
            AtlasGlossaryTerm revenue = atlan.glossary().findTerm("Revenue", glossary).get();
            atlan.glossary().appendTerms(tables, List.of(revenue.getGuid(), margin.getGuid())).get();
            for (Asset t : tables) assertEquals(Set.of(revenue.getGuid(), margin.getGuid()), Set.copyOf(termGuids(atlan, t)));
            atlan.glossary().removeTerms(tables, List.of(revenue.getGuid())).get();
            for (Asset t : tables) assertEquals(List.of(margin.getGuid()), termGuids(atlan, t));
            atlan.glossary().replaceTerms(tables, List.of(revenue.getGuid())).get();
            for (Asset t : tables) assertEquals(List.of(revenue.getGuid()), termGuids(atlan, t));

            // A README, read back through its asset.
            Table table = atlan.assets().get(Table.TYPE, tableQn).get();
            atlan.assets().save(Readme.creator(table, "<p>Orders &amp; more</p>").build()).get();
            Readme readme = atlan.assets().getReadme(Table.TYPE, tableQn).get();
            assertEquals(table.getGuid() + "/readme", readme.getQualifiedName());
            assertEquals("<p>Orders &amp; more</p>", ReadmeContent.of(readme));

            CategoryHierarchy hierarchy = atlan.glossary().hierarchy(glossary).get();
            assertEquals(List.of("Metrics", "Revenue KPIs"), hierarchy.all().stream().map(CategoryNode::getName).collect(Collectors.toList()));

            // A table with 2,000 columns reads small by default, and with every column on request.
            String wideQn = schemaQn + "/WIDE";
            atlan.assets().save(Table.creator("WIDE", schemaQn).build()).get();
            for (int from = 1; from <= 2000; from += 500) {
                List<Asset> columns = new java.util.ArrayList<>();
                for (int i = from; i < from + 500; i++) columns.add(Column.creator("C" + i, Table.TYPE, wideQn, i).dataType("NUMBER").build());
                atlan.assets().save(columns).get();
            }
            Table minimal = atlan.assets().get(Table.TYPE, wideQn).get();
            Table full = atlan.assets().get(Table.TYPE, wideQn, ReadOptions.FULL).get();
            assertNull(minimal.getColumns());
            assertEquals(2000, full.getColumns().size());
            assertTrue(full.getJson().toString().length() > 50 * minimal.getJson().toString().length());

            Table chosen = atlan.assets().get(Table.TYPE, tableQn, ReadOptions.attributes("description")).get();
            assertEquals(tableQn, chosen.getQualifiedName());

            UsageException badStatus = assertThrows(UsageException.class, () -> CertificateStatuses.of("GOLD"));
            assertTrue(badStatus.getFix().contains("VERIFIED"), badStatus.getMessage());
            assertThrows(UsageException.class, () -> new Announcement(AnnouncementType.WARNING, ""));
            ExecutionException ambiguous = assertThrows(ExecutionException.class, () -> atlan.glossary().findTerm("Margin").get());
            UsageException twoGlossaries = assertInstanceOf(UsageException.class, ambiguous.getCause());
            assertTrue(twoGlossaries.getProblem().contains("Other " + run), twoGlossaries.getMessage());
            assertTrue(twoGlossaries.getFix().contains("findTerm(\"Margin\", "), twoGlossaries.getMessage());
            ExecutionException wrongAttribute = assertThrows(ExecutionException.class,
                    () -> atlan.assets().appendRelated(Table.TYPE, tableQn, "seeAlso", List.of(margin)).get());
            UsageException usage = assertInstanceOf(UsageException.class, wrongAttribute.getCause());
            assertTrue(usage.getProblem().contains("seeAlso"), usage.getMessage());
        }
    }

    private static List<String> termGuids(AtlanClientFutures atlan, Asset asset) throws Exception {
        return atlan.assets().get(Table.TYPE, asset.getQualifiedName()).get().getTermAssignments().stream()
                .map(TermAssignment::getTermGuid).collect(Collectors.toList());
    }
}
