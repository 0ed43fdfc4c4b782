package dev.katalog.model.atlan

import dev.katalog.model.atlan.asset.DataDomain
import dev.katalog.model.atlan.asset.DataProduct
import dev.katalog.model.atlan.asset.DataProductSelection
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.atlan.search.SearchDsl
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * Domain and product creators send what atlan-python's send (`pyatlan/model/assets/data_domain.py` and
 * `data_product.py` `creator`: a provisional qualifiedName from the camel-cased name, the parent as a reference), and
 * a product's selection as `DataProductsAssetsDSL.to_string` writes it.
 */
class DataMeshCreatorsSpec : FunSpec({
    fun filtering(vararg filter: Query) = IndexSearchRequest.builder(SearchDsl.builder().query(Query.Bool(filter = filter.toList())).build()).build()
    fun refOf(json: Any?) = (json as JsonObject)["guid"]?.let { (it as JsonPrimitive).content }

    test("a top-level domain, a subdomain under it and a product of the subdomain") {
        val sales = DataDomain.creator("Sales and Marketing").build()
        sales.qualifiedName shouldBe "default/domain/salesAndMarketing/super"
        val emea = DataDomain.creator("EMEA", sales).build()
        emea.qualifiedName shouldBe "default/domain/salesAndMarketing/super/domain/emea"
        refOf(emea.attributes["parentDomain"]) shouldBe sales.guid
        val product = DataProduct.creator("Orders 360", emea, filtering(Table.NAME eq "ORDERS")).build()
        product.qualifiedName shouldBe "default/domain/salesAndMarketing/super/domain/emea/product/orders360"
        refOf(product.attributes["dataDomain"]) shouldBe emea.guid
        product.dataProductAssetsDSL shouldBe DataProductSelection.toDsl(filtering(Table.NAME eq "ORDERS"))
    }

    test("the selection is the query alone, its filter list wrapped in a nested bool, read back as the same query") {
        val dsl = DataProductSelection.toDsl(filtering(Table.NAME eq "ORDERS"))
        dsl shouldContain """"dsl":{"from":0,"query":{"bool":{"filter":{"bool":{"filter":[{"term":"""
        dsl shouldContain "ORDERS"
        dsl shouldContain """"suppressLogs":true},"filterScrubbed":true}"""
        DataProductSelection.queryOf(dsl) shouldBe Query.Bool(filter = listOf(Query.Bool(filter = listOf(Table.NAME eq "ORDERS"))))
    }

    test("bad input: a search that filters nothing, a selection that is not one, a blank name") {
        shouldThrow<IllegalArgumentException> { DataProductSelection.toDsl(IndexSearchRequest.builder(SearchDsl.builder().query(Query.MatchAll()).build()).build()) }
            .message!! shouldContain "must filter assets"
        shouldThrow<IllegalArgumentException> { DataProductSelection.queryOf("tables please") }.message!! shouldContain "not a search"
        shouldThrow<IllegalArgumentException> { DataProduct.creator("P", DataDomain.creator("D").build(), "{}") }
        shouldThrow<IllegalArgumentException> { DataDomain.creator(" ") }.message!! shouldContain "needs a name"
    }
})
