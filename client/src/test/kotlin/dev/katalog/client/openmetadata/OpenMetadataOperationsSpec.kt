package dev.katalog.client.openmetadata

import dev.katalog.client.bodyText
import dev.katalog.client.core.UsageException
import dev.katalog.client.json
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.entities.JsonPatch
import dev.katalog.client.openmetadata.entities.of
import dev.katalog.client.openmetadata.search.OpenMetadataFields
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.util.UUID

/** Paging, writes, patches, deletes, versions, search and lineage over a MockEngine; every body is schema-checked. */
class OpenMetadataOperationsSpec : FunSpec({
    fun ids(n: Int) = List(n) { UUID.nameUUIDFromBytes("t$it".toByteArray()).toString() }

    test("list follows the after cursors until there is none, with the filters, fields and limit") {
        val id = ids(5)
        val pages = mapOf(
            null to """{"data":[${MockOpenMetadata.tableJson("t0", id[0])},${MockOpenMetadata.tableJson("t1", id[1])}],"paging":{"after":"c1","total":5}}""",
            "c1" to """{"data":[${MockOpenMetadata.tableJson("t2", id[2])},${MockOpenMetadata.tableJson("t3", id[3])}],"paging":{"after":"c2","before":"c0","total":5}}""",
            "c2" to """{"data":[${MockOpenMetadata.tableJson("t4", id[4])}],"paging":{"before":"c1","total":5}}""",
        )
        MockOpenMetadata { request -> json(pages.getValue(request.url.parameters["after"])) }.use { m ->
            val tables = m.client.entities.list<Table>(mapOf("databaseSchema" to "svc.db.s"), fields = listOf("tags"), pageSize = 2).toList()
            tables.map { it.name } shouldBe listOf("t0", "t1", "t2", "t3", "t4")
            m.requests.map { it.url.parameters["after"] } shouldBe listOf(null, "c1", "c2")
            m.requests.forEach {
                it.url.parameters["limit"] shouldBe "2"
                it.url.parameters["databaseSchema"] shouldBe "svc.db.s"
                it.url.parameters["fields"] shouldBe "tags"
                it.url.encodedPath shouldBe "/api/v1/tables"
            }
        }
    }

    // open-metadata/OpenMetadata 1.4.x, openmetadata-service/.../jdbi3/EntityRepository.java listAfter: the cursor is
    // the URL-safe Base64 of the page's last name, the next page starts after that name (EntityDAO.listAfter).
    test("list makes up for name cursors: same-named entities at page boundaries are all returned, once") {
        val id = ids(6)
        val all = listOf("a" to id[0], "b" to id[1], "b" to id[2], "b" to id[3], "b" to id[4], "c" to id[5])
        fun cursor(name: String) = java.util.Base64.getUrlEncoder().encodeToString(name.toByteArray())
        MockOpenMetadata { request ->
            val after = request.url.parameters["after"]?.let { String(java.util.Base64.getUrlDecoder().decode(it)) }
            val limit = request.url.parameters["limit"]!!.toInt()
            val rest = all.filter { after == null || it.first > after }
            val page = rest.take(limit)
            val next = if (rest.size > limit) ",\"after\":\"${cursor(page.last().first)}\"" else ""
            json("""{"data":[${page.joinToString(",") { MockOpenMetadata.tableJson(it.first, it.second) }}],"paging":{"total":6$next}}""")
        }.use { m ->
            for (pageSize in listOf(1, 2, 3)) {
                m.client.entities.list<Table>(pageSize = pageSize).toList().map { it.id } shouldBe id
            }
        }
    }

    test("list is lazy: taking the first page's entities makes one call") {
        MockOpenMetadata { json("""{"data":[${MockOpenMetadata.tableJson("a", ids(2)[0])},${MockOpenMetadata.tableJson("b", ids(2)[1])}],"paging":{"after":"next","total":9}}""") }.use { m ->
            m.client.entities.list<Table>(pageSize = 2).take(2).toList() shouldHaveSize 2
            m.requests shouldHaveSize 1
        }
    }

    test("a server repeating the same cursor is an error, not an endless loop") {
        MockOpenMetadata { json("""{"data":[${MockOpenMetadata.tableJson()}],"paging":{"after":"same","total":9}}""") }.use { m ->
            shouldThrow<OpenMetadataException.Api> { m.client.entities.list<Table>().toList() }.message shouldContain "same after cursor"
        }
    }

    test("create POSTs and createOrUpdate PUTs the create request to the kind's path; both validate against createTable.json") {
        val request = CreateTable(name = "orders", databaseSchema = "svc.db.\"sales.eu\"", columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT)))
        MockOpenMetadata { json(MockOpenMetadata.tableJson()) }.use { m ->
            m.client.entities.create(request).name shouldBe "orders"
            m.client.entities.createOrUpdate(request).id shouldBe MockOpenMetadata.TABLE_ID
            m.requests.map { it.method } shouldBe listOf(HttpMethod.Post, HttpMethod.Put)
            m.requests.forEach { it.url.encodedPath shouldBe "/api/v1/tables" }
            Json.parseToJsonElement(m.requests[0].bodyText()).jsonObject["databaseSchema"]!!.jsonPrimitive.content shouldBe "svc.db.\"sales.eu\""
            OutgoingRequestValidator.validated.count { it.startsWith("POST /api/v1/tables") } shouldBe 1
        }
    }

    test("the validator rejects a create request the schema does not allow") {
        val invalid = CreateTable(name = "orders", databaseSchema = "s", columns = emptyList(), extras = kotlinx.serialization.json.JsonObject(mapOf("rowCount" to JsonPrimitive(3))))
        MockOpenMetadata { json(MockOpenMetadata.tableJson()) }.use { m ->
            shouldThrow<AssertionError> { m.client.entities.create(invalid) }.message shouldContain "createTable.json"
        }
    }

    test("patch sends RFC 6902 operations as application/json-patch+json to the entity's id") {
        MockOpenMetadata { json(MockOpenMetadata.tableJson(description = "Orders")) }.use { m ->
            val table = dev.katalog.model.json.KatalogJson.decode<Table>(MockOpenMetadata.tableJson())
            m.client.entities.patch(table) { add("/description", "Orders") }.description shouldBe "Orders"
            val request = m.requests.single()
            request.method shouldBe HttpMethod.Patch
            request.url.encodedPath shouldBe "/api/v1/tables/${MockOpenMetadata.TABLE_ID}"
            request.body.contentType.toString() shouldBe "application/json-patch+json"
            request.bodyText() shouldBe """[{"op":"add","path":"/description","value":"Orders"}]"""
        }
    }

    test("patch(original, modified) sends only the differences; no differences, no call; another entity is a UsageException") {
        MockOpenMetadata { json(MockOpenMetadata.tableJson(description = "Orders")) }.use { m ->
            val table = dev.katalog.model.json.KatalogJson.decode<Table>(MockOpenMetadata.tableJson())
            m.client.entities.patch(table, table.copy(description = "Orders", columns = listOf(table.columns[0].copy(description = "key"))))
            // Columns are compared element by element: only the new key is added.
            m.requests.single().bodyText() shouldBe
                """[{"op":"add","path":"/columns/0/description","value":"key"},{"op":"add","path":"/description","value":"Orders"}]"""
            m.client.entities.patch(table, table.copy())
            m.requests shouldHaveSize 1
            shouldThrow<UsageException> { m.client.entities.patch(table, table.copy(id = UUID.randomUUID().toString())) }.fix shouldContain "changed copy"
        }
    }

    test("JsonPatch.pointer escapes ~ and /, and a path that is not a pointer is a UsageException") {
        JsonPatch.pointer("columns", 0, "a/b~c") shouldBe "/columns/0/a~1b~0c"
        shouldThrow<UsageException> { JsonPatch.builder().remove("description") }.fix shouldContain "/description"
    }

    test("delete sends recursive and hardDelete; versions decode each version's entity") {
        MockOpenMetadata { request ->
            when {
                request.method == HttpMethod.Delete -> json(MockOpenMetadata.tableJson())
                request.url.encodedPath.endsWith("/versions") -> json(
                    """{"entityType":"table","versions":[${Json.encodeToString(JsonPrimitive.serializer(), JsonPrimitive(MockOpenMetadata.tableJson(description = "v2")))},${Json.encodeToString(JsonPrimitive.serializer(), JsonPrimitive(MockOpenMetadata.tableJson()))}]}""",
                )
                else -> json(MockOpenMetadata.tableJson(description = "v2"))
            }
        }.use { m ->
            m.client.entities.delete(EntityKinds.TABLE, MockOpenMetadata.TABLE_ID, recursive = true, hardDelete = false)
            m.requests[0].url.parameters["recursive"] shouldBe "true"
            m.requests[0].url.parameters["hardDelete"] shouldBe "false"
            m.client.entities.versions(EntityKinds.TABLE, MockOpenMetadata.TABLE_ID).map { it.description } shouldBe listOf("v2", null)
            m.client.entities.version(EntityKinds.TABLE, MockOpenMetadata.TABLE_ID, "0.2").description shouldBe "v2"
            m.requests[2].url.encodedPath shouldBe "/api/v1/tables/${MockOpenMetadata.TABLE_ID}/versions/0.2"
        }
    }

    test("search sends the index, the text and a query_filter built from the Atlan query tree, and decodes _source") {
        MockOpenMetadata {
            json("""{"hits":{"total":{"value":42,"relation":"eq"},"hits":[{"_index":"table_search_index","_id":"x","_source":${MockOpenMetadata.tableJson()}}]},"aggregations":{"svc":{"buckets":[]}}}""")
        }.use { m ->
            val result = m.client.search.page(EntityKinds.TABLE) {
                text("orders")
                where(OpenMetadataFields.SERVICE eq "svc")
                whereNot(OpenMetadataFields.TAGS eq "PII.Sensitive")
                size(5)
                sortBy("name.keyword", ascending = true)
            }
            result.total shouldBe 42
            result.hits.single().name shouldBe "orders"
            result.aggregations.keys shouldBe setOf("svc")
            val p = m.requests.single().url.parameters
            m.requests.single().url.encodedPath shouldBe "/api/v1/search/query"
            p["index"] shouldBe "table_search_index"
            p["q"] shouldBe "orders"
            p["size"] shouldBe "5"
            p["sort_field"] shouldBe "name.keyword"
            p["sort_order"] shouldBe "asc"
            p["deleted"] shouldBe "false"
            Json.parseToJsonElement(p["query_filter"]!!) shouldBe Json.parseToJsonElement(
                """{"query":{"bool":{"filter":[{"term":{"service.name":{"value":"svc","case_insensitive":false}}}],"must_not":[{"term":{"tags.tagFQN":{"value":"PII.Sensitive","case_insensitive":false}}}]}}}""",
            )
        }
    }

    // open-metadata/OpenMetadata 1.4.x, openmetadata-service/src/main/resources/elasticsearch/indexMapping.json:
    // glossary terms live in glossary_term_search_index, classifications in classification_search_index.
    test("glossary terms and classifications are searched in their own 1.4 indexes, without an entityType filter") {
        MockOpenMetadata { json("""{"hits":{"total":{"value":0},"hits":[]}}""") }.use { m ->
            m.client.search.page(EntityKinds.GLOSSARY_TERM) { text("revenue") }.hits shouldHaveSize 0
            m.client.search.page(EntityKinds.CLASSIFICATION) { text("PII") }.hits shouldHaveSize 0
            val (terms, classifications) = m.requests.map { it.url.parameters }
            terms["index"] shouldBe "glossary_term_search_index"
            terms["query_filter"] shouldBe null
            classifications["index"] shouldBe "classification_search_index"
        }
    }

    test("lineage.add PUTs an edge of references (validated against addLineage.json); lineage.get reads by FQN") {
        val table = dev.katalog.model.json.KatalogJson.decode<Table>(MockOpenMetadata.tableJson())
        val other = dev.katalog.model.json.KatalogJson.decode<Table>(MockOpenMetadata.tableJson("totals", UUID.randomUUID().toString()))
        MockOpenMetadata { request ->
            if (request.method == HttpMethod.Put) json("") else json("""{"entity":{"id":"${table.id}","type":"table"},"nodes":[],"upstreamEdges":[],"downstreamEdges":[{"fromEntity":"${table.id}","toEntity":"${other.id}"}]}""")
        }.use { m ->
            m.client.lineage.add(table, other, description = "aggregated nightly")
            val edge = Json.parseToJsonElement(m.requests[0].bodyText()).jsonObject["edge"]!!.jsonObject
            edge["fromEntity"]!!.jsonObject["type"]!!.jsonPrimitive.content shouldBe "table"
            edge["toEntity"]!!.jsonObject["id"]!!.jsonPrimitive.content shouldBe other.id
            m.client.lineage.get(EntityKinds.TABLE, table.fullyQualifiedName!!, upstreamDepth = 0, downstreamDepth = 2).downstreamEdges!!.single().toEntity shouldBe other.id
            m.requests[1].url.encodedPath shouldBe "/api/v1/lineage/table/name/svc.db.%22sales.eu%22.orders"
            m.requests[1].url.parameters["downstreamDepth"] shouldBe "2"
        }
    }

    test("an entity class without an API is a UsageException naming the ones there are") {
        shouldThrow<UsageException> { EntityKinds.of(FakeEntity::class) }.fix shouldContain "Table"
    }
})

private data class FakeEntity(
    override val id: String, override val name: String, override val fullyQualifiedName: String?, override val version: Double?,
    override val extras: kotlinx.serialization.json.JsonObject = kotlinx.serialization.json.JsonObject(emptyMap()),
) : dev.katalog.model.openmetadata.OpenMetadataEntity
