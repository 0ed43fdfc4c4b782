package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe

/**
 * The asset index analyses text as Atlan's does. Each test names the atlanhq/atlas-metastore file it follows:
 * `addons/elasticsearch/es-settings.json` (analyzers, normalizer), `addons/models/0000-Area0/0010-base_model.json`
 * and reference/atlan/typedefs.json (which sub-field uses which), `GraphBackedSearchIndexer.java` (internal fields)
 * and `AtlasEntityStoreV2.java` (`__qualifiedNameHierarchy`).
 */
class AtlanAnalysisSpec : FunSpec({
    val api = TestCatalog.api()
    val conn = "default/snowflake/1800000001"
    val schema = "$conn/ANALYTICS/SALES"
    fun table(placeholder: Int, name: String) =
        """{"typeName":"Table","guid":"-$placeholder","attributes":{"qualifiedName":"$schema/$name","name":"$name","atlanSchema":{"typeName":"Schema","guid":"-3"}}}"""
    val saved = api.save(
        """{"typeName":"Connection","guid":"-1","attributes":{"qualifiedName":"$conn","name":"analysis","connectorName":"snowflake","category":"warehouse","adminUsers":["admin"]}}""",
        """{"typeName":"Database","guid":"-2","attributes":{"qualifiedName":"$conn/ANALYTICS","name":"ANALYTICS","connection":{"typeName":"Connection","guid":"-1"}}}""",
        """{"typeName":"Schema","guid":"-3","attributes":{"qualifiedName":"$schema","name":"SALES","database":{"typeName":"Database","guid":"-2"}}}""",
        table(10, "ORDERS"), table(11, "customer_orders"), table(12, "orders"), table(13, "orders.archive"),
    ).also { check(it.status == 200) { "not saved: $it" } }
    fun g(vararg placeholders: Int) = placeholders.map { saved.assigned("-$it") }

    // Every query is limited to this spec's connection, so other specs' assets cannot change the answers.
    fun found(clause: String): List<String> =
        api.search("""{"dsl":{"size":50,"query":{"bool":{"filter":[{"prefix":{"qualifiedName":"$conn"}},$clause]}}}}""")
            .also { it.status shouldBe 200 }.guids()

    test("name.keyword ignores case: atlan_normalizer (es-settings.json; 0010-base_model.json name.keyword)") {
        found("""{"term":{"name.keyword":"orders"}}""").shouldContainExactlyInAnyOrder(g(10, 12))
        found("""{"term":{"name.keyword":"ORDERS"}}""").shouldContainExactlyInAnyOrder(g(10, 12))
        // qualifiedName is a keyword without the normalizer in Atlan: exact case only.
        found("""{"term":{"qualifiedName":"${schema.lowercase()}/orders"}}""").shouldBeEmpty()
        found("""{"term":{"qualifiedName":"$schema/ORDERS"}}""") shouldBe g(10)
    }

    test("__typeName.keyword and __superTypeNames.keyword ignore case (GraphBackedSearchIndexer.java KEYWORD_MULTIFIELD)") {
        found("""{"term":{"__typeName.keyword":"CONNECTION"}}""") shouldBe g(1)
        found("""{"term":{"__typeName.keyword":"connection"}}""") shouldBe g(1)
        found("""{"term":{"__superTypeNames.keyword":"sql"}}""").shouldContainExactlyInAnyOrder(g(2, 3, 10, 11, 12, 13))
    }

    test("a match splits on space, _, -, ', /, @ only: atlan_text_analyzer (es-settings.json atlan_tokenizer)") {
        found("""{"match":{"name":"customer"}}""") shouldBe g(11)
        found("""{"match":{"name":"orders"}}""").shouldContainExactlyInAnyOrder(g(10, 11, 12))
        // A dot does not split: the whole name is one token.
        found("""{"match":{"name":"archive"}}""").shouldBeEmpty()
        found("""{"match":{"name":"orders.archive"}}""") shouldBe g(13)
    }

    test("name.stemmed: snowball English before lowercase, as atlan_text_stemmer (es-settings.json)") {
        // "ordering" and "orders" both stem to "order"; "ORDERS" is stemmed while still upper case, which the
        // English snowball stemmer does not recognise, so it stays "orders" after lowercasing, as on a tenant.
        found("""{"match":{"name.stemmed":"ordering"}}""").shouldContainExactlyInAnyOrder(g(11, 12))
        found("""{"match":{"name.stemmed":"orders"}}""").shouldContainExactlyInAnyOrder(g(11, 12))
        found("""{"match":{"name.stemmed":"ORDERS"}}""") shouldBe g(10)
    }

    test("__qualifiedNameHierarchy holds the path from the connection down (AtlasEntityStoreV2.java createQualifiedNameHierarchyField)") {
        found("""{"term":{"__qualifiedNameHierarchy":"$conn"}}""").shouldContainExactlyInAnyOrder(g(1, 2, 3, 10, 11, 12, 13))
        found("""{"term":{"__qualifiedNameHierarchy":"$schema"}}""").shouldContainExactlyInAnyOrder(g(3, 10, 11, 12, 13))
        found("""{"term":{"__qualifiedNameHierarchy":"$schema/orders"}}""") shouldBe g(12)
        // The first two parts alone (default/<connector>) are not a level.
        found("""{"term":{"__qualifiedNameHierarchy":"default/snowflake"}}""").shouldBeEmpty()
    }

    test("the analyzers tokenize as Atlan's (es-settings.json: atlan_path_analyzer, atlan_glossary_analyzer, atlan_text_analyzer)") {
        val node = Api({ TestCatalog.catalog().openSearchUrl }, null)
        fun tokens(analyzer: String, text: String): List<String> =
            node.post("/katalog_assets/_analyze", """{"analyzer":"$analyzer","text":"$text"}""")
                .also { it.status shouldBe 200 }.obj["tokens"].list().mapNotNull { it.str("token") }
        tokens("atlan_path_analyzer", "default/snowflake/1/DB") shouldBe listOf("default", "default/snowflake", "default/snowflake/1", "default/snowflake/1/DB")
        tokens("atlan_glossary_analyzer", "Revenue2024 (Net)") shouldBe listOf("revenue", "2024", "net")
        tokens("atlan_text_analyzer", "Customer_Orders-2024 v1.2") shouldBe listOf("customer", "orders", "2024", "v", "1.", "2")
        // Upper case reaches the stemmer: "Ordering" loses only its "ing" ("ordere"), "ORDERS" nothing.
        tokens("atlan_text_stemmer", "ordering Ordering ORDERS") shouldBe listOf("order", "ordere", "orders")
    }

    test("internal fields carry Atlan's sub-fields (GraphBackedSearchIndexer.java TIMESTAMP_MULTIFIELDS, ES_SPACE_ANALYZER_MULTIFIELD)") {
        val created = api.get("/api/meta/entity/guid/${g(10).single()}").obj.at("entity").str("createTime")!!.toLong()
        val sameTime = found("""{"term":{"__timestamp":$created}}""")
        sameTime shouldContain g(10).single()
        found("""{"range":{"__timestamp.date":{"gte":$created,"lte":$created}}}""").shouldContainExactlyInAnyOrder(sameTime)
        found("""{"range":{"__timestamp.date":{"gte":"now-1d"}}}""").shouldContainExactlyInAnyOrder(g(1, 2, 3, 10, 11, 12, 13))
        found("""{"range":{"__modificationTimestamp.date":{"lt":"now-1d"}}}""").shouldBeEmpty()
    }
})
