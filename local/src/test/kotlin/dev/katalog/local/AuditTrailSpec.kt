package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/**
 * The audit trail and API tokens over HTTP. The answer's shape follows atlanhq/atlas-metastore
 * (webapp EntityREST.searchAuditEvents, repository ESBasedAuditRepository.getResultFromResponse and
 * AuditSearchParams: newest first when the dsl has no sort); the token calls follow
 * atlanhq/atlan-python (pyatlan/client/constants.py, model/api_tokens.py).
 */
class AuditTrailSpec : FunSpec({
    val api = TestCatalog.api()
    val run = "${System.nanoTime() % 1_000_000_000}"
    val qn = "default/snowflake/$run/DB/S/audited"

    fun audits(dsl: String) = api.post("/api/meta/entity/auditSearch", """{"dsl":$dsl}""")

    test("a create, an update made with a created API token, and a delete, as Atlan's audit search answers them") {
        val guid = api.save("""{"typeName":"Table","guid":"-1","attributes":{"qualifiedName":"$qn","name":"audited","description":"first"}}""").created().single().str("guid")!!
        val token = api.post("/api/service/apikeys", """{"displayName":"audit-$run","description":"","personaQualifiedNames":[],"validitySeconds":60}""")
        token.status shouldBe 200
        val secret = token.obj["attributes"].str("accessToken")!!
        val serviceAccount = token.obj.str("username")!!
        api.withToken(secret).save("""{"typeName":"Table","attributes":{"qualifiedName":"$qn","name":"audited","description":"second"}}""").status shouldBe 200
        api.delete("/api/meta/entity/bulk?guid=$guid&deleteType=SOFT").status shouldBe 200

        val answer = audits("""{"from":0,"size":10,"query":{"bool":{"filter":[{"term":{"entityId":{"value":"$guid"}}}]}}}""")
        answer.status shouldBe 200
        answer.obj.str("totalCount") shouldBe "3"
        answer.obj.str("count") shouldBe "3"
        val entries = answer.obj["entityAudits"].list()
        entries.map { it.str("action") } shouldBe listOf("ENTITY_DELETE", "ENTITY_UPDATE", "ENTITY_CREATE")
        entries.map { it.str("user") } shouldBe listOf("admin", serviceAccount, "admin")
        entries[1].at("detail", "attributes").str("description") shouldBe "second"
        entries[1].str("eventKey") shouldBe "$guid:${entries[1].str("timestamp")}"
        entries[1].str("entityQualifiedName") shouldBe qn
        entries[0].at("entityDetail").str("status") shouldBe "DELETED"
        audits("""{"size":10,"query":{"term":{"entityId.keyword":"$guid"}},"sort":[{"created":{"order":"asc"}}]}""")
            .obj["entityAudits"].list().first().str("action") shouldBe "ENTITY_CREATE"
        audits("""{"size":10,"query":{"term":{"user":"$serviceAccount"}}}""").obj.str("totalCount") shouldBe "1"
    }

    test("tokens: listed without their secret, out-of-range validity refused, deleted ones stop authenticating") {
        val token = api.post("/api/service/apikeys", """{"displayName":"short-$run","validitySeconds":30}""")
        val id = token.obj.str("id")!!
        val secret = token.obj["attributes"].str("accessToken")!!
        val listed = api.get("/api/service/apikeys?filter=${Api.enc("""{"displayName":"short-$run"}""")}")
        listed.obj["records"].list().single().at("attributes").str("accessToken") shouldBe null
        listed.text.contains(secret) shouldBe false
        api.post("/api/service/apikeys", """{"displayName":"long-$run","validitySeconds":409968001}""").let {
            it.status shouldBe 400
            it.text shouldContain "validitySeconds must be between 1 and 409968000"
        }
        api.withToken(secret).get("/api/service/roles").status shouldBe 200
        api.delete("/api/service/apikeys/$id").status shouldBe 200
        api.withToken(secret).get("/api/service/roles").status shouldBe 401
        api.delete("/api/service/apikeys/$id").status shouldBe 404
    }

    test("a bad audit search is a 400 that says why") {
        audits("""{"query":{"nonsense":{}}}""").status shouldBe 400
        api.post("/api/meta/entity/auditSearch", """{"query":{}}""").text shouldContain "dsl"
    }
})
