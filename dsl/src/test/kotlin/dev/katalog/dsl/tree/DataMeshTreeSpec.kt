package dev.katalog.dsl.tree

import dev.katalog.dsl.openmetadata.compileForOpenMetadata
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.DataDomain
import dev.katalog.model.atlan.asset.DataProduct
import dev.katalog.model.atlan.asset.DataProductSelection
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.enums.DataProductStatus
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.atlan.search.SearchDsl
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive

/** Domains, subdomains and products in trees: compiled parents first, linked by placeholders, the selection stored as Atlan stores it. */
class DataMeshTreeSpec : FunSpec({
    val tree = catalog {
        domain("Sales") {
            description = "Everything sold"
            subdomain("EMEA") {
                product("Orders 360") {
                    daapStatus(DataProductStatus.ACTIVE)
                    assets { where(Table.CONNECTION_QUALIFIED_NAME eq "default/snowflake/1") }
                }
            }
        }
    }

    test("a domain tree compiles to a domain, its subdomain a level down and the product below it, each pointing at its parent") {
        val assets = tree.compile(emptyMap()).assets
        assets.map { it.path to it.depth } shouldContainExactly listOf("Sales" to 0, "Sales/EMEA" to 1, "Sales/EMEA/Orders 360" to 2)
        val (sales, emea, product) = assets.map { it.asset }
        sales.shouldBeInstanceOf<DataDomain>().description shouldBe "Everything sold"
        emea.shouldBeInstanceOf<DataDomain>().attributes["parentDomain"]?.jsonObject?.get("guid")?.jsonPrimitive?.content shouldBe sales.guid
        product.shouldBeInstanceOf<DataProduct>().daapStatus shouldBe DataProductStatus.ACTIVE
        product.attributes["dataDomain"]?.jsonObject?.get("guid")?.jsonPrimitive?.content shouldBe emea.guid
    }

    test("the product's selection is the search's query as atlan-python's DataProductsAssetsDSL stores it") {
        val product = tree.compile(emptyMap()).assets.last().asset as DataProduct
        val stored = Json.parseToJsonElement(product.dataProductAssetsDSL!!).jsonObject
        // pyatlan/model/data_mesh.py, DataProductsAssetsDSL._contruct_dsl_str: the filter list moves into a nested bool.
        stored["filterScrubbed"]!!.jsonPrimitive.content shouldBe "true"
        val query = stored["query"]!!.jsonObject
        query["suppressLogs"]!!.jsonPrimitive.content shouldBe "true"
        query["attributes"]!!.jsonArray.first().jsonPrimitive.content shouldBe "__traitNames"
        val inner = query["dsl"]!!.jsonObject["query"]!!.jsonObject["bool"]!!.jsonObject["filter"]!!.jsonObject["bool"]!!.jsonObject["filter"]!!.jsonArray
        inner.map { it.jsonObject.keys.single() } shouldContainExactly listOf("term", "term")
        inner.last().toString() shouldContain "default/snowflake/1"
        query["dsl"]!!.jsonObject.keys shouldBe setOf("from", "query")
        DataProductSelection.queryOf(product.dataProductAssetsDSL!!).toString() shouldContain "connectionQualifiedName"
    }

    test("a product needs its assets and a domain around it; what the tree decides is refused") {
        shouldThrow<InvalidTreeException> { catalog { domain("D") { product("P") } }.validate() }.problems.single().problem shouldContain "a product needs its assets"
        catalog { domain("D") { product("P") { dataProductAssetsDSL("tables please") } } }.problems().single().problem shouldContain "not a search"
        val misplaced = CatalogTree(listOf(AssetNode.product("P", search { where(Table.NAME eq "T") })))
        misplaced.problems().single().problem shouldContain "cannot be at the top of a tree"
        val owned = catalog { domain("D") { attribute("parentDomainQualifiedName", "x"); attribute("parentDomain", JsonObject(mapOf("typeName" to Json.parseToJsonElement("\"DataDomain\"")))) } }
        owned.problems().map { it.attribute } shouldContainExactly listOf("parentDomainQualifiedName", "parentDomain")
    }

    test("a search that filters nothing cannot be a selection") {
        val e = shouldThrow<IllegalArgumentException> { DataProductSelection.toDsl(IndexSearchRequest.builder(SearchDsl.builder().query(Query.MatchAll()).build()).build()) }
        e.message!! shouldContain "must filter assets"
    }

    test("Java builds the same tree with AssetNode, and OpenMetadata trees refuse domains") {
        val java = CatalogTree.empty().with(
            AssetNode.domain("Sales").withDescription("Everything sold").withChild(
                AssetNode.domain("EMEA").withChild(
                    AssetNode.product("Orders 360", search { where(Table.CONNECTION_QUALIFIED_NAME eq "default/snowflake/1") })
                        .with(DataProduct.builder().daapStatus(DataProductStatus.ACTIVE)),
                ),
            ),
        )
        java.compile(emptyMap()).assets.map { it.asset.attributes.filterKeys { k -> k != "dataDomain" && k != "parentDomain" } } shouldBe
            tree.compile(emptyMap()).assets.map { it.asset.attributes.filterKeys { k -> k != "dataDomain" && k != "parentDomain" } }
        shouldThrow<InvalidTreeException> { tree.compileForOpenMetadata() }.problems.single().problem shouldContain "Atlan's"
    }
})
