package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe

/** An asset index made with older analysis settings is rebuilt at start, keeping every asset. */
class IndexRebuildSpec : FunSpec({
    val node = Api({ TestCatalog.catalog().openSearchUrl }, null)
    val qualifiedName = "default/snowflake/1800000002/DB/S/LEGACY_ORDERS"
    val entity = """{"typeName":"Table","guid":"legacy-1","status":"ACTIVE","attributes":{"qualifiedName":"$qualifiedName","name":"LEGACY_ORDERS"},"createTime":1,"updateTime":1,"createdBy":"admin","updatedBy":"admin","version":1}"""
    // The shape of an index from before the analysis was versioned: case-sensitive keywords, no `_meta`.
    val oldIndex = """{"settings":{"number_of_shards":1,"number_of_replicas":0},"mappings":{"dynamic":false,"properties":{
        "name":{"type":"text","fields":{"keyword":{"type":"keyword"}}},"qualifiedName":{"type":"keyword"},
        "__typeName":{"type":"text","fields":{"keyword":{"type":"keyword"}}},"__guid":{"type":"keyword"},"__state":{"type":"keyword"},
        "__key":{"type":"keyword"},"__entity":{"type":"object","enabled":false}}}}"""
    val oldDocument = """{"name":"LEGACY_ORDERS","qualifiedName":"$qualifiedName","__typeName":"Table","__guid":"legacy-1","__state":"ACTIVE","__key":"Table|$qualifiedName","__entity":$entity}"""

    fun startOn(prefix: String, check: (Api) -> Unit) =
        LocalCatalog.builder().apiToken("rebuild").openSearchUrl(TestCatalog.catalog().openSearchUrl).indexPrefix(prefix).build().start().use {
            check(Api({ it.baseUrl }, "rebuild"))
        }

    fun Api.foundByLowerCaseName(): List<String> = search("""{"dsl":{"query":{"term":{"name.keyword":"legacy_orders"}}}}""").guids()

    test("an index without the current analysis version is rebuilt from its stored entities") {
        node.put("/old_assets", oldIndex).status shouldBe 200
        node.put("/old_assets/_doc/legacy-1?refresh=true", oldDocument).status shouldBe 201
        node.post("/old_assets/_search", """{"query":{"term":{"name.keyword":"legacy_orders"}}}""").obj.at("hits", "hits").list().shouldBeEmpty()

        startOn("old_") { api ->
            api.foundByLowerCaseName() shouldBe listOf("legacy-1")
            api.get("/api/meta/entity/guid/legacy-1").obj.at("entity", "attributes").str("name") shouldBe "LEGACY_ORDERS"
            api.search("""{"dsl":{"query":{"term":{"__qualifiedNameHierarchy":"default/snowflake/1800000002/DB"}}}}""").guids() shouldBe listOf("legacy-1")
        }
        node.get("/old_assets/_mapping").obj.at("old_assets", "mappings", "_meta").str("katalogAnalysisVersion") shouldBe "${dev.katalog.local.store.AtlanAnalysis.VERSION}"
        // Version 4 stores the index in `__guid` order, the order every SDK search pages by.
        node.get("/old_assets/_settings").obj.at("old_assets", "settings", "index", "sort").str("field") shouldBe "__guid"
        node.send("HEAD", "/old_assets_rebuild", null).status shouldBe 404
    }

    test("a rebuild that stopped after the old index was dropped finishes on the next start") {
        node.put("/halfway_assets_rebuild", """{"mappings":{"dynamic":false,"properties":{"__entity":{"type":"object","enabled":false}}}}""").status shouldBe 200
        node.put("/halfway_assets_rebuild/_doc/legacy-1?refresh=true", """{"__entity":$entity}""").status shouldBe 201

        startOn("halfway_") { api -> api.foundByLowerCaseName() shouldBe listOf("legacy-1") }
        node.send("HEAD", "/halfway_assets_rebuild", null).status shouldBe 404
    }
})
