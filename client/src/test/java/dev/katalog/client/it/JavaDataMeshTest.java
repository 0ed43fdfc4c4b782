package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.atlan.AtlanException;
import dev.katalog.client.core.UsageException;
import dev.katalog.client.datamesh.DataMeshApiFutures;
import dev.katalog.client.tree.ApplyResult;
import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Connection;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.DataDomain;
import dev.katalog.model.atlan.asset.DataProduct;
import dev.katalog.model.atlan.asset.Database;
import dev.katalog.model.atlan.asset.Schema;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.enums.DataProductCriticality;
import dev.katalog.model.atlan.enums.DataProductStatus;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kotlinx.serialization.json.JsonElementKt;
import org.junit.jupiter.api.Test;

/** Domains and data products from Java: domain, subdomain and product saved, found by name, the product's assets read; the bad inputs. */
class JavaDataMeshTest {
    @Test
    void domainSubdomainAndProductWithItsAssets() throws Exception {
        String run = "j" + System.nanoTime() % 1_000_000_000;
        String connectionQn = "default/snowflake/" + System.nanoTime() / 1000;
        String schemaQn = connectionQn + "/SALES/PUBLIC";
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            atlan.assets().save(Connection.creator("java-mesh-" + run, "snowflake", connectionQn).adminUsers(List.of("admin")).build()).get();
            atlan.assets().save(Database.creator("SALES", connectionQn).build()).get();
            atlan.assets().save(Schema.creator("PUBLIC", connectionQn + "/SALES").build()).get();
            atlan.assets().save(List.<Asset>of(Table.creator("ORDERS", schemaQn).build(), Table.creator("ITEMS", schemaQn).build())).get();
            DataMeshApiFutures mesh = atlan.dataMesh();

            atlan.assets().save(DataDomain.creator("Java sales " + run).build()).get();
            DataDomain domain = mesh.findDomain("Java sales " + run).get();
            assertTrue(domain.getQualifiedName().matches("default/domain/[0-9A-Za-z]{21}/super"), domain.getQualifiedName());
            atlan.assets().save(DataDomain.creator("EMEA", domain).build()).get();
            DataDomain emea = mesh.findSubdomain("EMEA", domain).get();
            assertEquals(domain.getQualifiedName(), emea.getParentDomainQualifiedName());

            DataProduct product = DataProduct.creator("Orders", emea,
                    FluentSearch.select(Table.class).where(Table.SCHEMA_QUALIFIED_NAME.eq(schemaQn)).toRequest())
                    .daapStatus(DataProductStatus.DRAFT).build();
            atlan.assets().save(product).get();
            DataProduct saved = mesh.findProduct("Orders", emea).get();
            assertTrue(saved.getQualifiedName().startsWith(emea.getQualifiedName() + "/product/"), saved.getQualifiedName());
            try (Stream<Asset> assets = mesh.assetsOf(saved)) {
                assertEquals(Set.of("ORDERS", "ITEMS"), assets.map(Asset::getName).collect(Collectors.toSet()));
            }

            ExecutionException orphan = assertThrows(ExecutionException.class,
                    () -> atlan.assets().save(DataDomain.creator("Orphan", DataDomain.refByQualifiedName("default/domain/none" + run + "/super")).build()).get());
            assertInstanceOf(AtlanException.NotFound.class, orphan.getCause());
            DataProduct broken = DataProduct.creator("Broken", emea, FluentSearch.select(Table.class).where(Table.NAME.eq("ORDERS")).toRequest())
                    .attribute("dataProductAssetsDSL", JsonElementKt.JsonPrimitive("{}")).build();
            ExecutionException refused = assertThrows(ExecutionException.class, () -> atlan.assets().save(broken).get());
            AtlanException empty = assertInstanceOf(AtlanException.class, refused.getCause());
            assertTrue(empty.getMessage().contains("dataProductAssetsDSL attribute cannot be empty"), empty.getMessage());
            ExecutionException typo = assertThrows(ExecutionException.class,
                    () -> atlan.assets().save(DataDomain.creator("Typo " + run).attribute("daapStatus", JsonElementKt.JsonPrimitive("Active")).build()).get());
            assertInstanceOf(UsageException.class, typo.getCause());
        }
    }

    /** A domain → subdomain → product tree with the connection whose tables the product selects, built with AssetNode. */
    private static CatalogTree tree(String run) {
        AssetNode connection = AssetNode.connection("java-mesh-tree-" + run, Connector.SNOWFLAKE).withAdminUsers("admin")
                .withChild(AssetNode.database("SALES").withChild(AssetNode.schema("PUBLIC").withChild(AssetNode.table("ORDERS")).withChild(AssetNode.table("ITEMS"))));
        AssetNode product = AssetNode.product("Orders", FluentSearch.select(Table.class).where(Table.CONNECTION_NAME.eq("java-mesh-tree-" + run)).toRequest())
                .with(DataProduct.builder().daapCriticality(DataProductCriticality.MEDIUM));
        AssetNode domain = AssetNode.domain("Java tree sales " + run).withDescription("Sold").withChild(AssetNode.domain("EMEA").withChild(product));
        return CatalogTree.empty().with(connection).with(domain);
    }

    @Test
    void domainTreeAppliedThenPlannedEmpty() throws Exception {
        String run = "j" + System.nanoTime() % 1_000_000_000;
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            ApplyResult result = atlan.trees().apply(tree(run)).get();
            assertEquals(List.of(), result.getFailures());
            assertEquals(8L, result.getCreated());
            DataMeshApiFutures mesh = atlan.dataMesh();
            DataDomain emea = mesh.findSubdomain("EMEA", mesh.findDomain("Java tree sales " + run).get()).get();
            DataProduct product = mesh.findProduct("Orders", emea).get();
            try (Stream<Asset> assets = mesh.assetsOf(product)) {
                assertEquals(Set.of("ORDERS", "ITEMS"), assets.map(Asset::getName).collect(Collectors.toSet()));
            }
            assertTrue(atlan.trees().plan(tree(run)).get().isEmpty());
        }
    }
}
