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
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm;
import dev.katalog.model.atlan.asset.Connection;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.asset.TermAssignment;
import dev.katalog.model.atlan.enums.CertificateStatus;
import java.util.List;
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
                        .withChild(AssetNode.database("DB").withChild(AssetNode.schema("PUBLIC").withChild(AssetNode.table("ORDERS")))))
                .with(AssetNode.glossary("Glossary " + run)
                        .withChild(AssetNode.category("Metrics").withChild(AssetNode.category("Revenue KPIs")))
                        .withChild(AssetNode.term("Revenue"))
                        .withChild(AssetNode.term("Margin")));
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
            atlan.glossary().removeTermsByName(Table.TYPE, tableQn, glossary, List.of("Revenue")).get();
            AtlasGlossaryTerm margin = atlan.glossary().findTerm("Margin", glossary).get();
            List<String> terms = atlan.assets().get(Table.TYPE, tableQn).get().getTermAssignments().stream()
                    .map(TermAssignment::getTermGuid).collect(Collectors.toList());
            assertEquals(List.of(margin.getGuid()), terms);
            assertEquals(List.of(tableQn), atlan.glossary().assetsWithTerm(margin.getQualifiedName()).map(a -> a.getQualifiedName()).collect(Collectors.toList()));

            CategoryHierarchy hierarchy = atlan.glossary().hierarchy(glossary).get();
            assertEquals(List.of("Metrics", "Revenue KPIs"), hierarchy.all().stream().map(CategoryNode::getName).collect(Collectors.toList()));

            Table chosen = atlan.assets().get(Table.TYPE, tableQn, ReadOptions.attributes("description")).get();
            assertEquals(tableQn, chosen.getQualifiedName());

            UsageException badStatus = assertThrows(UsageException.class, () -> CertificateStatuses.of("GOLD"));
            assertTrue(badStatus.getFix().contains("VERIFIED"), badStatus.getMessage());
            assertThrows(UsageException.class, () -> new Announcement(AnnouncementType.WARNING, ""));
            ExecutionException wrongAttribute = assertThrows(ExecutionException.class,
                    () -> atlan.assets().appendRelated(Table.TYPE, tableQn, "seeAlso", List.of(margin)).get());
            UsageException usage = assertInstanceOf(UsageException.class, wrongAttribute.getCause());
            assertTrue(usage.getProblem().contains("seeAlso"), usage.getMessage());
        }
    }
}
