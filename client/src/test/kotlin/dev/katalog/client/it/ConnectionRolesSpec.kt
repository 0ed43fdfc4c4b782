package dev.katalog.client.it

import dev.katalog.client.atlan.AtlanException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.toList

/** Connection admins given as roles by name, in a creator and in a tree: saved as the roles' GUIDs, never as names. */
class ConnectionRolesSpec : FunSpec({
    val client = SharedCatalog.client()
    afterSpec { client.close() }
    val run = "${System.nanoTime() % 1_000_000_000}"

    test("a connection created with a role by name is administered by that role's GUID") {
        val adminRole = client.directory.roles.idOf("\$admin")
        adminRole shouldBe client.directory.roles.list().records.orEmpty().single { it.name == "\$admin" }.id
        val qualifiedName = SharedCatalog.uniqueConnection()
        client.assets.save(Connection.creator("roles-$run", "snowflake", qualifiedName).adminRoles(listOf("\$admin")).build())
        client.assets.get(Connection, qualifiedName).adminRoles.orEmpty() shouldContainExactly listOf(adminRole)
    }

    test("a tree's connection with a role by name is applied with the role's GUID, and plans nothing more") {
        val tree = catalog { connection("roles-tree-$run", Connector.SNOWFLAKE) { adminRoles("\$member") } }
        client.trees.apply(tree).created shouldBe 1L
        val connection = client.search.stream(Connection) { where(Connection.NAME eq "roles-tree-$run") }.toList().single()
        client.assets.get(Connection, connection.qualifiedName!!).adminRoles.orEmpty() shouldContainExactly listOf(client.directory.roles.idOf("\$member"))
        client.trees.plan(tree).isEmpty shouldBe true
    }

    test("a role that does not exist is refused before anything is saved, naming it and the roles there are") {
        val missing = shouldThrow<AtlanException.NotFound> {
            client.assets.save(Connection.creator("roles-bad-$run", "snowflake", SharedCatalog.uniqueConnection()).adminRoles(listOf("\$owner")).build())
        }
        missing.message shouldContain "\$owner"
        missing.hint shouldContain "\$admin"
        client.search.stream(Connection) { where(Connection.NAME eq "roles-bad-$run") }.toList() shouldBe emptyList()
    }
})
