package dev.katalog.local

import dev.katalog.model.atlan.api.AtlanErrorBody
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.EntityResponse
import dev.katalog.model.atlan.api.MutationResponse
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.api.IndexSearchResponse
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThanOrEqual
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf

/** The catalog's answers decode with the SDK's wire models. */
class WireCompatibilitySpec : FunSpec({
    val api = TestCatalog.api()

    test("save, read, search, directory, typedef and error answers decode with the model") {
        val qn = "default/teradata/1600000006/D/S/wire_table"
        val saved = api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$qn","name":"wire_table","rowCount":3}}""")
        val mutation = KatalogJson.decode<MutationResponse>(saved.text)
        val guid = mutation.guidAssignments!!.getValue("-1")
        mutation.mutatedEntities!!.created!!.single().guid shouldBe guid

        val read = KatalogJson.decode<EntityResponse>(api.get("/api/meta/entity/guid/$guid").text)
        read.entity.shouldBeInstanceOf<Table>()
        read.entity.qualifiedName shouldBe qn

        val search = KatalogJson.decode<IndexSearchResponse>(
            api.search("""{"dsl":{"size":5,"query":{"term":{"__guid":"$guid"}},"aggregations":{"rows":{"sum":{"field":"rowCount"}},"types":{"terms":{"field":"__typeName.keyword"}}},"sort":[{"__guid":{"order":"asc"}}]},"attributes":["rowCount"],"showSearchMetadata":true}""").text,
        )
        search.approximateCount shouldBe 1
        search.entities!!.single().guid shouldBe guid
        search.searchMetadata!!.keys shouldBe setOf(guid)
        search.aggregations!!.keys shouldBe setOf("rows", "types")

        KatalogJson.decode<DirectoryPage>(api.get("/api/service/users").text).records!!.single().username shouldBe "admin"
        KatalogJson.decode<TypeDefResponse>(api.get("/api/meta/types/typedefs?type=ENUM").text).enumDefs!!.size shouldBeGreaterThanOrEqual 11
        KatalogJson.decode<AtlanErrorBody>(api.get("/api/meta/entity/guid/none").text).errorCode shouldBe "ATLAS-404-00-005"
    }
})
