package dev.katalog.client.it

import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** A plan, once shown, is what apply carries out: the same new connection qualifiedName. */
class ApplyPlanSpec : FunSpec({
    test("applying a plan creates the connection the plan named") {
        SharedCatalog.client().use { client ->
            val tree = catalog { connection("plan-${System.nanoTime()}", Connector.MYSQL) { adminUsers("admin"); database("D") } }
            val plan = client.trees.plan(tree)
            val result = client.trees.apply(plan)
            result.created shouldBe 2
            val qualifiedName = plan.connections.values.single()
            client.assets.get(Connection, qualifiedName).qualifiedName shouldBe qualifiedName
        }
    }
})
