package dev.katalog.client.it

import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.DataDomain
import dev.katalog.model.atlan.asset.DataProduct
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.enums.DataProductCriticality
import dev.katalog.model.atlan.enums.DataProductStatus
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.toList

/**
 * A domain → subdomain → product tree applied over HTTP to the local catalog next to the connection whose tables the
 * product selects: created parents first, the product's assets read back, applied again with nothing planned, a
 * change planned as one update, and a product left out archived by prune.
 */
class DataMeshTreeApplySpec : FunSpec({
    val run = "${System.nanoTime() % 1_000_000_000}"
    val connectionName = "mesh-tree-$run"

    fun tree(criticality: DataProductCriticality = DataProductCriticality.HIGH, withReturns: Boolean = true): CatalogTree = catalog {
        connection(connectionName, Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("SALES") { schema("PUBLIC") { table("ORDERS"); table("CUSTOMERS") } }
        }
        domain("Sales $run") {
            description = "Everything sold"
            subdomain("EMEA") {
                product("Orders 360") {
                    daapStatus(DataProductStatus.ACTIVE)
                    daapCriticality(criticality)
                    assets { assetTypes(Table); where(Table.CONNECTION_NAME eq connectionName) }
                }
                if (withReturns) product("Returns") { assets { where(Table.NAME eq "RETURNS-$run") } }
            }
        }
    }

    test("a domain, subdomain and product tree is applied, its product's assets read back, and a second plan is empty") {
        SharedCatalog.client().use { client ->
            val first = client.trees.plan(tree())
            first.creates.map { it.typeName }.filter { it == "DataDomain" || it == "DataProduct" } shouldContainExactlyInAnyOrder listOf("DataDomain", "DataDomain", "DataProduct", "DataProduct")
            val result = client.trees.apply(tree())
            result.failures shouldBe emptyList()
            result.created shouldBe 9L

            val domain = client.dataMesh.findDomain("Sales $run")
            (client.assets.get(domain.guid!!) as DataDomain).description shouldBe "Everything sold"
            val emea = client.dataMesh.findSubdomain("EMEA", domain)
            val product = client.dataMesh.findProduct("Orders 360", emea)
            client.dataMesh.assetsOf(product).toList().map { it.name } shouldContainExactlyInAnyOrder listOf("ORDERS", "CUSTOMERS")
            (client.assets.get(product.guid!!) as DataProduct).daapCriticality shouldBe DataProductCriticality.HIGH

            val second = client.trees.plan(tree())
            second.isEmpty shouldBe true
            second.unchanged shouldHaveSize 9
        }
    }

    test("a changed product is one update of the product the catalog has; prune archives a product the tree left out") {
        SharedCatalog.client().use { client ->
            client.trees.apply(tree())
            val changed = client.trees.plan(tree(criticality = DataProductCriticality.LOW))
            changed.creates shouldHaveSize 0
            changed.updates.map { it.path } shouldContainExactly listOf("Sales $run/EMEA/Orders 360")
            client.trees.apply(changed).updated shouldBe 1L
            val emea = client.dataMesh.findSubdomain("EMEA", client.dataMesh.findDomain("Sales $run"))
            (client.assets.get(client.dataMesh.findProduct("Orders 360", emea).guid!!) as DataProduct).daapCriticality shouldBe DataProductCriticality.LOW

            val pruned = client.trees.plan(tree(criticality = DataProductCriticality.LOW, withReturns = false), prune = true)
            pruned.deletes.map { it.typeName } shouldContainExactly listOf("DataProduct")
            client.trees.apply(pruned).deleted shouldBe 1L
            client.trees.plan(tree(criticality = DataProductCriticality.LOW, withReturns = false), prune = true).isEmpty shouldBe true
        }
    }
})
