package dev.katalog.local.openmetadata

import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.entity
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.page
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
import java.util.Base64

/**
 * Where OpenMetadata 1.4 answers otherwise than its JSON Schemas alone suggest; each test names the file of
 * open-metadata/OpenMetadata (1.4.x, under openmetadata-service/src/main/) it follows.
 */
class OpenMetadataFidelitySpec : FunSpec({
    fun hierarchy(): String {
        val svc = unique("svc")
        service(svc)
        database(svc, "db")
        schema("$svc.db", "s")
        return svc
    }

    fun search(query: String) = api.get("/api/v1/search/query?$query")

    fun names(answer: dev.katalog.local.Api.Answer): List<String?> {
        answer.status shouldBe 200
        return answer.obj.at("hits", "hits").list().map { it.at("_source")!!.str("name") }
    }

    /** A classification with tags [tags], each named as given. */
    fun classification(vararg tags: String): String {
        val c = unique("Class")
        save("classification", "/classifications", """{"name":"$c","description":"levels"}""")
        for (tag in tags) save("tag", "/tags", """{"classification":"$c","name":"$tag","description":"d"}""")
        return c
    }

    fun label(fqn: String) = """{"tagFQN":"$fqn","source":"Classification","labelType":"Manual","state":"Confirmed"}"""

    /** An API token whose user is an OpenMetadata bot (`isBot`), as ingestion-bot's token is. */
    fun botApi(): dev.katalog.local.Api {
        val token = api.post("/api/service/apikeys", """{"displayName":"${unique("bot")}","validitySeconds":600}""")
        token.status shouldBe 200
        save("user", "/users", """{"name":"${token.obj.str("username")}","email":"bot@example.com","isBot":true}""")
        return api.withToken(token.obj["attributes"].str("accessToken")!!)
    }

    // resources/elasticsearch/indexMapping.json: glossaryTerm → glossary_term_search_index, classification →
    // classification_search_index; the glossary and tag indexes hold glossaries and tags only. A search of
    // glossary_term_search_index keeps to Approved terms: search/elasticsearch/ElasticSearchClient.java search()
    // (open-metadata/OpenMetadata#13496, "list only approved glossary terms").
    test("1. glossary terms and classifications are searched in their own 1.4 indexes; Draft terms are not searchable") {
        val g = unique("gloss")
        save("glossary", "/glossaries", """{"name":"$g","description":"words"}""")
        save("glossaryTerm", "/glossaryTerms", """{"glossary":"$g","name":"revenue","description":"money in"}""")
        val reviewer = save("user", "/users", """{"name":"${unique("rev")}","email":"rev@example.com"}""")
        val draft = save("glossaryTerm", "/glossaryTerms", """{"glossary":"$g","name":"pending","description":"d","reviewers":["${reviewer.str("name")}"]}""")
        draft.str("status") shouldBe "Draft"
        val c = classification("High")
        val inGlossary = "query_filter=" + enc("""{"query":{"term":{"glossary.name":"$g"}}}""")
        names(search("index=glossary_term_search_index&$inGlossary")) shouldContainExactly listOf("revenue")
        names(search("index=glossary_search_index&q=$g")) shouldContainExactly listOf(g)
        names(search("index=classification_search_index&q=$c")) shouldContainExactly listOf(c)
        val inClassification = "query_filter=" + enc("""{"query":{"term":{"classification.name":"$c"}}}""")
        names(search("index=tag_search_index&$inClassification")) shouldContainExactly listOf("High")
        entity("glossaryTerm", api.get("/api/v1/glossaryTerms/name/${enc("$g.pending")}")).str("status") shouldBe "Draft"
    }

    // jdbi3/EntityRepository.java, EntityUpdater.updateTags ("PUT operation merges tags in the request with what
    // already exists") and updateOwner ("For PUT operations, ownership can't be removed").
    test("2. a PUT merges tags on the entity and its columns, keeps an owner it leaves out, and clears an omitted description") {
        val svc = hierarchy()
        val c = classification("A", "B")
        val owner = save("user", "/users", """{"name":"${unique("own")}","email":"own@example.com"}""")
        fun putTable(tag: String, extra: String = "") = put(
            "/tables",
            """{"name":"t","databaseSchema":"$svc.db.s","tags":[${label("$c.$tag")}],$extra
               "columns":[{"name":"id","dataType":"INT","tags":[${label("$c.$tag")}]}]}""",
        )
        putTable("A", """"description":"first","owner":{"id":"${owner.str("id")}","type":"user"},""").status shouldBe 201
        putTable("B").status shouldBe 200
        val t = entity("table", api.get("/api/v1/tables/name/${enc("$svc.db.s.t")}?fields=tags,owner,columns"))
        t["tags"].list().map { it.str("tagFQN") } shouldContainExactly listOf("$c.A", "$c.B")
        t["columns"].list().single().at("tags").list().map { it.str("tagFQN") } shouldContainExactly listOf("$c.A", "$c.B")
        t.at("owner")!!.str("id") shouldBe owner.str("id")
        // updateDescription records the change for a caller that is not a bot: the omitted description goes.
        t.str("description") shouldBe null
    }

    // jdbi3/EntityRepository.java, EntityUpdater.updateDescription / updateDisplayName and
    // TableRepository.updateColumnDescription: a bot's PUT does not overwrite a non-empty description.
    test("2. a bot's PUT keeps non-empty descriptions (entity and column); a user's PATCH still changes them") {
        val svc = hierarchy()
        val bot = botApi()
        fun body(description: String) = """{"name":"t","databaseSchema":"$svc.db.s","description":"$description",
            "columns":[{"name":"id","dataType":"INT","description":"$description"}]}"""
        bot.put("/api/v1/tables", body("from the source")).status shouldBe 201
        val id = entity("table", api.get("/api/v1/tables/name/${enc("$svc.db.s.t")}")).str("id")
        entity("table", api.patch("/api/v1/tables/$id", """[{"op":"replace","path":"/description","value":"edited in the UI"}]"""))
        val again = bot.put("/api/v1/tables", body("from the source again"))
        again.status shouldBe 200
        val t = entity("table", api.get("/api/v1/tables/$id?fields=columns"))
        t.str("description") shouldBe "edited in the UI"
        t["columns"].list().single().str("description") shouldBe "from the source"
        t.str("updatedBy") shouldBe "admin"
    }

    // util/ColumnUtil.java validateColumn (validateArrayColumn, validatePrecisionAndScale), called by TableRepository.prepare.
    test("5. an ARRAY column needs arrayDataType, and a scale needs a precision no smaller; PATCH is checked too") {
        val svc = hierarchy()
        fun create(column: String) = put("/tables", """{"name":"t","databaseSchema":"$svc.db.s","columns":[$column]}""")
        error(create("""{"name":"tags","dataType":"ARRAY"}"""), 400) shouldContain "For column data type array, arrayDataType must not be null"
        error(create("""{"name":"amount","dataType":"DECIMAL","scale":2}"""), 400) shouldContain "Scale is set but precision is not set for the column amount"
        error(create("""{"name":"amount","dataType":"DECIMAL","precision":2,"scale":4}"""), 400) shouldContain "Scale can't be greater than the precision for the column amount"
        val t = entity("table", create("""{"name":"tags","dataType":"ARRAY","arrayDataType":"STRING"}"""), 201)
        t["columns"].list().single().str("arrayDataType") shouldBe "STRING"
        error(api.patch("/api/v1/tables/${t.str("id")}", """[{"op":"remove","path":"/columns/0/arrayDataType"}]"""), 400) shouldContain "arrayDataType"
    }

    // jdbi3/EntityRepository.java listAfter (afterCursor = the last entity's name; EntityDAO.listAfter `name > :after`)
    // and util/RestUtil.java encodeCursor (URL-safe Base64).
    test("6. list cursors are names: an entity sharing its name with the last one of a page is skipped, as on 1.4") {
        val svc = hierarchy()
        schema("$svc.db", "s2")
        table("$svc.db.s", "a")
        table("$svc.db.s", "b")
        table("$svc.db.s2", "b")
        table("$svc.db.s2", "c")
        val first = api.get("/api/v1/tables?service=$svc&limit=2")
        page("table", first).map { it.str("name") } shouldContainExactly listOf("a", "b")
        val after = first.obj.at("paging")!!.str("after")!!
        Base64.getUrlDecoder().decode(after).toString(Charsets.UTF_8) shouldBe "b"
        val second = api.get("/api/v1/tables?service=$svc&limit=2&after=$after")
        page("table", second).map { it.str("name") } shouldContainExactly listOf("c")
        second.obj.at("paging")!!.str("total") shouldBe "4"
    }

    // jdbi3/EntityRepository.java patch → restorePatchAttributes ("Instead of throwing an error, we take lenient
    // approach of ignoring the user error and restore those attributes") and EntityUpdater.updateDeleted.
    test("7. a PATCH's changes to id, name, FQN and parents are restored, the rest applied; setting deleted is refused") {
        val svc = hierarchy()
        schema("$svc.db", "s2")
        val other = entity("databaseSchema", api.get("/api/v1/databaseSchemas/name/${enc("$svc.db.s2")}"))
        val t = table("$svc.db.s", "t")
        val patched = entity(
            "table",
            api.patch(
                "/api/v1/tables/${t.str("id")}",
                """[{"op":"replace","path":"/name","value":"renamed"},
                    {"op":"replace","path":"/fullyQualifiedName","value":"x.y"},
                    {"op":"replace","path":"/databaseSchema","value":{"id":"${other.str("id")}","type":"databaseSchema"}},
                    {"op":"add","path":"/description","value":"kept"}]""",
            ),
        )
        patched.str("name") shouldBe "t"
        patched.str("fullyQualifiedName") shouldBe "$svc.db.s.t"
        patched.at("databaseSchema")!!.str("id") shouldBe t.at("databaseSchema")!!.str("id")
        patched.str("description") shouldBe "kept"
        error(api.patch("/api/v1/tables/${t.str("id")}", """[{"op":"replace","path":"/deleted","value":true}]"""), 400) shouldContain "deleted"
    }

    // search/elasticsearch/ElasticSearchClient.java and search/opensearch/OpenSearchClient.java, search(): a
    // query_filter that does not parse is logged ("ignoring filter") and the search runs unfiltered.
    test("8. a malformed query_filter is ignored: the answer is the unfiltered one") {
        val svc = hierarchy()
        val one = unique("one")
        val two = unique("two")
        table("$svc.db.s", one)
        table("$svc.db.s", two)
        val plain = names(search("index=table_search_index&q=${enc("$one OR $two")}&size=100"))
        plain.toSet() shouldBe setOf(one, two)
        fun filtered(filter: String) = names(search("index=table_search_index&q=${enc("$one OR $two")}&size=100&query_filter=" + enc(filter)))
        filtered("not json") shouldContainExactly plain
        filtered("""{"query":{"no_such_query":{}}}""") shouldContainExactly plain
        filtered("""{"query":{"term":{"name.keyword":"$one"}}}""") shouldContainExactly listOf(one)
    }
})
