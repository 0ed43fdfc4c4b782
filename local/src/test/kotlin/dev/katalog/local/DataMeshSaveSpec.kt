package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldMatch

/**
 * Domains, subdomains and data products get the qualifiedNames and hierarchy Atlan gives them, whatever was sent
 * (atlanhq/atlas-metastore, `preprocessor/datamesh/DataDomainPreProcessor.processCreateDomain` and `createQualifiedName`:
 * `default/domain/<id>/super`, `<parent>/domain/<id>`; `DataProductPreProcessor.processCreateProduct`:
 * `<domain>/product/<id>`, a domain required, `validateProductAssetDSLAttr`), keep them on update, and are unique by
 * name under one parent (`domainExists`, `productExists`).
 */
class DataMeshSaveSpec : FunSpec({
    val api = TestCatalog.api()
    val run = "${System.nanoTime() % 1_000_000_000}"
    val selection = """{\"query\":{\"dsl\":{\"query\":{\"bool\":{\"filter\":{\"bool\":{\"filter\":[{\"term\":{\"__typeName.keyword\":\"Table\"}}]}}}}}},\"filterScrubbed\":true}"""

    test("a domain, a subdomain and a product are named by the server, with their parent and super domain") {
        val domain = api.save("""{"typeName":"DataDomain","guid":"-1","attributes":{"qualifiedName":"default/domain/sales/super","name":"Sales $run"}}""")
        domain.status shouldBe 200
        val domainQn = domain.created().single().at("attributes").str("qualifiedName")!!
        domainQn shouldMatch Regex("default/domain/[0-9A-Za-z]{21}/super")

        val sub = api.save("""{"typeName":"DataDomain","guid":"-2","attributes":{"qualifiedName":"x","name":"EMEA","parentDomain":{"typeName":"DataDomain","guid":"${domain.assigned("-1")}"}}}""")
        sub.status shouldBe 200
        val subQn = sub.created().single().at("attributes").str("qualifiedName")!!
        subQn shouldMatch Regex("${Regex.escape(domainQn)}/domain/[0-9A-Za-z]{21}")
        val subRead = api.get("/api/meta/entity/guid/${sub.assigned("-2")}").obj["entity"]
        subRead.at("attributes").str("parentDomainQualifiedName") shouldBe domainQn
        subRead.at("attributes").str("superDomainQualifiedName") shouldBe domainQn

        val product = api.save(
            """{"typeName":"DataProduct","guid":"-3","attributes":{"qualifiedName":"y","name":"Orders $run","dataProductAssetsDSL":"$selection",
               "dataDomain":{"typeName":"DataDomain","guid":"${sub.assigned("-2")}"}}}""",
        )
        product.status shouldBe 200
        val productGuid = product.assigned("-3")
        val productQn = product.created().single().at("attributes").str("qualifiedName")!!
        productQn shouldMatch Regex("${Regex.escape(subQn)}/product/[0-9A-Za-z]{21}")
        val productRead = api.get("/api/meta/entity/guid/$productGuid").obj["entity"]
        productRead.at("attributes").str("parentDomainQualifiedName") shouldBe subQn
        productRead.at("attributes").str("superDomainQualifiedName") shouldBe domainQn

        // An update by GUID keeps the server's qualifiedName and hierarchy, whatever was sent.
        val update = api.save("""{"typeName":"DataProduct","guid":"$productGuid","attributes":{"qualifiedName":"z","name":"Orders $run","parentDomainQualifiedName":"w","daapStatus":"Active"}}""")
        update.status shouldBe 200
        val updated = api.get("/api/meta/entity/guid/$productGuid").obj["entity"].at("attributes")
        updated.str("qualifiedName") shouldBe productQn
        updated.str("parentDomainQualifiedName") shouldBe subQn
        updated.str("daapStatus") shouldBe "Active"
    }

    test("a second domain of the same name and parent is refused; a subdomain whose parent does not exist is not found") {
        api.save("""{"typeName":"DataDomain","guid":"-1","attributes":{"qualifiedName":"a","name":"Twice $run"}}""").status shouldBe 200
        val again = api.save("""{"typeName":"DataDomain","guid":"-1","attributes":{"qualifiedName":"b","name":"Twice $run"}}""")
        again.status shouldBe 400
        again.text shouldContain "already exists"
        val orphan = api.save("""{"typeName":"DataDomain","guid":"-1","attributes":{"qualifiedName":"c","name":"Orphan","parentDomain":{"typeName":"DataDomain","guid":"00000000-0000-0000-0000-000000000000"}}}""")
        orphan.status shouldBe 404
    }

    test("a product needs a domain and a selection that is a non-empty JSON object") {
        val domain = api.save("""{"typeName":"DataDomain","guid":"-1","attributes":{"qualifiedName":"d","name":"Products $run"}}""")
        val domainRef = """{"typeName":"DataDomain","guid":"${domain.assigned("-1")}"}"""
        val noDomain = api.save("""{"typeName":"DataProduct","guid":"-1","attributes":{"qualifiedName":"p","name":"P","dataProductAssetsDSL":"$selection"}}""")
        noDomain.status shouldBe 400
        noDomain.text shouldContain "without a Domain"
        val noSelection = api.save("""{"typeName":"DataProduct","guid":"-1","attributes":{"qualifiedName":"p","name":"P","dataDomain":$domainRef}}""")
        noSelection.status shouldBe 400
        noSelection.text shouldContain "dataProductAssetsDSL attribute is mandatory"
        val notJson = api.save("""{"typeName":"DataProduct","guid":"-1","attributes":{"qualifiedName":"p","name":"P","dataProductAssetsDSL":"tables please","dataDomain":$domainRef}}""")
        notJson.status shouldBe 400
        notJson.text shouldContain "must be a valid JSON object"
        val empty = api.save("""{"typeName":"DataProduct","guid":"-1","attributes":{"qualifiedName":"p","name":"P","dataProductAssetsDSL":"{}","dataDomain":$domainRef}}""")
        empty.status shouldBe 400
        empty.text shouldContain "cannot be empty"
    }
})
