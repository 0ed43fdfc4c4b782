package dev.katalog.local.openmetadata

import dev.katalog.local.at
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.entity
import dev.katalog.local.openmetadata.OpenMetadataKit.page
import dev.katalog.local.openmetadata.OpenMetadataKit.q
import dev.katalog.local.openmetadata.OpenMetadataKit.save
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.table
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import dev.katalog.local.str
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * What databases, schemas and tables show of their parents, as OpenMetadata 1.4 fills it in on reads
 * (open-metadata/OpenMetadata 1.4.x, openmetadata-service/…/jdbi3/TableRepository.java, DatabaseSchemaRepository.java,
 * DatabaseRepository.java: `setInheritedFields`; EntityRepository.java: `inheritOwner`, `inheritDomain`, `patch`,
 * which applies a patch to the entity with its inherited fields and answers with them, and `createNewEntity` and
 * `update`, which answer a create or PUT with every inherited field; the `inherited` flag of
 * openmetadata-spec 1.4.0 type/entityReference.json).
 */
class OpenMetadataInheritanceSpec : FunSpec({
    class Tree(val service: JsonObject, val database: JsonObject, val schema: JsonObject, val table: JsonObject, val owner: JsonObject)

    fun user(): JsonObject {
        val name = unique("own")
        return save("user", "/users", """{"name":"$name","email":"$name@example.com"}""")
    }

    fun ref(entity: JsonObject, type: String) = """{"id":"${entity.str("id")}","type":"$type"}"""

    // A database with an owner and a retention period; a schema and a table with neither.
    fun tree(): Tree {
        val owner = user()
        val svc = unique("inh")
        val service = service(svc)
        val database = save("database", "/databases", """{"name":"db","service":"$svc","owner":${ref(owner, "user")},"retentionPeriod":"P30D"}""")
        val schema = save("databaseSchema", "/databaseSchemas", """{"name":"s","database":${q("$svc.db")}}""")
        return Tree(service, database, schema, table("$svc.db.s", "orders"), owner)
    }

    fun domain(): JsonObject = save("domain", "/domains", """{"name":"${unique("D")}","description":"d","domainType":"Aggregate"}""")

    fun read(type: String, path: String, id: String, fields: String) = entity(type, api.get("/api/v1/$path/$id?fields=$fields"))

    fun JsonObject.reference(field: String): Pair<String?, JsonPrimitive?> = at(field)!!.let { it.str("id") to (it as JsonObject)["inherited"] as? JsonPrimitive }

    test("a table and its schema show their database's owner, marked inherited, when fields asks for it") {
        val t = tree()
        val tableId = t.table.str("id")!!
        read("table", "tables", tableId, "owner").reference("owner") shouldBe (t.owner.str("id") to JsonPrimitive(true))
        read("databaseSchema", "databaseSchemas", t.schema.str("id")!!, "owner").reference("owner") shouldBe (t.owner.str("id") to JsonPrimitive(true))
        // The database's own owner is not marked.
        read("database", "databases", t.database.str("id")!!, "owner").reference("owner") shouldBe (t.owner.str("id") to null)
        // Not asked for, not shown.
        entity("table", api.get("/api/v1/tables/$tableId"))["owner"] shouldBe null
        // By name too, and in a list: each table of the schema.
        entity("table", api.get("/api/v1/tables/name/${OpenMetadataKit.enc(t.table.str("fullyQualifiedName")!!)}?fields=owner")).reference("owner") shouldBe
            (t.owner.str("id") to JsonPrimitive(true))
        table(t.schema.str("fullyQualifiedName")!!, "payments")
        page("table", api.get("/api/v1/tables?databaseSchema=${OpenMetadataKit.enc(t.schema.str("fullyQualifiedName")!!)}&fields=owner"))
            .map { it.str("name") to it.reference("owner") } shouldContainExactly
            listOf("orders" to (t.owner.str("id") to JsonPrimitive(true)), "payments" to (t.owner.str("id") to JsonPrimitive(true)))
    }

    test("an owner of its own wins over the inherited one; the retention period comes down whatever was asked") {
        val t = tree()
        val other = user()
        val own = save("table", "/tables", """{"name":"own","databaseSchema":${q(t.schema.str("fullyQualifiedName")!!)},"owner":${ref(other, "user")},"columns":[{"name":"id","dataType":"INT"}]}""")
        read("table", "tables", own.str("id")!!, "owner").reference("owner") shouldBe (other.str("id") to null)
        entity("table", api.get("/api/v1/tables/${t.table.str("id")}")).str("retentionPeriod") shouldBe "P30D"
        entity("databaseSchema", api.get("/api/v1/databaseSchemas/${t.schema.str("id")}")).str("retentionPeriod") shouldBe "P30D"
    }

    test("a database shows its service's domain, and the schema and table below it show it too") {
        val t = tree()
        val domain = domain()
        api.patch("/api/v1/services/databaseServices/${t.service.str("id")}", """[{"op":"add","path":"/domain","value":${ref(domain, "domain")}}]""").status shouldBe 200
        read("database", "databases", t.database.str("id")!!, "domain").reference("domain") shouldBe (domain.str("id") to JsonPrimitive(true))
        read("table", "tables", t.table.str("id")!!, "domain").reference("domain") shouldBe (domain.str("id") to JsonPrimitive(true))
        // A schema created in a domain of its own (create requests name it by FQN): its tables show that one.
        val own = domain()
        val schema = save("databaseSchema", "/databaseSchemas", """{"name":"s2","database":${q(t.database.str("fullyQualifiedName")!!)},"domain":${q(own.str("fullyQualifiedName")!!)}}""")
        schema.reference("domain") shouldBe (own.str("id") to null)
        val orders = table(schema.str("fullyQualifiedName")!!, "orders")
        read("table", "tables", orders.str("id")!!, "domain").reference("domain") shouldBe (own.str("id") to JsonPrimitive(true))
    }

    test("a patch made against a read applies to the inherited owner, and what stays inherited is never stored") {
        val t = tree()
        val tableId = t.table.str("id")!!
        // A patch that leaves the inherited owner alone stores no owner: a new database owner still shows through.
        api.patch("/api/v1/tables/$tableId", """[{"op":"add","path":"/description","value":"orders"}]""").status shouldBe 200
        val next = user()
        api.patch("/api/v1/databases/${t.database.str("id")}", """[{"op":"replace","path":"/owner","value":${ref(next, "user")}}]""").status shouldBe 200
        read("table", "tables", tableId, "owner").reference("owner") shouldBe (next.str("id") to JsonPrimitive(true))
        // A client's patch computed from that read replaces the owner's id and type: the table then owns it.
        val mine = user()
        val patched = api.patch("/api/v1/tables/$tableId", """[{"op":"replace","path":"/owner/id","value":"${mine.str("id")}"},{"op":"remove","path":"/owner/inherited"}]""")
        entity("table", patched).reference("owner") shouldBe (mine.str("id") to null)
        read("table", "tables", tableId, "owner").reference("owner") shouldBe (mine.str("id") to null)
    }

    test("the answer to a create, a PUT and a patch shows what the entity inherits, as a read does") {
        val t = tree()
        val schemaFqn = t.schema.str("fullyQualifiedName")!!
        val created = save("table", "/tables", """{"name":"fresh","databaseSchema":${q(schemaFqn)},"columns":[{"name":"id","dataType":"INT"}]}""")
        created.reference("owner") shouldBe (t.owner.str("id") to JsonPrimitive(true))
        created.str("retentionPeriod") shouldBe "P30D"
        val put = entity("table", api.put("/api/v1/tables", """{"name":"fresh","databaseSchema":${q(schemaFqn)},"description":"new","columns":[{"name":"id","dataType":"INT"}]}"""))
        put.str("description") shouldBe "new"
        put.reference("owner") shouldBe (t.owner.str("id") to JsonPrimitive(true))
        val patched = entity("table", api.patch("/api/v1/tables/${created.str("id")}", """[{"op":"add","path":"/displayName","value":"Fresh"}]"""))
        patched.reference("owner") shouldBe (t.owner.str("id") to JsonPrimitive(true))
        patched.str("retentionPeriod") shouldBe "P30D"
        // Still not stored: the database's next owner shows through on the next read.
        val next = user()
        api.patch("/api/v1/databases/${t.database.str("id")}", """[{"op":"replace","path":"/owner","value":${ref(next, "user")}}]""").status shouldBe 200
        read("table", "tables", created.str("id")!!, "owner").reference("owner") shouldBe (next.str("id") to JsonPrimitive(true))
    }
})
