package dev.katalog.local.openmetadata

import dev.katalog.local.TestCatalog
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
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.string.shouldStartWith

class OpenMetadataEntitySpec : FunSpec({
    test("system/version answers 1.4.0 with a revision and a timestamp") {
        val answer = api.get("/api/v1/system/version")
        answer.status shouldBe 200
        answer.obj.str("version") shouldBe "1.4.0"
        answer.obj.str("revision") shouldNotBe null
        answer.obj.str("timestamp")!!.toLong() shouldNotBe 0L
    }

    test("calls without the bearer token are refused with 401 in OpenMetadata's format") {
        for (client in listOf(api.withToken(null), api.withToken("wrong"))) {
            error(client.get("/api/v1/system/version"), 401) shouldContain "token"
            error(client.put("/api/v1/tables", "{}"), 401)
        }
    }

    test("an oversized body is refused with 413 in OpenMetadata's format") {
        val filler = "x".repeat((TestCatalog.MAX_BODY + 1024).toInt())
        error(put("/services/databaseServices", """{"name":"big","serviceType":"Mysql","description":"$filler"}"""), 413) shouldContain "${TestCatalog.MAX_BODY}"
    }

    test("a service, database, schema with a dot and table get FQNs, references, serviceType and column FQNs") {
        val svc = unique("svc")
        val service = service(svc)
        service.str("fullyQualifiedName") shouldBe svc
        service.str("version") shouldBe "0.1"
        service.str("deleted") shouldBe "false"
        service.str("updatedBy") shouldBe "admin"
        service.str("href")!! shouldStartWith TestCatalog.catalog().baseUrl + "/api/v1/services/databaseServices/"
        val db = database(svc, "sales")
        db.str("fullyQualifiedName") shouldBe "$svc.sales"
        db.at("service")!!.str("id") shouldBe service.str("id")
        db.at("service")!!.str("type") shouldBe "databaseService"
        db.str("serviceType") shouldBe "Mysql"
        val sch = schema("$svc.sales", "schema.x")
        sch.str("name") shouldBe "schema.x"
        sch.str("fullyQualifiedName") shouldBe "$svc.sales.\"schema.x\""
        sch.at("database")!!.str("fullyQualifiedName") shouldBe "$svc.sales"
        sch.at("service")!!.str("name") shouldBe svc
        val t = table(
            "$svc.sales.\"schema.x\"", "orders",
            """[{"name":"id","dataType":"INT"},{"name":"a.b","dataType":"STRUCT","children":[{"name":"c","dataType":"STRING"}]}]""",
        )
        t.str("fullyQualifiedName") shouldBe "$svc.sales.\"schema.x\".orders"
        t.at("databaseSchema")!!.str("fullyQualifiedName") shouldBe "$svc.sales.\"schema.x\""
        t.at("database")!!.str("id") shouldBe db.str("id")
        t.at("service")!!.str("id") shouldBe service.str("id")
        t.str("serviceType") shouldBe "Mysql"
        val columns = t["columns"].list()
        columns.map { it.str("fullyQualifiedName") } shouldContainExactly listOf("$svc.sales.\"schema.x\".orders.id", "$svc.sales.\"schema.x\".orders.\"a.b\"")
        columns[1].at("children").list().single().str("fullyQualifiedName") shouldBe "$svc.sales.\"schema.x\".orders.\"a.b\".c"

        val byName = entity("table", api.get("/api/v1/tables/name/${enc(t.str("fullyQualifiedName")!!)}"))
        byName.str("id") shouldBe t.str("id")
        entity("table", api.get("/api/v1/tables/${t.str("id")}")).str("fullyQualifiedName") shouldBe t.str("fullyQualifiedName")
    }

    test("PUT creates (201), answers 200 unchanged without a new version, and 200 with version 0.2 on a change; POST on an existing one is 409") {
        val svc = unique("svc")
        val body = """{"name":"$svc","serviceType":"Postgres"}"""
        put("/services/databaseServices", body).status shouldBe 201
        val same = entity("databaseService", put("/services/databaseServices", body))
        same.str("version") shouldBe "0.1"
        val changed = entity("databaseService", put("/services/databaseServices", """{"name":"$svc","serviceType":"Postgres","description":"now described"}"""))
        changed.str("version") shouldBe "0.2"
        changed.str("description") shouldBe "now described"
        changed.at("changeDescription", "fieldsAdded").list().map { it.str("name") } shouldContainExactly listOf("description")
        changed.str("id") shouldBe same.str("id")
        error(api.post("/api/v1/services/databaseServices", body), 409) shouldContain "already exists"
        val fresh = unique("svc")
        entity("databaseService", api.post("/api/v1/services/databaseServices", """{"name":"$fresh","serviceType":"Postgres"}"""), 201)
    }

    test("concurrent PUTs of one FQN create it once; every answer names the same entity") {
        val svc = unique("svc")
        val pool = java.util.concurrent.Executors.newFixedThreadPool(8)
        try {
            val answers = (1..8).map { i ->
                pool.submit<dev.katalog.local.Api.Answer> { put("/services/databaseServices", """{"name":"$svc","serviceType":"Mysql","description":"writer $i"}""") }
            }.map { it.get() }
            answers.map { it.status }.sorted() shouldBe listOf(200, 200, 200, 200, 200, 200, 200, 201)
            answers.map { it.obj.str("id") }.toSet().size shouldBe 1
            api.get("/api/v1/services/databaseServices?limit=1000").obj["data"].list().count { it.str("name") == svc } shouldBe 1
            entity("databaseService", api.get("/api/v1/services/databaseServices/name/$svc")).str("version") shouldBe "0.8"
        } finally {
            pool.shutdown()
        }
    }

    test("an unknown parent is 404 naming it; invalid bodies are 400 with the schema's messages") {
        val message = error(put("/tables", """{"name":"t","databaseSchema":"nowhere.db.s","columns":[]}"""), 404)
        message shouldBe "databaseSchema instance for nowhere.db.s not found"
        error(put("/databases", """{"name":"d","service":"nowhere"}"""), 404) shouldContain "databaseService instance for nowhere"
        error(put("/services/databaseServices", """{"name":"x","serviceType":"Mysql","colour":"red"}"""), 400) shouldContain "colour"
        error(put("/services/databaseServices", """{"serviceType":"Mysql"}"""), 400) shouldContain "name"
        error(put("/services/databaseServices", """{"name":"x","serviceType":"NoSuchDb"}"""), 400) shouldContain "serviceType"
        error(put("/services/databaseServices", """{"name":"a\"b","serviceType":"Mysql"}"""), 400) shouldContain "quote"
        error(put("/services/databaseServices", "{nope"), 400)
        error(put("/services/databaseServices", """{"name":"x","serviceType":"Mysql","domain":"nowhere"}"""), 404) shouldContain "domain instance for nowhere"
        error(put("/services/databaseServices", """{"name":"x","serviceType":"Mysql","dataProducts":["p"]}"""), 400) shouldContain "dataProducts"
    }

    test("error messages never carry request content unescaped") {
        val answer = put("/databases", """{"name":"d","service":"<script>\"x\"</script>"}""")
        answer.status shouldBe 404
        answer.text shouldNotContain "\"x\"</script>\""
        answer.obj.str("message")!! shouldContain "<script>\"x\"</script>"
    }

    test("optional fields come only when fields= asks for them; unknown field names are 400") {
        val svc = unique("svc")
        service(svc)
        database(svc, "db")
        schema("$svc.db", "s")
        val user = save("user", "/users", """{"name":"${unique("ada")}","email":"${unique("ada")}@example.com"}""")
        val owner = """{"id":"${user.str("id")}","type":"user"}"""
        val pii = unique("PII")
        save("classification", "/classifications", """{"name":"$pii","description":"personal data"}""")
        save("tag", "/tags", """{"classification":"$pii","name":"Sensitive","description":"handle with care"}""")
        val tags = """[{"tagFQN":"$pii.Sensitive","source":"Classification","labelType":"Manual","state":"Confirmed"}]"""
        val created = save(
            "table", "/tables",
            """{"name":"t","databaseSchema":"$svc.db.s","owner":$owner,"tags":$tags,"columns":[{"name":"c","dataType":"INT","tags":$tags}]}""",
        )
        created.at("owner")!!.str("name") shouldBe user.str("name")
        created.at("owner")!!.str("fullyQualifiedName") shouldBe user.str("fullyQualifiedName")
        val path = "/api/v1/tables/name/${enc("$svc.db.s.t")}"
        val plain = entity("table", api.get(path))
        plain["owner"] shouldBe null
        plain["tags"] shouldBe null
        plain["columns"].list().single().at("tags") shouldBe null
        val rich = entity("table", api.get("$path?fields=owner,tags,columns"))
        rich.at("owner")!!.str("id") shouldBe user.str("id")
        rich["tags"].list().single().str("tagFQN") shouldBe "$pii.Sensitive"
        rich["columns"].list().single().at("tags").list().size shouldBe 1
        entity("table", api.get("$path?fields=*"))["tags"].list().size shouldBe 1
        error(api.get("$path?fields=owners"), 400) shouldContain "owners"
        val unknownTag = tags.replace("$pii.Sensitive", "$pii.Nothing")
        error(put("/tables", """{"name":"t3","databaseSchema":"$svc.db.s","columns":[{"name":"c","dataType":"INT","tags":$unknownTag}]}"""), 404) shouldBe
            "tag instance for $pii.Nothing not found"
        error(api.patch("/api/v1/tables/${created.str("id")}", """[{"op":"add","path":"/tags/-","value":${unknownTag.removePrefix("[").removeSuffix("]")}}]"""), 404)
        error(put("/tables", """{"name":"t2","databaseSchema":"$svc.db.s","owner":{"id":"${java.util.UUID.randomUUID()}","type":"user"},"columns":[]}"""), 404)
    }

    test("glossaries, nested terms, classifications, tags, users and teams get their FQNs and references") {
        val g = unique("gloss")
        val glossary = save("glossary", "/glossaries", """{"name":"$g","description":"words"}""")
        glossary.str("fullyQualifiedName") shouldBe g
        val term = save("glossaryTerm", "/glossaryTerms", """{"glossary":"$g","name":"revenue","description":"money in"}""")
        term.str("fullyQualifiedName") shouldBe "$g.revenue"
        term.at("glossary")!!.str("id") shouldBe glossary.str("id")
        term.str("status") shouldBe "Approved"
        val child = save("glossaryTerm", "/glossaryTerms", """{"glossary":"$g","parent":"$g.revenue","name":"net.revenue","description":"after costs"}""")
        child.str("fullyQualifiedName") shouldBe "$g.revenue.\"net.revenue\""
        child.at("parent")!!.str("id") shouldBe term.str("id")
        child.at("glossary")!!.str("id") shouldBe glossary.str("id")
        val related = save("glossaryTerm", "/glossaryTerms", """{"glossary":"$g","name":"income","description":"d","relatedTerms":["$g.revenue"]}""")
        entity("glossaryTerm", api.get("/api/v1/glossaryTerms/${related.str("id")}?fields=relatedTerms"))["relatedTerms"].list().single().str("id") shouldBe term.str("id")
        val other = unique("gloss")
        save("glossary", "/glossaries", """{"name":"$other","description":"other words"}""")
        error(put("/glossaryTerms", """{"glossary":"$other","parent":"$g.revenue","name":"x","description":"d"}"""), 400) shouldContain "belongs to"

        val c = unique("Class")
        save("classification", "/classifications", """{"name":"$c","description":"levels"}""")
        val tag = save("tag", "/tags", """{"classification":"$c","name":"High","description":"high"}""")
        tag.str("fullyQualifiedName") shouldBe "$c.High"
        tag.at("classification")!!.str("name") shouldBe c
        val sub = save("tag", "/tags", """{"parent":"$c.High","name":"Higher","description":"even higher"}""")
        sub.str("fullyQualifiedName") shouldBe "$c.High.Higher"
        sub.at("classification")!!.str("name") shouldBe c

        val team = save("team", "/teams", """{"name":"${unique("team")}","teamType":"Group"}""")
        val user = save("user", "/users", """{"name":"${unique("bob")}","email":"bob@example.com","teams":["${team.str("id")}"],"password":"secret-pass"}""")
        user.toString() shouldNotContain "secret-pass"
        entity("user", api.get("/api/v1/users/${user.str("id")}?fields=teams"))["teams"].list().single().str("name") shouldBe team.str("name")
        error(put("/users", """{"name":"${unique("eve")}","email":"eve@example.com","teams":["${java.util.UUID.randomUUID()}"]}"""), 404) shouldContain "team instance"
    }

    test("unknown ids and names are 404; unknown endpoints are 404 in OpenMetadata's format") {
        error(api.get("/api/v1/tables/${java.util.UUID.randomUUID()}"), 404) shouldContain "table instance for"
        error(api.get("/api/v1/tables/name/${enc("no.such.table")}"), 404) shouldBe "table instance for no.such.table not found"
        error(api.get("/api/v1/nothing/here"), 404)
        error(api.get("/api/v1/tables/name/x?include=some"), 400) shouldContain "include"
        error(api.send("PATCH", "/api/v1/nothing", "[]"), 404)
    }

    test("DELETE by name soft-deletes the entity it names") {
        val svc = unique("svc")
        service(svc)
        entity("databaseService", api.delete("/api/v1/services/databaseServices/name/${enc(svc)}")).str("deleted") shouldBe "true"
        error(api.get("/api/v1/services/databaseServices/name/${enc(svc)}"), 404)
    }

    test("a name with a slash, spaces and quotes in its FQN is found by its percent-encoded FQN") {
        val svc = unique("svc")
        service(svc)
        database(svc, "d b")
        val sch = schema("$svc.d b", "a/b.c")
        sch.str("fullyQualifiedName") shouldBe "$svc.d b.\"a/b.c\""
        entity("databaseSchema", api.get("/api/v1/databaseSchemas/name/${enc(sch.str("fullyQualifiedName")!!)}")).str("id") shouldBe sch.str("id")
    }
})
