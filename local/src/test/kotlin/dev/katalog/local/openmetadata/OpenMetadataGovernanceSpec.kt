package dev.katalog.local.openmetadata

import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.entity
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.put
import dev.katalog.local.openmetadata.OpenMetadataKit.save
import dev.katalog.local.openmetadata.OpenMetadataKit.schema
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.table
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/**
 * Domains, data products, an entity's domain, table constraints, policies, roles and bots as OpenMetadata 1.4 serves
 * them; each test names the file of open-metadata/OpenMetadata (1.4.x, under openmetadata-service/src/main/java/org/
 * openmetadata/service/) it follows.
 */
class OpenMetadataGovernanceSpec : FunSpec({
    fun tableIn(): Pair<String, String> {
        val svc = unique("gov")
        service(svc)
        database(svc, "db")
        schema("$svc.db", "s")
        val orders = table("$svc.db.s", "orders", """[{"name":"id","dataType":"INT"},{"name":"region","dataType":"INT"}]""")
        return orders.str("id")!! to orders.str("fullyQualifiedName")!!
    }

    // jdbi3/DomainRepository.java: a sub-domain's FQN is its parent's then its name; children are the sub-domains.
    test("a sub-domain is named under its parent, which lists it as a child; an unknown parent is a 404") {
        val top = unique("Top")
        save("domain", "/domains", """{"name":"$top","description":"d","domainType":"Aggregate"}""").str("fullyQualifiedName") shouldBe top
        val sub = save("domain", "/domains", """{"name":"Sub","description":"d","domainType":"Source-aligned","parent":"$top"}""")
        sub.str("fullyQualifiedName") shouldBe "$top.Sub"
        sub.at("parent")!!.str("name") shouldBe top
        entity("domain", api.get("/api/v1/domains/name/${enc(top)}?fields=children")).at("children")!!.list().map { it.str("fullyQualifiedName") } shouldContainExactly listOf("$top.Sub")
        error(put("/domains", """{"name":"X","description":"d","domainType":"Aggregate","parent":"${unique("None")}"}"""), 404) shouldContain "domain instance for"
    }

    // jdbi3/EntityRepository.java (EntityUpdater.updateDomain, validateDomain): a PATCH sets the domain from {id, type},
    // stored in full; a PUT without a domain keeps it; an unknown domain is a 404.
    test("a patched domain is checked, stored as a full reference, and kept by a PUT that has none") {
        val (id, fqn) = tableIn()
        val domain = save("domain", "/domains", """{"name":"${unique("D")}","description":"d","domainType":"Aggregate"}""")
        val patched = api.patch("/api/v1/tables/$id", """[{"op":"add","path":"/domain","value":{"id":"${domain.str("id")}","type":"domain"}}]""")
        entity("table", patched).at("domain")!!.str("fullyQualifiedName") shouldBe domain.str("fullyQualifiedName")
        table(fqn.substringBeforeLast('.'), "orders", """[{"name":"id","dataType":"INT"},{"name":"region","dataType":"INT"}]""")
        entity("table", api.get("/api/v1/tables/$id?fields=domain")).at("domain")!!.str("id") shouldBe domain.str("id")
        val ghost = java.util.UUID.randomUUID().toString()
        error(api.patch("/api/v1/tables/$id", """[{"op":"replace","path":"/domain","value":{"id":"$ghost","type":"domain"}}]"""), 404) shouldContain ghost
    }

    // jdbi3/TableRepository.java: constraint columns are the table's own ("Invalid column name").
    test("a table constraint on a column the table lacks is refused on create and on patch") {
        val (id, fqn) = tableIn()
        val ok = api.patch("/api/v1/tables/$id", """[{"op":"add","path":"/tableConstraints","value":[{"constraintType":"PRIMARY_KEY","columns":["id"]}]}]""")
        entity("table", ok).at("tableConstraints")!!.list().size shouldBe 1
        error(api.patch("/api/v1/tables/$id", """[{"op":"add","path":"/tableConstraints/-","value":{"constraintType":"UNIQUE","columns":["price"]}}]"""), 400) shouldContain "Invalid column name price"
        val body = """{"name":"bad","databaseSchema":"${fqn.substringBeforeLast('.')}","columns":[{"name":"id","dataType":"INT"}],"tableConstraints":[{"constraintType":"UNIQUE","columns":["nope"]}]}"""
        error(put("/tables", body), 400) shouldContain "Invalid column name nope"
    }

    // resources/domains/DataProductResource.java and EntityRepository.bulkAssetsOperation: every asset is looked up
    // first; the answer is a BulkOperationResult; an asset's dataProducts are the products holding it.
    test("assets are added to and removed from a data product in bulk, all or nothing") {
        val (id, _) = tableIn()
        val domain = save("domain", "/domains", """{"name":"${unique("D")}","description":"d","domainType":"Aggregate"}""")
        val product = unique("P")
        save("dataProduct", "/dataProducts", """{"name":"$product","description":"d","domain":"${domain.str("fullyQualifiedName")}"}""").str("fullyQualifiedName") shouldBe product
        val ghost = java.util.UUID.randomUUID().toString()
        error(api.put("/api/v1/dataProducts/${enc(product)}/assets/add", """{"assets":[{"id":"$id","type":"table"},{"id":"$ghost","type":"table"}]}"""), 404) shouldContain ghost
        entity("dataProduct", api.get("/api/v1/dataProducts/name/${enc(product)}?fields=assets")).at("assets").list().size shouldBe 0

        val added = api.put("/api/v1/dataProducts/${enc(product)}/assets/add", """{"assets":[{"id":"$id","type":"table"}]}""")
        added.status shouldBe 200
        added.obj.str("status") shouldBe "success"
        added.obj.str("numberOfRowsPassed") shouldBe "1"
        entity("table", api.get("/api/v1/tables/$id?fields=dataProducts")).at("dataProducts")!!.list().map { it.str("name") } shouldContainExactly listOf(product)
        api.put("/api/v1/dataProducts/${enc(product)}/assets/remove", """{"assets":[{"id":"$id","type":"table"}]}""").status shouldBe 200
        entity("table", api.get("/api/v1/tables/$id?fields=dataProducts")).at("dataProducts")!!.list().size shouldBe 0
        error(api.put("/api/v1/dataProducts/${enc(product)}/assets/add", """{"assets":[{"id":"$id","type":"table"}],"extra":1}"""), 400) shouldContain "bulkAssets"
    }

    // jdbi3/RoleRepository.java and UserRepository.java: a role names its policies by FQN; users hold roles by id.
    test("a role names existing policies; a user's roles are references, and the role lists its users") {
        val policy = unique("Pol")
        save("policy", "/policies", """{"name":"$policy","rules":[{"name":"r","effect":"allow","operations":["ViewAll"],"resources":["All"]}]}""")
        val role = save("role", "/roles", """{"name":"${unique("Role")}","policies":["$policy"]}""")
        error(put("/roles", """{"name":"${unique("Role")}","policies":["${unique("None")}"]}"""), 404) shouldContain "policy instance for"
        val user = unique("u")
        val saved = save("user", "/users", """{"name":"$user","email":"$user@example.com","roles":["${role.str("id")}"]}""")
        entity("user", api.get("/api/v1/users/${saved.str("id")}?fields=roles")).at("roles")!!.list().map { it.str("name") } shouldContainExactly listOf(role.str("name"))
        entity("role", api.get("/api/v1/roles/${role.str("id")}?fields=users")).at("users")!!.list().map { it.str("name") } shouldContainExactly listOf(user)
        // jdbi3/BotRepository.java: a bot names its user.
        save("bot", "/bots", """{"name":"${unique("Bot")}","botUser":"$user"}""").at("botUser")!!.str("name") shouldBe user
    }
})
