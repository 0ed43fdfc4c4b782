package dev.katalog.client.it

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.UsageException
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.DataDomain
import dev.katalog.model.atlan.asset.DataProduct
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.enums.DataProductCriticality
import dev.katalog.model.atlan.enums.DataProductSensitivity
import dev.katalog.model.atlan.enums.DataProductStatus
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.atlan.search.SearchDsl
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldMatch
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonPrimitive

/**
 * Domains, subdomains and data products over HTTP against the local catalog: created with the model's creators,
 * named by the server as Atlan names them, found by name, a product's assets read by running its stored selection,
 * and the bad inputs each refuses.
 */
class DataMeshSpec : FunSpec({
    val client = SharedCatalog.client()
    afterSpec { client.close() }
    val run = "${System.nanoTime() % 1_000_000_000}"
    val connectionQn = SharedCatalog.uniqueConnection()
    val schemaQn = "$connectionQn/SALES/PUBLIC"

    beforeSpec {
        client.assets.save(Connection.creator("mesh-$run", "snowflake", connectionQn).adminUsers(listOf("admin")).build())
        client.assets.save(Database.creator("SALES", connectionQn).build())
        client.assets.save(Schema.creator("PUBLIC", "$connectionQn/SALES").build())
        client.assets.save(listOf("ORDERS", "CUSTOMERS", "RETURNS").map { Table.creator(it, schemaQn).build() })
    }

    test("a domain, its subdomain and a product selecting a schema's tables, named by the server and read back with the product's assets") {
        val sales = DataDomain.creator("Sales $run").description("Everything sold").build()
        client.assets.save(sales)
        val domain = client.dataMesh.findDomain("Sales $run")
        // Atlan names a top-level domain `default/domain/<id>/super` whatever was sent
        // (atlanhq/atlas-metastore, preprocessor/datamesh/DataDomainPreProcessor.createQualifiedName).
        domain.qualifiedName!! shouldMatch Regex("default/domain/[0-9A-Za-z]{21}/super")

        client.assets.save(DataDomain.creator("EMEA", domain).build())
        val emea = client.dataMesh.findSubdomain("EMEA", domain)
        // A subdomain is `<parent>/domain/<id>`, with its parent and its super domain named (same preprocessor).
        emea.qualifiedName!! shouldMatch Regex("${Regex.escape(domain.qualifiedName!!)}/domain/[0-9A-Za-z]{21}")
        emea.parentDomainQualifiedName shouldBe domain.qualifiedName
        emea.superDomainQualifiedName shouldBe domain.qualifiedName

        val product = DataProduct.creator("Orders 360", emea, search<Table> { where(Table.SCHEMA_QUALIFIED_NAME eq schemaQn); whereNot(Table.NAME eq "RETURNS") })
            .daapStatus(DataProductStatus.ACTIVE).daapCriticality(DataProductCriticality.HIGH).daapSensitivity(DataProductSensitivity.INTERNAL)
            .build()
        client.assets.save(product)
        val saved = client.dataMesh.findProduct("Orders 360", emea)
        // A product is `<domain>/product/<id>` (DataProductPreProcessor.createQualifiedName), its super domain the top one.
        saved.qualifiedName!! shouldMatch Regex("${Regex.escape(emea.qualifiedName!!)}/product/[0-9A-Za-z]{21}")
        val read = client.assets.get(saved.guid!!) as DataProduct
        read.daapStatus shouldBe DataProductStatus.ACTIVE
        read.daapCriticality shouldBe DataProductCriticality.HIGH
        read.superDomainQualifiedName shouldBe domain.qualifiedName
        // The selection is stored as Atlan stores it (atlan-python pyatlan/model/data_mesh.py DataProductsAssetsDSL):
        // the query's filter list wrapped in a nested bool, and filterScrubbed.
        read.dataProductAssetsDSL!! shouldContain "\"filter\":{\"bool\":{\"filter\":["
        read.dataProductAssetsDSL!! shouldContain "\"filterScrubbed\":true"

        client.dataMesh.assetsOf(saved).toList().map { it.name } shouldContainExactlyInAnyOrder listOf("ORDERS", "CUSTOMERS")
    }

    test("saving the same domain again is refused: a name is unique among the domains of one parent") {
        client.assets.save(DataDomain.creator("Finance $run").build())
        val e = shouldThrow<AtlanException> { client.assets.save(DataDomain.creator("Finance $run").build()) }
        e.message!! shouldContain "already exists"
    }

    test("a subdomain whose parent does not exist is refused") {
        val missing = DataDomain.refByQualifiedName("default/domain/nope$run/super")
        shouldThrow<AtlanException.NotFound> { client.assets.save(DataDomain.creator("Orphan", missing).build()) }
    }

    test("a product whose selection is not a search is refused, by the creator and by the server") {
        val domain = DataDomain.creator("Ops $run").build()
        client.assets.save(domain)
        val ops = client.dataMesh.findDomain("Ops $run")
        // A search that filters nothing cannot be stored as a selection (pyatlan raises UNABLE_TO_TRANSLATE_ASSETS_DSL).
        val unfiltered = IndexSearchRequest.builder(SearchDsl.builder().query(Query.MatchAll()).build()).build()
        shouldThrow<IllegalArgumentException> { DataProduct.creator("Everything", ops, unfiltered) }.message!! shouldContain "must filter assets"
        // A selection that is not JSON is refused by the server (DataProductPreProcessor.validateProductAssetDSLAttr).
        val broken = DataProduct.creator("Broken", ops, search<Table> { where(Table.NAME eq "ORDERS") })
            .attribute("dataProductAssetsDSL", JsonPrimitive("not a search")).build()
        val e = shouldThrow<AtlanException> { client.assets.save(broken) }
        e.message!! shouldContain "dataProductAssetsDSL attribute must be a valid JSON object"
    }

    test("an attribute a domain does not have, set by name, is a typed error before anything is sent") {
        val typo = DataDomain.creator("Typo $run").attribute("daapStatus", JsonPrimitive("Active")).build()
        val e = shouldThrow<UsageException> { client.assets.save(typo) }
        e.problem shouldBe "DataDomain has no attribute \"daapStatus\""
    }
})
