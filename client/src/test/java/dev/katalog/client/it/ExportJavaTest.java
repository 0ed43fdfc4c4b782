package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.core.UsageException;
import dev.katalog.client.export.CatalogExport;
import dev.katalog.client.export.ExportOptions;
import dev.katalog.client.names.CustomMetadataType;
import dev.katalog.client.typedefs.CustomMetadataDefinition;
import dev.katalog.client.tree.ApplyResult;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.dsl.tree.TreeTerm;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Process;
import dev.katalog.model.atlan.asset.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Export from Java: a small estate (with a term, custom metadata and a README) applied with a tree, exported as exactly the definition that declares it, written to a file; bad input refused. */
class ExportJavaTest {
    private static CatalogTree estate(String connection, String glossary, String set) {
        AssetNode orders = AssetNode.table("ORDERS").with(Table.builder().description("One \"row\" per order, in $").rowCount(5L))
            .withOwnerUsers("admin")
            .withTerms(new TreeTerm(glossary, "Revenue"))
            .withCustomMetadata(set, Map.of("Score", 7, "Note", "say \"hi\" in $\nand again"))
            .withReadme("<h1>Orders</h1>\n<p>100% \"real\"</p>")
            .withChild(AssetNode.column("ID", "NUMBER")).withChild(AssetNode.column("AMOUNT", "DECIMAL"));
        AssetNode view = AssetNode.view("ORDERS_V").withChild(AssetNode.column("ID", "NUMBER"));
        AssetNode root = AssetNode.connection(connection, Connector.SNOWFLAKE).withAdminUsers("admin")
            .withChild(AssetNode.database("SALES").withChild(AssetNode.schema("PUBLIC").withChild(orders).withChild(view)))
            .withChild(AssetNode.process("copy").reads(orders).writes(view).with(Process.builder().sql("select * from ORDERS")));
        return CatalogTree.empty().with(root).with(AssetNode.glossary(glossary).withChild(AssetNode.term("Revenue")));
    }

    @Test
    void exportsTheDefinitionThatDeclaresTheEstate() throws Exception {
        long n = System.nanoTime() % 1_000_000_000;
        String name = "export-java-" + n;
        String glossary = "Export Java " + n;
        String set = "Export Java set " + n;
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            atlan.typeDefs().create(CustomMetadataDefinition.builder(set).attribute("Score", CustomMetadataType.INTEGER).attribute("Note", CustomMetadataType.TEXT).build()).get();
            ApplyResult applied = atlan.trees().apply(estate(name, glossary, set)).get();
            assertTrue(applied.getSucceeded(), applied.toString());
            String qualifiedName = applied.getPlan().getConnections().get(name);

            CatalogExport export = atlan.export().connection(qualifiedName, List.of(glossary)).get();
            assertEquals(1, export.getFiles().size());
            assertEquals(List.of(), export.getNotExported());
            assertEquals(name + ".catalog.kts", export.getRoot().getPath());
            assertEquals(
                "// Connection \"" + name + "\" and glossary \"" + glossary + "\", exported by Katalog: plan or apply it with bin/katalog plan|apply " + name + ".catalog.kts\n"
                    + "catalog {\n"
                    + "    connection(\"" + name + "\", Connector.SNOWFLAKE) {\n"
                    + "        adminUsers(\"admin\")\n"
                    + "        database(\"SALES\") {\n"
                    + "            schema(\"PUBLIC\") {\n"
                    + "                table(\"ORDERS\") {\n"
                    + "                    description = \"One \\\"row\\\" per order, in \\$\"\n"
                    + "                    ownerUsers(\"admin\")\n"
                    + "                    rowCount = 5L\n"
                    + "                    terms(\"" + glossary + "\" / \"Revenue\")\n"
                    + "                    customMetadata(\"" + set + "\") {\n"
                    + "                        \"Score\" to 7\n"
                    + "                        \"Note\" to \"say \\\"hi\\\" in \\$\\nand again\"\n"
                    + "                    }\n"
                    + "                    readme(\"<h1>Orders</h1>\\n<p>100% \\\"real\\\"</p>\")\n"
                    + "                    column(\"ID\", dataType = \"NUMBER\")\n"
                    + "                    column(\"AMOUNT\", dataType = \"DECIMAL\")\n"
                    + "                }\n"
                    + "                view(\"ORDERS_V\") {\n"
                    + "                    column(\"ID\", dataType = \"NUMBER\")\n"
                    + "                }\n"
                    + "            }\n"
                    + "        }\n"
                    + "        process(\"copy\") {\n"
                    + "            sql = \"select * from ORDERS\"\n"
                    + "            reads(\"" + name + "/SALES/PUBLIC/ORDERS\")\n"
                    + "            writes(\"" + name + "/SALES/PUBLIC/ORDERS_V\")\n"
                    + "        }\n"
                    + "    }\n"
                    + "    glossary(\"" + glossary + "\") {\n"
                    + "        term(\"Revenue\")\n"
                    + "    }\n"
                    + "}\n",
                export.getRoot().getText());
            assertEquals(11L, export.getAssets());
            // The tree that made the estate plans empty against it: terms, custom metadata and README compared as exported.
            assertTrue(atlan.trees().plan(estate(name, glossary, set)).get().isEmpty());

            // One file per schema when asked: the root includes it.
            CatalogExport split = atlan.export().connection(qualifiedName, List.of(), new ExportOptions("copy", 0)).get();
            assertEquals(List.of("copy.catalog.kts", "copy/SALES/PUBLIC.catalog.kts"), split.getFiles().stream().map(f -> f.getPath()).collect(java.util.stream.Collectors.toList()));
            assertTrue(split.getRoot().getText().contains("            schema(include(\"copy/SALES/PUBLIC.catalog.kts\"))\n"), split.getRoot().getText());
            Path dir = Files.createTempDirectory("export-java");
            Path root = split.writeTo(dir);
            assertEquals(dir.resolve("copy.catalog.kts"), root);
            assertTrue(Files.readString(dir.resolve("copy/SALES/PUBLIC.catalog.kts")).contains("schemaDefinition(\"PUBLIC\") {\n    table(\"ORDERS\") {\n"));

            ExecutionException missing = assertThrows(ExecutionException.class, () -> atlan.export().connection("default/snowflake/0").get());
            UsageException usage = assertInstanceOf(UsageException.class, missing.getCause());
            assertEquals("The catalog has no active connection with qualifiedName \"default/snowflake/0\"", usage.getProblem());
            ExecutionException noGlossary = assertThrows(ExecutionException.class, () -> atlan.export().connection(qualifiedName, List.of("No such glossary " + n)).get());
            assertInstanceOf(UsageException.class, noGlossary.getCause());

            Path file = Files.createTempFile("export-java", ".txt");
            UsageException unwritable = assertThrows(UsageException.class, () -> export.writeTo(file.resolve("x.catalog.kts")));
            assertTrue(unwritable.getProblem().startsWith("Cannot write the export to " + file.resolve("x.catalog.kts")), unwritable.getProblem());
        }
    }
}
