package dev.katalog.local.openmetadata

import dev.katalog.local.at
import dev.katalog.local.list
import dev.katalog.local.str
import dev.katalog.local.openmetadata.OpenMetadataKit.api
import dev.katalog.local.openmetadata.OpenMetadataKit.checked
import dev.katalog.local.openmetadata.OpenMetadataKit.database
import dev.katalog.local.openmetadata.OpenMetadataKit.enc
import dev.katalog.local.openmetadata.OpenMetadataKit.error
import dev.katalog.local.openmetadata.OpenMetadataKit.schema
import dev.katalog.local.openmetadata.OpenMetadataKit.service
import dev.katalog.local.openmetadata.OpenMetadataKit.table
import dev.katalog.local.openmetadata.OpenMetadataKit.unique
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.collections.shouldNotContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonObject

class OpenMetadataSearchLineageSpec : FunSpec({
    val svc = unique("svc")
    lateinit var tables: Map<String, JsonObject>

    beforeSpec {
        service(svc)
        database(svc, "db")
        schema("$svc.db", "s")
        tables = listOf("raw", "clean", "report", "extra").associateWith { table("$svc.db.s", it) }
    }

    fun search(query: String) = api.get("/api/v1/search/query?$query")

    fun filter(json: String) = "query_filter=${enc(json)}"

    test("search with query_filter answers OpenSearch's response with OpenMetadata's index names") {
        val answer = search("q=*&index=table_search_index&size=10&sort_field=name.keyword&sort_order=asc&track_total_hits=true&" +
            filter("""{"query":{"bool":{"must":[{"term":{"service.name":"$svc"}}]}}}"""))
        answer.status shouldBe 200
        answer.obj.at("hits", "total")!!.str("value") shouldBe "4"
        val hits = answer.obj.at("hits", "hits").list()
        hits.map { it.at("_source")!!.str("name") } shouldContainExactly listOf("clean", "extra", "raw", "report")
        hits.forEach { it.str("_index") shouldBe "table_search_index" }
        hits.first().at("sort").list().size shouldBe 2
        hits.forEach { hit -> checked("table", JsonObject((hit.at("_source") as JsonObject) - "entityType")) }
    }

    test("q matches names, FQNs are matched case-insensitively, and aggregations come back") {
        val byName = search("q=report&index=table&" + filter("""{"query":{"term":{"service.name":"$svc"}}}"""))
        byName.obj.at("hits", "hits").list().map { it.at("_source")!!.str("name") } shouldContainExactly listOf("report")
        val byFqn = search("index=table_search_index&" + filter("""{"query":{"term":{"fullyQualifiedName":"${svc.uppercase()}.DB.S.RAW"}}}"""))
        byFqn.obj.at("hits", "hits").list().map { it.at("_source")!!.str("name") } shouldContainExactly listOf("raw")
        val aggs = search("index=table_search_index&size=0&" + filter("""{"query":{"term":{"service.name":"$svc"}},"aggs":{"types":{"terms":{"field":"entityType"}}}}"""))
        aggs.obj.at("aggregations", "types", "buckets").list().single().str("doc_count") shouldBe "4"
        val everywhere = search("index=all&size=50&" + filter("""{"query":{"bool":{"should":[{"term":{"service.name":"$svc"}},{"term":{"name.keyword":"$svc"}}]}}}"""))
        everywhere.obj.at("hits", "hits").list().map { it.str("_index") }.toSet() shouldBe
            setOf("table_search_index", "database_schema_search_index", "database_search_index", "database_service_search_index")
    }

    test("deleted=true finds soft-deleted entities only") {
        val gone = table("$svc.db.s", "gone")
        api.delete("/api/v1/tables/${gone.str("id")}").status shouldBe 200
        val live = search("index=table_search_index&size=50&" + filter("""{"query":{"term":{"service.name":"$svc"}}}"""))
        live.obj.at("hits", "hits").list().map { it.at("_source")!!.str("name") } shouldNotContain "gone"
        val deleted = search("index=table_search_index&deleted=true&" + filter("""{"query":{"term":{"service.name":"$svc"}}}"""))
        deleted.obj.at("hits", "hits").list().map { it.at("_source")!!.str("name") } shouldContainExactly listOf("gone")
    }

    test("bad search input is 400 naming the problem") {
        error(search("index=nope"), 400) shouldContain "Unknown search index"
        error(search("sort_field=description"), 400) shouldContain "Search failed"
        error(search("size=many"), 400) shouldContain "size"
        error(search("deleted=maybe"), 400) shouldContain "deleted"
    }

    test("lineage edges are added by id and read by FQN with upstream and downstream depths") {
        fun edge(from: String, to: String) = api.put(
            "/api/v1/lineage",
            """{"edge":{"fromEntity":{"id":"${tables.getValue(from).str("id")}","type":"table"},"toEntity":{"id":"${tables.getValue(to).str("id")}","type":"table"},"description":"$from to $to"}}""",
        )
        edge("raw", "clean").status shouldBe 200
        edge("clean", "report").status shouldBe 200
        val one = api.get("/api/v1/lineage/table/name/${enc("$svc.db.s.clean")}?upstreamDepth=1&downstreamDepth=1")
        one.status shouldBe 200
        val lineage = one.obj
        OpenMetadataSchemas.validate("type/entityLineage.json", lineage.toString()) shouldBe emptyList()
        lineage.at("entity")!!.str("name") shouldBe "clean"
        lineage["nodes"].list().map { it.str("name") } shouldContainExactlyInAnyOrder listOf("raw", "report")
        lineage["upstreamEdges"].list().single().str("fromEntity") shouldBe tables.getValue("raw").str("id")
        lineage["downstreamEdges"].list().single().str("toEntity") shouldBe tables.getValue("report").str("id")
        val deep = api.get("/api/v1/lineage/table/name/${enc("$svc.db.s.raw")}?upstreamDepth=0&downstreamDepth=2").obj
        deep["downstreamEdges"].list().size shouldBe 2
        deep["upstreamEdges"].list().size shouldBe 0
        api.get("/api/v1/lineage/table/name/${enc("$svc.db.s.raw")}?downstreamDepth=1").obj["downstreamEdges"].list().size shouldBe 1
        val byId = api.get("/api/v1/lineage/table/${tables.getValue("report").str("id")}?upstreamDepth=2").obj
        byId["upstreamEdges"].list().size shouldBe 2
    }

    test("lineage to an unknown entity is 404, a malformed edge 400, and an edge can be removed") {
        val raw = tables.getValue("raw").str("id")
        val extra = tables.getValue("extra").str("id")
        error(api.put("/api/v1/lineage", """{"edge":{"fromEntity":{"id":"$raw","type":"table"},"toEntity":{"id":"${java.util.UUID.randomUUID()}","type":"table"}}}"""), 404)
        error(api.put("/api/v1/lineage", """{"edge":{"fromEntity":{"id":"$raw","type":"table"}}}"""), 400) shouldContain "toEntity"
        // A kind the catalog serves, but no entity of it with that id: not found, as EntityRepository's lookup answers.
        error(api.put("/api/v1/lineage", """{"edge":{"fromEntity":{"id":"$raw","type":"pipeline"},"toEntity":{"id":"$extra","type":"table"}}}"""), 404) shouldContain "pipeline"
        // A kind the catalog does not serve is refused.
        error(api.put("/api/v1/lineage", """{"edge":{"fromEntity":{"id":"$raw","type":"report"},"toEntity":{"id":"$extra","type":"table"}}}"""), 400) shouldContain "report"
        api.put("/api/v1/lineage", """{"edge":{"fromEntity":{"id":"$raw","type":"table"},"toEntity":{"id":"$extra","type":"table"}}}""").status shouldBe 200
        api.get("/api/v1/lineage/table/$extra").obj["upstreamEdges"].list().size shouldBe 1
        api.delete("/api/v1/lineage/table/$raw/table/$extra").status shouldBe 200
        api.get("/api/v1/lineage/table/$extra").obj["upstreamEdges"].list().size shouldBe 0
        error(api.get("/api/v1/lineage/table/name/${enc("no.such")}"), 404)
    }

    // openmetadata-service jdbi3/LineageRepository.java (addLineage stores the edge's lineageDetails, nothing else of
    // the edge) and resources/lineage/LineageResource.java (@Min(0) @Max(3) on both depths, a 400 through
    // exception/ConstraintViolationExceptionMapper.java naming the parameter).
    test("an edge keeps its lineageDetails and drops its own description; depths above 3 are a 400 as the server's") {
        val raw = tables.getValue("raw").str("id")
        val extra = tables.getValue("extra").str("id")
        val details = """{"description":"nightly","sqlQuery":"insert into extra select * from raw","source":"Manual",""" +
            """"columnsLineage":[{"fromColumns":["$svc.db.s.raw.id"],"toColumn":"$svc.db.s.extra.id"}]}"""
        api.put("/api/v1/lineage", """{"edge":{"fromEntity":{"id":"$raw","type":"table"},"toEntity":{"id":"$extra","type":"table"},"description":"dropped","lineageDetails":$details}}""")
            .status shouldBe 200
        val edge = api.get("/api/v1/lineage/table/$extra?upstreamDepth=1&downstreamDepth=0").obj["upstreamEdges"].list().single { it.str("fromEntity") == raw }
        edge.at("description") shouldBe null
        edge.at("lineageDetails")!!.str("sqlQuery") shouldBe "insert into extra select * from raw"
        edge.at("lineageDetails")!!.str("description") shouldBe "nightly"
        error(api.get("/api/v1/lineage/table/$extra?upstreamDepth=4"), 400) shouldContain "upstreamDepth must be less than or equal to 3"
        error(api.get("/api/v1/lineage/table/$extra?downstreamDepth=4"), 400) shouldContain "downStreamDepth must be less than or equal to 3"
        api.get("/api/v1/lineage/table/$extra?upstreamDepth=3&downstreamDepth=3").status shouldBe 200
        api.delete("/api/v1/lineage/table/$raw/table/$extra").status shouldBe 200
    }
})
