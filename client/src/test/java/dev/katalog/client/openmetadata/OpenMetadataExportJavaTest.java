package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.core.UsageException;
import dev.katalog.client.export.CatalogExport;
import dev.katalog.client.export.ExportOptions;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.export.ServiceExportApiFutures;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.Connector;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * From Java: a database service applied by a tree to the local catalog's OpenMetadata API, exported through
 * {@code om.java().export()} as a definition (the same layout as an Atlan export), under another name with an admin,
 * and a missing service failing the future with a UsageException.
 */
class OpenMetadataExportJavaTest {
    @Test
    void exportsAServiceAsADefinition() throws Exception {
        String wh = "java_omx_" + System.nanoTime();
        CatalogTree tree = CatalogTree.empty().with(AssetNode.connection(wh, Connector.MYSQL).withChild(AssetNode.database("DB").withChild(
                AssetNode.schema("S").withChild(AssetNode.table("RAW").withDescription("Loaded nightly").withChild(AssetNode.column("ID", "BIGINT")))
                        .withChild(AssetNode.table("CLEAN").withChild(AssetNode.column("ID", "BIGINT")))))
                .withChild(AssetNode.process("clean").reads(wh + "/DB/S/RAW").writes(wh + "/DB/S/CLEAN")));
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            assertTrue(client.java().trees().apply(tree).get().getSucceeded());
            ServiceExportApiFutures export = client.java().export();

            CatalogExport exported = export.service(wh).get();
            assertEquals(List.of(), exported.getNotExported());
            // 1 connection, 1 database, 1 schema, 2 tables, 2 columns, 1 process.
            assertEquals(8L, exported.getAssets());
            assertEquals(String.join("\n",
                    "// Connection \"" + wh + "\", exported by Katalog: plan or apply it with bin/katalog plan|apply " + wh + ".catalog.kts",
                    "catalog {",
                    "    connection(\"" + wh + "\", Connector.MYSQL) {",
                    "        database(\"DB\") {",
                    "            schema(\"S\") {",
                    "                table(\"CLEAN\") {",
                    "                    column(\"ID\", dataType = \"BIGINT\")",
                    "                }",
                    "                table(\"RAW\") {",
                    "                    description = \"Loaded nightly\"",
                    "                    column(\"ID\", dataType = \"BIGINT\")",
                    "                }",
                    "            }",
                    "        }",
                    "        process(\"RAW → CLEAN\") {",
                    "            reads(\"" + wh + "/DB/S/RAW\")",
                    "            writes(\"" + wh + "/DB/S/CLEAN\")",
                    "        }",
                    "    }",
                    "}",
                    ""), exported.getRoot().getText());

            CatalogExport renamed = export.service(wh, List.of(), new ExportOptions("copy", 2_000, List.of("admin"))).get();
            assertTrue(renamed.getRoot().getText().contains("    connection(\"copy\", Connector.MYSQL) {\n        adminUsers(\"admin\")\n"));
            assertTrue(renamed.getRoot().getText().contains("            reads(\"copy/DB/S/RAW\")\n"));

            ExecutionException missing = assertThrows(ExecutionException.class, () -> export.service("nowhere_" + wh).get());
            UsageException cause = assertInstanceOf(UsageException.class, missing.getCause());
            assertEquals("OpenMetadata has no database service named \"nowhere_" + wh + "\"", cause.getProblem());
        }
    }
}
