package dev.katalog.test.kotest

import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import io.kotest.core.extensions.install
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.string.shouldEndWith
import kotlinx.coroutines.flow.toList

// region readme-kotest
class LocalCatalogExtensionSpec : FunSpec({
    val katalog = install(LocalCatalogExtension()) {
        tree(catalog {
            connection("lakehouse", Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") { schema("PUBLIC") { table("INVOICES") { column("ID", dataType = "NUMBER") } } }
            }
        })
    }

    test("the tree is in the catalog before the tests") {
        val invoices = katalog.atlan.search.stream(Table) { where(Table.NAME eq "INVOICES") }.toList()
        invoices.single().qualifiedName shouldEndWith "/SALES/PUBLIC/INVOICES"
    }
})
// endregion
