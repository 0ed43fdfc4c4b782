package dev.katalog.dsl.readme;

import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.dsl.search.Predicates;
import dev.katalog.dsl.tree.AssetNode;
import dev.katalog.dsl.tree.CatalogTree;
import dev.katalog.model.atlan.asset.Connector;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.search.IndexSearchRequest;
import java.util.List;

/** The Java snippets of README.md: each region appears there verbatim (ReadmeSnippetsSpec checks it). */
public class ReadmeSnippetsJava {
    static IndexSearchRequest search() {
        // region readme-java-search
        IndexSearchRequest request = FluentSearch.select(Table.class)
                .where(Table.NAME.startsWith("ord"))
                .where(Predicates.or(Table.ROW_COUNT.gt(1_000_000), Table.OWNER_USERS.within(List.of("alice", "bob"))))
                .include(Table.ROW_COUNT, Table.SCHEMA_NAME)
                .pageSize(50)
                .toRequest();
        // endregion
        return request;
    }

    static Table table() {
        // region readme-java-creator
        Table orders = Table.creator("ORDERS", "default/snowflake/1700000000/SALES/PUBLIC")
                .description("One row per order")
                .ownerUsers(List.of("alice"))
                .build();
        Table update = Table.updater(orders.getQualifiedName(), "ORDERS").description("Orders, one row each").build();
        // endregion
        return update;
    }

    static CatalogTree tree() {
        // region readme-java-tree
        CatalogTree tree = CatalogTree.empty()
                .with(AssetNode.connection("analytics", Connector.SNOWFLAKE).withAdminUsers("admin")
                        .withChild(AssetNode.database("SALES")
                                .withChild(AssetNode.schema("PUBLIC")
                                        .withChild(AssetNode.table("ORDERS").withDescription("One row per order")
                                                .with(Table.builder().rowCount(2_500_000L).ownerUsers(List.of("alice")))
                                                .withChild(AssetNode.column("ID", "NUMBER"))))));
        // endregion
        return tree;
    }
}
