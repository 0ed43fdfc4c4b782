package dev.katalog.local.openmetadata

import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.checked
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.entity
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.page
import dev.katalog.local.openmetadata.OpenMetadataKit.save
import dev.katalog.local.openmetadata.OpenMetadataKit.schema
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.table
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonPrimitive

class OpenMetadataChangeSpec : FunSpec({
    fun hierarchy(): String {
        val svc = unique("svc")
        service(svc)
        database(svc, "db")
        schema("$svc.db", "s")
        return svc
    }

    test("PATCH applies add, replace, remove, move, copy and test; columns added by a patch get FQNs; the version goes up") {
        val svc = hierarchy()
        val t = table("$svc.db.s", "orders", """[{"name":"id","dataType":"INT"},{"name":"note","dataType":"STRING"}]""")
        val id = t.str("id")
        val patched = entity(
            "table",
            api.patch(
                "/api/v1/tables/$id",
                """[
                  {"op":"test","path":"/name","value":"orders"},
                  {"op":"add","path":"/description","value":"all orders"},
                  {"op":"add","path":"/columns/-","value":{"name":"amount","dataType":"DECIMAL"}},
                  {"op":"add","path":"/columns/0/description","value":"key"},
                  {"op":"replace","path":"/columns/0/description","value":"primary key"},
                  {"op":"copy","from":"/description","path":"/displayName"},
                  {"op":"move","from":"/columns/1/dataType","path":"/columns/1/dataTypeDisplay"},
                  {"op":"add","path":"/columns/1/dataType","value":"TEXT"},
                  {"op":"remove","path":"/columns/1/dataTypeDisplay"}
                ]""",
            ),
        )
        patched.str("description") shouldBe "all orders"
        patched.str("displayName") shouldBe "all orders"
        patched.str("version") shouldBe "0.2"
        patched["columns"].list()[0].str("description") shouldBe "primary key"
        patched["columns"].list().map { it.str("dataType") } shouldContainExactly listOf("INT", "TEXT", "DECIMAL")
        patched["columns"].list()[2].str("fullyQualifiedName") shouldBe "$svc.db.s.orders.amount"
        entity("table", api.get("/api/v1/tables/$id")).str("description") shouldBe "all orders"
    }

    test("invalid patches are 400 and change nothing; PATCH needs application/json-patch+json") {
        val svc = hierarchy()
        val id = table("$svc.db.s", "t").str("id")
        error(api.patch("/api/v1/tables/$id", """[{"op":"test","path":"/name","value":"other"}]"""), 400) shouldContain "test"
        error(api.patch("/api/v1/tables/$id", """[{"op":"remove","path":"/nothing"}]"""), 400) shouldContain "/nothing does not exist"
        error(api.patch("/api/v1/tables/$id", """[{"op":"jump","path":"/name"}]"""), 400) shouldContain "jump"
        error(api.patch("/api/v1/tables/$id", """{"op":"add"}"""), 400) shouldContain "array"
        error(api.patch("/api/v1/tables/$id", """[{"op":"add","path":"/colour","value":"red"}]"""), 400) shouldContain "colour"
        error(api.patch("/api/v1/tables/$id", """[{"op":"add","path":"/description","value":"d"}]""", "application/json"), 415)
        error(api.patch("/api/v1/tables/${java.util.UUID.randomUUID()}", "[]"), 404)
        entity("table", api.get("/api/v1/tables/$id")).str("version") shouldBe "0.1"
    }

    test("versions list every version latest first, and each one can be read") {
        val svc = unique("svc")
        val id = service(svc).str("id")
        for (text in listOf("one", "two")) {
            api.patch("/api/v1/services/databaseServices/$id", """[{"op":"add","path":"/description","value":"$text"}]""").status shouldBe 200
        }
        val history = api.get("/api/v1/services/databaseServices/$id/versions")
        history.status shouldBe 200
        history.obj.str("entityType") shouldBe "databaseService"
        val versions = history.obj["versions"].list().map { checked("databaseService", Json.parseToJsonElement(it.jsonPrimitive.content)) }
        versions.map { it.str("version") } shouldContainExactly listOf("0.3", "0.2", "0.1")
        versions.map { it.str("description") } shouldContainExactly listOf("two", "one", null)
        entity("databaseService", api.get("/api/v1/services/databaseServices/$id/versions/0.2")).str("description") shouldBe "one"
        error(api.get("/api/v1/services/databaseServices/$id/versions/0.9"), 404)
        versions[0].at("changeDescription")!!.str("previousVersion") shouldBe "0.2"
    }

    test("deleting a parent needs recursive=true; a soft delete marks the tree deleted, include=deleted still finds it") {
        val svc = hierarchy()
        val t = table("$svc.db.s", "t")
        val serviceId = entity("databaseService", api.get("/api/v1/services/databaseServices/name/$svc")).str("id")
        error(api.delete("/api/v1/services/databaseServices/$serviceId"), 400) shouldContain "recursive=true"
        error(api.delete("/api/v1/databaseSchemas/${t.at("databaseSchema")!!.str("id")}"), 400) shouldContain "not empty"
        val deleted = entity("databaseService", api.delete("/api/v1/services/databaseServices/$serviceId?recursive=true"))
        deleted.str("deleted") shouldBe "true"
        deleted.str("version") shouldBe "0.2"
        error(api.get("/api/v1/tables/${t.str("id")}"), 404)
        val gone = entity("table", api.get("/api/v1/tables/${t.str("id")}?include=deleted"))
        gone.str("deleted") shouldBe "true"
        entity("table", api.get("/api/v1/tables/name/${enc("$svc.db.s.t")}?include=all")).str("deleted") shouldBe "true"
        page("table", api.get("/api/v1/tables?service=$svc")).size shouldBe 0
        page("table", api.get("/api/v1/tables?service=$svc&include=deleted")).size shouldBe 1
        // Its parents are deleted too, so it cannot be created again under them.
        error(api.put("/api/v1/tables", """{"name":"t","databaseSchema":"$svc.db.s","columns":[{"name":"id","dataType":"INT"}]}"""), 404) shouldContain "databaseSchema instance"
    }

    test("a PUT brings a soft-deleted entity back as a new version") {
        val svc = hierarchy()
        val t = table("$svc.db.s", "t")
        entity("table", api.delete("/api/v1/tables/${t.str("id")}")).str("deleted") shouldBe "true"
        error(api.delete("/api/v1/tables/${t.str("id")}"), 404)
        val restored = entity("table", api.put("/api/v1/tables", """{"name":"t","databaseSchema":"$svc.db.s","columns":[{"name":"id","dataType":"INT"}]}"""))
        restored.str("id") shouldBe t.str("id")
        restored.str("deleted") shouldBe "false"
        restored.str("version") shouldBe "0.3"
    }

    test("PUT {path}/restore brings back a soft-deleted entity by id") {
        val svc = unique("svc")
        val id = service(svc).str("id")
        error(api.put("/api/v1/services/databaseServices/restore", """{"id":"$id"}"""), 404)
        api.delete("/api/v1/services/databaseServices/$id").status shouldBe 200
        val restored = entity("databaseService", api.put("/api/v1/services/databaseServices/restore", """{"id":"$id"}"""))
        restored.str("deleted") shouldBe "false"
        restored.str("version") shouldBe "0.3"
        error(api.put("/api/v1/services/databaseServices/restore", "{}"), 400) shouldContain "id"
    }

    test("a hard recursive delete removes the tree, its versions and lineage") {
        val g = unique("gloss")
        val glossary = save("glossary", "/glossaries", """{"name":"$g","description":"d"}""")
        val term = save("glossaryTerm", "/glossaryTerms", """{"glossary":"$g","name":"a","description":"d"}""")
        val nested = save("glossaryTerm", "/glossaryTerms", """{"glossary":"$g","parent":"$g.a","name":"b","description":"d"}""")
        error(api.delete("/api/v1/glossaryTerms/${term.str("id")}?hardDelete=true"), 400)
        entity("glossary", api.delete("/api/v1/glossaries/${glossary.str("id")}?hardDelete=true&recursive=true"))
        for ((path, id) in listOf("glossaries" to glossary.str("id"), "glossaryTerms" to term.str("id"), "glossaryTerms" to nested.str("id"))) {
            error(api.get("/api/v1/$path/$id?include=all"), 404)
            error(api.get("/api/v1/$path/$id/versions"), 404)
        }
        error(api.delete("/api/v1/glossaries/${glossary.str("id")}?hardDelete=true"), 404)
        error(api.delete("/api/v1/glossaries/${glossary.str("id")}?hardDelete=maybe"), 400)
    }

    test("a term's recursive delete follows nested terms") {
        val g = unique("gloss")
        save("glossary", "/glossaries", """{"name":"$g","description":"d"}""")
        val a = save("glossaryTerm", "/glossaryTerms", """{"glossary":"$g","name":"a","description":"d"}""")
        val b = save("glossaryTerm", "/glossaryTerms", """{"glossary":"$g","parent":"$g.a","name":"b","description":"d"}""")
        val c = save("glossaryTerm", "/glossaryTerms", """{"glossary":"$g","parent":"$g.a.b","name":"c","description":"d"}""")
        c.str("fullyQualifiedName") shouldBe "$g.a.b.c"
        entity("glossaryTerm", api.delete("/api/v1/glossaryTerms/${a.str("id")}?recursive=true"))
        for (term in listOf(b, c)) entity("glossaryTerm", api.get("/api/v1/glossaryTerms/${term.str("id")}?include=deleted")).str("deleted") shouldBe "true"
        page("glossaryTerm", api.get("/api/v1/glossaryTerms?glossary=$g")).size shouldBe 0
    }
})
