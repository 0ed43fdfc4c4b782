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
import kotlinx.serialization.json.jsonObject
import java.security.MessageDigest

/** Queries as OpenMetadata 1.4 keeps them: under a database service, referencing the tables they read, deleted for good. */
class OpenMetadataQuerySpec : FunSpec({
    fun tableIn(svc: String): Pair<String, String> {
        service(svc)
        database(svc, "shop")
        schema("$svc.shop", "sales")
        return table("$svc.shop.sales", "orders").str("id")!! to "$svc.shop.sales.orders"
    }

    // openmetadata-service 1.4 jdbi3/QueryRepository.setFullyQualifiedName (service FQN then name) and setFields
    // (queryUsedIn only when fields= asks for it); QueryResource lists by entityId.
    test("a query is named under its service, references the tables it is used in, and is listed by entityId") {
        val svc = unique("mysql")
        val (tableId, _) = tableIn(svc)
        val query = save("query", "/queries", """{"name":"daily","query":"SELECT * FROM orders","service":"$svc","queryUsedIn":[{"id":"$tableId","type":"table"}]}""")
        query.str("fullyQualifiedName") shouldBe "$svc.daily"
        query.at("service")!!.str("type") shouldBe "databaseService"
        query.containsKey("deleted") shouldBe false
        val read = entity("query", api.get("/api/v1/queries/name/${enc("$svc.daily")}?fields=queryUsedIn"))
        read["queryUsedIn"].list().single().jsonObject.str("fullyQualifiedName") shouldBe "$svc.shop.sales.orders"
        entity("query", api.get("/api/v1/queries/name/${enc("$svc.daily")}")).containsKey("queryUsedIn") shouldBe false
        page("query", api.get("/api/v1/queries?entityId=$tableId")).map { it.str("name") } shouldContainExactly listOf("daily")
    }

    // openmetadata-service 1.4 jdbi3/QueryRepository.prepare: a query without a name is named by the MD5 of its text, its checksum.
    test("a query without a name is named, and checksummed, by the MD5 of its text") {
        val svc = unique("mysql")
        service(svc)
        val text = "SELECT 1"
        val md5 = MessageDigest.getInstance("MD5").digest(text.toByteArray()).joinToString("") { "%02x".format(it) }
        val query = save("query", "/queries", """{"query":"$text","service":"$svc"}""")
        query.str("name") shouldBe md5
        query.str("checksum") shouldBe md5
        query.str("fullyQualifiedName") shouldBe "$svc.$md5"
    }

    // openmetadata-service 1.4 resources/query/QueryResource.delete: always hardDelete=true, so a deleted query is gone.
    test("deleting a query removes it for good, whatever hardDelete says") {
        val svc = unique("mysql")
        service(svc)
        val query = save("query", "/queries", """{"name":"gone","query":"SELECT 2","service":"$svc"}""")
        api.delete("/api/v1/queries/${query.str("id")}").status shouldBe 200
        api.get("/api/v1/queries/${query.str("id")}?include=all").status shouldBe 404
    }

    test("soft-deleting a database service recursively removes its queries, which cannot be soft-deleted") {
        val svc = unique("mysql")
        val service = service(svc)
        val query = save("query", "/queries", """{"name":"q","query":"SELECT 4","service":"$svc"}""")
        api.delete("/api/v1/services/databaseServices/${service.str("id")}?recursive=true").status shouldBe 200
        api.get("/api/v1/services/databaseServices/${service.str("id")}?include=deleted").status shouldBe 200
        api.get("/api/v1/queries/${query.str("id")}?include=all").status shouldBe 404
    }

    test("a query used in an unknown table, or under an unknown service, is refused") {
        val svc = unique("mysql")
        service(svc)
        val missing = "00000000-0000-0000-0000-000000000002"
        error(put("/queries", """{"name":"q","query":"SELECT 3","service":"$svc","queryUsedIn":[{"id":"$missing","type":"table"}]}"""), 404) shouldContain missing
        error(put("/queries", """{"name":"q","query":"SELECT 3","service":"nope$svc"}"""), 404) shouldContain "databaseService"
    }
})
