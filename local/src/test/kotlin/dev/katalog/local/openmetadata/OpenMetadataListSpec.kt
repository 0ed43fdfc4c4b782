package dev.katalog.local.openmetadata

import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.page
import dev.katalog.local.openmetadata.OpenMetadataKit.schema
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.table
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

class OpenMetadataListSpec : FunSpec({
    val svc = unique("svc")
    val schemaFqn = "$svc.db.\"s.1\""
    val names = (1..23).map { "t%02d".format(it) }

    beforeSpec {
        service(svc)
        database(svc, "db")
        schema("$svc.db", "s.1")
        schema("$svc.db", "other")
        for (name in names.shuffled(java.util.Random(7))) table(schemaFqn, name)
        table("$svc.db.other", "elsewhere")
    }

    fun list(query: String) = api.get("/api/v1/tables?databaseSchema=${enc(schemaFqn)}&$query")

    test("paging forward with after visits every table once, in order, with the total on every page") {
        val seen = ArrayList<String>()
        var after: String? = null
        var pages = 0
        do {
            val answer = list("limit=5" + (after?.let { "&after=$it" } ?: ""))
            val data = page("table", answer)
            answer.obj.at("paging")!!.str("total") shouldBe "23"
            seen += data.map { it.str("name")!! }
            after = answer.obj.at("paging")!!.str("after")
            pages++
        } while (after != null)
        pages shouldBe 5
        seen shouldContainExactly names
    }

    test("paging backward with before returns the previous page, and the first page has no before") {
        val first = list("limit=10")
        first.obj.at("paging")!!.str("before") shouldBe null
        val second = list("limit=10&after=${first.obj.at("paging")!!.str("after")}")
        page("table", second).map { it.str("name") } shouldContainExactly names.subList(10, 20)
        val before = second.obj.at("paging")!!.str("before")!!
        val back = list("limit=10&before=$before")
        page("table", back).map { it.str("name") } shouldContainExactly names.subList(0, 10)
        back.obj.at("paging")!!.str("before") shouldBe null
        back.obj.at("paging")!!.str("after") shouldBe first.obj.at("paging")!!.str("after")
        val last = list("limit=10&after=${second.obj.at("paging")!!.str("after")}")
        page("table", last).map { it.str("name") } shouldContainExactly names.subList(20, 23)
        last.obj.at("paging")!!.str("after") shouldBe null
    }

    test("parent filters take an FQN or an id; limit=0 gives only the total") {
        page("table", api.get("/api/v1/tables?databaseSchema=${enc("$svc.db.other")}")).map { it.str("name") } shouldContainExactly listOf("elsewhere")
        val all = api.get("/api/v1/tables?database=${enc("$svc.db")}&limit=0")
        page("table", all).shouldBeEmpty()
        all.obj.at("paging")!!.str("total") shouldBe "24"
        api.get("/api/v1/tables?service=$svc&limit=100").obj.at("paging")!!.str("total") shouldBe "24"
        val schemas = page("databaseSchema", api.get("/api/v1/databaseSchemas?database=${enc("$svc.db")}"))
        // Lists are in name order, as OpenMetadata 1.4's listAfter orders them.
        schemas.map { it.str("name") } shouldContainExactly listOf("other", "s.1")
        val byId = page("databaseSchema", api.get("/api/v1/databaseSchemas?database=${schemas.first().at("database")!!.str("id")}"))
        byId.size shouldBe 2
    }

    test("fields= fills relationships computed on read: a database's schemas, a schema's tables") {
        val db = OpenMetadataKit.entity("database", api.get("/api/v1/databases/name/${enc("$svc.db")}?fields=databaseSchemas"))
        db["databaseSchemas"].list().map { it.str("name") } shouldContainExactly listOf("s.1", "other")
        val schemas = page("databaseSchema", api.get("/api/v1/databaseSchemas?database=${enc("$svc.db")}&fields=tables"))
        schemas.map { it["tables"].list().size } shouldContainExactly listOf(1, 23)
        page("databaseSchema", api.get("/api/v1/databaseSchemas?database=${enc("$svc.db")}")).forEach { it["tables"] shouldBe null }
    }

    test("bad paging input is 400 naming the problem") {
        error(list("after=not*a*cursor"), 400) shouldContain "cursor"
        error(list("limit=-1"), 400) shouldContain "limit"
        error(list("limit=ten"), 400) shouldContain "limit"
        error(list("after=a&before=b"), 400) shouldContain "not both"
    }
})
